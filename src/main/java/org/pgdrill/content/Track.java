package org.pgdrill.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A lesson pack: an ordered track of lessons and the datasets its exercises run on.
 *
 * @param id          unique among loaded packs
 * @param title       plain text
 * @param engine      the database engine the pack teaches ("postgresql")
 * @param version     the pack version
 * @param description plain text; empty when the author gave none
 * @param datasets    the usable datasets, in the order of {@code track.yaml}
 * @param lessons     the lessons that loaded, in the order of {@code track.yaml}
 * @param folder      the pack folder (absolute)
 */
public record Track(String id, String title, String engine, int version, String description, List<DatasetRef> datasets,
                    List<Lesson> lessons, Path folder) {
    public Track {
        datasets = List.copyOf(datasets);
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    public Optional<DatasetRef> dataset(String datasetId) {
        return datasets.stream().filter(dataset -> dataset.id().equals(datasetId)).findFirst();
    }

    /** The exercise with this id in any lesson of the track. */
    public Optional<Exercise> exercise(String exerciseId) {
        return lessons.stream().flatMap(lesson -> lesson.parts().exercises().stream())
                .filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }

    /** Where {@code track.yaml} is. */
    public Path trackFile() {
        return folder.resolve("track.yaml");
    }
}
