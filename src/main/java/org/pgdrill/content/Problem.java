package org.pgdrill.content;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong in a lesson pack, where it is and what to do about it.
 *
 * @param file    the file, relative to the folder the loader was given when it lies inside it
 * @param line    the 1-based line the problem points at (1 when the whole file is concerned)
 * @param message what is wrong and how to fix it, one line
 */
public record Problem(Path file, int line, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
    }

    /** The file with forward slashes on every OS, so reports read the same everywhere. */
    public String fileName() {
        return file.toString().replace(File.separatorChar, '/');
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = fileName().compareTo(other.fileName());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    /** {@code file:line: message}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return fileName() + ":" + line + ": " + message;
    }
}
