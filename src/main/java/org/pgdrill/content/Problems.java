package org.pgdrill.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while loading, with file names relative to the folder the loader was given. */
final class Problems {
    private final Path root;
    private final List<Problem> found = new ArrayList<>();

    Problems(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void add(Path file, int line, String message) {
        found.add(new Problem(display(file), line, message));
    }

    /** A problem found by another collector with the same root. */
    void add(Problem problem) {
        found.add(problem);
    }

    /** Problems in one file whose lines start after {@code lineOffset} lines (front matter after its {@code ---}). */
    InFile in(Path file, int lineOffset) {
        return new InFile(file, lineOffset);
    }

    InFile in(Path file) {
        return in(file, 0);
    }

    int count() {
        return found.size();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    /** The path as the author should see it: relative to the loaded folder when it lies inside it. */
    Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root) && !absolute.equals(root)) {
            return root.relativize(absolute);
        }
        return absolute;
    }

    /** The problems of one file. */
    final class InFile {
        private final Path file;
        private final int lineOffset;

        private InFile(Path file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        /** Adds a problem at {@code line}, counted within the YAML text (1-based). */
        void add(int line, String message) {
            Problems.this.add(file, line + lineOffset, message);
        }

        Path file() {
            return file;
        }

        /** "folder/parts.yaml:14": where a line of this file is, for messages that point elsewhere. */
        String where(int line) {
            return display(file) + ":" + (line + lineOffset);
        }

        /** A path as written in messages: relative to the loaded folder. */
        String display(Path other) {
            return Problems.this.display(other).toString().replace(java.io.File.separatorChar, '/');
        }

        int count() {
            return Problems.this.count();
        }
    }
}
