package org.pgdrill.progress.data;

import java.nio.file.Path;

/** An import file that cannot be used, reported as {@code file:line: message}; nothing was imported. */
public final class ImportException extends Exception {
    private final Path file;
    private final int line;

    public ImportException(Path file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
