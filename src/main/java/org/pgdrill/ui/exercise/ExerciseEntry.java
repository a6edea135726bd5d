package org.pgdrill.ui.exercise;

import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;

/** One exercise in the list: where it lives and how far the learner got with it. */
public record ExerciseEntry(Track track, Lesson lesson, Exercise exercise, ExerciseProgress progress) {

    boolean isSame(Track otherTrack, Exercise otherExercise) {
        return track.id().equals(otherTrack.id()) && exercise.id().equals(otherExercise.id());
    }
}
