package org.pgdrill.content;

import java.util.List;

/** Small helpers the pack tests share. */
final class PackAssertions {
    private PackAssertions() {
    }

    /** The 1-based line of the first line of {@code text} containing {@code needle}, as an author would find it. */
    static int line(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains: " + needle);
    }

    /** The 1-based line of the {@code occurrence}-th line containing {@code needle}. */
    static int line(String text, String needle, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("fewer than " + occurrence + " lines contain: " + needle);
    }

    static List<String> problems(PackLoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    static List<String> lessonIds(PackLoadResult result, String trackId) {
        return result.track(trackId).orElseThrow().lessons().stream().map(Lesson::id).toList();
    }
}
