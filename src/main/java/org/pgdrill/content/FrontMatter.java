package org.pgdrill.content;

import java.util.Optional;

/**
 * Splits {@code lesson.md} into its YAML front matter (between a first line {@code ---} and the next
 * {@code ---} or {@code ...} line) and the Markdown body.
 *
 * @param yaml      the front matter text
 * @param body      the prose after the closing line
 * @param bodyLine  the 1-based line the body starts on
 */
record FrontMatter(String yaml, String body, int bodyLine) {
    /** Lines before the YAML: the opening {@code ---}. YAML line n is file line n + 1. */
    static final int YAML_LINE_OFFSET = 1;

    /** The parts of {@code text} (already without BOM and CR), or empty after reporting what is wrong. */
    static Optional<FrontMatter> split(String text, Problems.InFile problems) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!first.strip().equals("---")) {
            problems.add(1, "lesson.md must start with a '---' line, then the front matter (id, title, level, mode, version,"
                    + " last_reviewed, summary), then another '---' line");
            return Optional.empty();
        }
        int lineStart = firstEnd + 1;
        int line = 2;
        while (firstEnd >= 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = text.substring(firstEnd + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return Optional.of(new FrontMatter(yaml, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.add(1, "the front matter is not closed — add a '---' line after 'summary' and before the prose");
        return Optional.empty();
    }
}
