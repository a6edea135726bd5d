package org.pgdrill.app;

import java.util.List;
import java.util.Optional;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;

/** Finds an exercise by id among loaded tracks. */
public final class ExerciseCatalog {
    private ExerciseCatalog() {
    }

    /** Where an exercise lives. */
    public record Located(Track track, Lesson lesson, Exercise exercise) {
    }

    public static Optional<Located> find(List<Track> tracks, String exerciseId) {
        for (Track track : tracks) {
            for (Lesson lesson : track.lessons()) {
                for (Exercise exercise : lesson.parts().exercises()) {
                    if (exercise.id().equals(exerciseId)) {
                        return Optional.of(new Located(track, lesson, exercise));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
