package org.pgdrill.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.AttemptRepository;

/** Every exercise of the loaded tracks in track and lesson order, with the learner's progress on each. */
final class ExerciseBoard {
    private ExerciseBoard() {
    }

    /** Reads the attempts of every exercise: I/O, so off the FX thread. */
    static List<ExerciseEntry> load(List<Track> tracks, AttemptRepository attempts) throws ProgressStoreException {
        List<ExerciseEntry> entries = new ArrayList<>();
        for (Track track : tracks) {
            for (Lesson lesson : track.lessons()) {
                for (Exercise exercise : lesson.parts().exercises()) {
                    ExerciseProgress progress = ExerciseProgress.of(exercise.timeLimit(), attempts.attempts(track.id(), exercise.id()));
                    entries.add(new ExerciseEntry(track, lesson, exercise, progress));
                }
            }
        }
        return entries;
    }

    /** The first unsolved exercise after the given one in list order, wrapping around; empty when all others are solved. */
    static Optional<ExerciseEntry> nextUnsolvedAfter(List<ExerciseEntry> entries, Track track, Exercise exercise) {
        int current = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isSame(track, exercise)) {
                current = i;
            }
        }
        for (int step = 1; step <= entries.size(); step++) {
            ExerciseEntry candidate = entries.get(Math.floorMod(current + step, entries.size()));
            if (!candidate.progress().status().solved() && !candidate.isSame(track, exercise)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The lesson an exercise belongs to. */
    static Lesson lessonOf(Track track, Exercise exercise) {
        return track.lessons().stream().filter(lesson -> lesson.parts().exercises().stream().anyMatch(e -> e.id().equals(exercise.id())))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("exercise " + exercise.id() + " is not in track " + track.id()));
    }
}
