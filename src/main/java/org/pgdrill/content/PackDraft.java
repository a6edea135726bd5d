package org.pgdrill.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pack between reading its files and becoming a {@link Track}: applies the pack-wide rules (lesson and
 * exercise ids unique in the pack; the later lesson of a clash is left out) and collects link problems.
 */
final class PackDraft {
    private final Path folder;
    private final TrackReader.TrackFile header;
    private final List<LoadedLesson> lessons;
    private final Problems problems;
    private final Set<LoadedLesson> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Problem> linkProblems = new ArrayList<>();

    PackDraft(Path folder, TrackReader.TrackFile header, List<LoadedLesson> lessons, Problems problems) {
        this.folder = folder;
        this.header = header;
        this.lessons = List.copyOf(lessons);
        this.problems = problems;
        lessons.forEach(lesson -> lesson.problems().forEach(problems::add));
    }

    Path folder() {
        return folder;
    }

    /** Null when track.yaml could not be used. */
    TrackReader.TrackFile header() {
        return header;
    }

    Problems problems() {
        return problems;
    }

    List<Problem> linkProblems() {
        return List.copyOf(linkProblems);
    }

    void addLinkProblem(Problem problem) {
        linkProblems.add(problem);
    }

    /** Lessons that loaded and were not left out by a pack-wide rule, in track order. */
    List<LoadedLesson> loadedLessons() {
        return lessons.stream().filter(lesson -> lesson.lesson().isPresent() && !dropped.contains(lesson)).toList();
    }

    /** Every lesson id the pack declares, also of lessons that did not load, so links to them are not reported twice. */
    Set<String> declaredLessonIds() {
        Set<String> ids = new LinkedHashSet<>();
        lessons.forEach(lesson -> lesson.declaredId().ifPresent(ids::add));
        return ids;
    }

    /** Whether some listed lesson's id could not be read (its lesson.md is unreadable or has no id). */
    boolean hasLessonWithoutId() {
        return lessons.stream().anyMatch(lesson -> lesson.declaredId().isEmpty());
    }

    void checkUniqueIds() {
        Map<String, String> lessonIds = new HashMap<>();
        Map<String, String> exerciseIds = new HashMap<>();
        for (LoadedLesson lesson : lessons) {
            if (lesson.declaredId().isPresent()) {
                String id = lesson.declaredId().get();
                String here = where(lesson.lessonFile(), lesson.idLine());
                String earlier = lessonIds.putIfAbsent(id, here);
                if (earlier != null) {
                    leaveOut(lesson, lesson.lessonFile(), lesson.idLine(), "duplicate lesson id '" + id + "' (also in " + earlier
                            + ") — lesson ids must be unique in the pack; rename one");
                }
            }
            lesson.exerciseLines().forEach((id, line) -> {
                Path parts = lesson.partsFile().orElseThrow();
                String earlier = exerciseIds.putIfAbsent(id, where(parts, line));
                if (earlier != null) {
                    leaveOut(lesson, parts, line, "duplicate exercise id '" + id + "' (also in " + earlier
                            + ") — exercise ids must be unique in the pack; rename one");
                }
            });
        }
    }

    private void leaveOut(LoadedLesson lesson, Path file, int line, String message) {
        problems.add(file, line, message);
        dropped.add(lesson);
    }

    private String where(Path file, int line) {
        return problems.display(file).toString().replace(java.io.File.separatorChar, '/') + ":" + line;
    }

    Track toTrack() {
        List<Lesson> loaded = loadedLessons().stream().map(lesson -> lesson.lesson().orElseThrow()).toList();
        return new Track(header.id(), header.title(), header.engine(), header.version(), header.description(), header.datasets(),
                loaded, folder.toAbsolutePath().normalize());
    }
}
