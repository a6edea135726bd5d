package org.pgdrill.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.pgdrill.progress.StorageProblems;

/**
 * Makes a folder (and what is in it) really read-only for this process: permissions first; when they do not
 * bind (running as root) the immutable attribute ({@code chattr +i}, which binds root too). Fails the test
 * rather than pretending when neither works.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final List<Path> paths;
    private boolean immutable;

    private ReadOnlyFolder(Path folder) throws IOException {
        this.folder = folder;
        try (Stream<Path> walk = Files.walk(folder)) {
            this.paths = walk.toList();
        }
    }

    public static ReadOnlyFolder make(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder);
        for (Path path : readOnly.paths) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        }
        if (StorageProblems.isWritable(folder)) {
            readOnly.immutable = true;
            readOnly.chattr("+i");
            if (StorageProblems.isWritable(folder)) {
                readOnly.close();
                throw new AssertionError("Cannot make " + folder + " read-only here (root, and chattr +i is not supported)");
            }
        }
        return readOnly;
    }

    private void chattr(String flag) throws IOException, InterruptedException {
        for (Path path : paths) {
            new ProcessBuilder("chattr", flag, path.toString()).inheritIO().start().waitFor();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i");
        }
        for (Path path : paths) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }
}
