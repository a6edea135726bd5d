package org.pgdrill.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading one lesson folder gave, before the pack-wide checks: the lesson (empty when it had a
 * problem), its declared id (kept even then, so links to it are not reported twice), the lines of its
 * exercise ids, the links to resolve, and its own problems.
 */
record LoadedLesson(Optional<Lesson> lesson, Optional<String> declaredId, int idLine, Path lessonFile,
                    Map<String, Integer> exerciseLines, Optional<Path> partsFile, List<PartsMapper.PendingLink> links,
                    List<Problem> problems) {
    LoadedLesson {
        exerciseLines = Map.copyOf(exerciseLines);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }
}
