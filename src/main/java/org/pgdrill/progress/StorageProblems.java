package org.pgdrill.progress;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.pgdrill.progress.ProgressStoreException.Reason;

/**
 * Turns low-level failures (H2 error codes, I/O exceptions) into one sentence a learner can act on:
 * which folder, what is wrong, what to do.
 */
public final class StorageProblems {
    /** H2: "Database may be already in use". */
    static final int H2_ALREADY_OPEN = 90020;
    /** H2: "The database is read only". */
    static final int H2_READ_ONLY = 90097;

    private static final String[] NO_SPACE = {
        "no space left on device", "disk quota exceeded", "file too large", "not enough space on the disk",
        "there is not enough space"};

    private StorageProblems() {
    }

    /** The exception to show for {@code failure} while working with files in {@code folder}. */
    public static ProgressStoreException classify(Path folder, String doing, Throwable failure) {
        if (h2ErrorCode(failure) == H2_ALREADY_OPEN) {
            return locked(folder, failure);
        }
        if (mentionsNoSpace(failure)) {
            return diskFull(folder, failure);
        }
        if (h2ErrorCode(failure) == H2_READ_ONLY || isAccessProblem(failure) || !isWritable(folder)) {
            return readOnly(folder, failure);
        }
        return new ProgressStoreException(Reason.FAILED, "Could not " + doing + " in " + folder + ": " + firstLine(failure), failure);
    }

    public static ProgressStoreException locked(Path folder, Throwable cause) {
        return new ProgressStoreException(Reason.LOCKED, "The progress in " + folder + " is in use by another program:"
                + " pgdrill is probably already running with this data folder. Switch to its window, or close it and try again.", cause);
    }

    public static ProgressStoreException readOnly(Path folder, Throwable cause) {
        return new ProgressStoreException(Reason.READ_ONLY, "pgdrill cannot save progress: the folder " + folder
                + " is read-only. Make it writable, or start pgdrill with --data-dir pointing to a folder you can write to.", cause);
    }

    public static ProgressStoreException diskFull(Path folder, Throwable cause) {
        return new ProgressStoreException(Reason.DISK_FULL, "pgdrill cannot save progress: the disk holding " + folder
                + " is full. Free some space and try again; everything saved before is safe.", cause);
    }

    /** True if a file can be created in {@code folder} (tried for real: permissions alone do not tell for root or read-only mounts). */
    public static boolean isWritable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".pgdrill-write-test", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Throws a READ_ONLY or DISK_FULL exception if a file cannot be created in {@code folder}. */
    public static void requireWritable(Path folder) throws ProgressStoreException {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".pgdrill-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw mentionsNoSpace(e) ? diskFull(folder, e) : readOnly(folder, e);
        }
    }

    static int h2ErrorCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    static boolean mentionsNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = Optional.ofNullable(t.getMessage()).orElse("").toLowerCase(Locale.ROOT);
            for (String words : NO_SPACE) {
                if (message.contains(words)) {
                    return true;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (mentionsNoSpace(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAccessProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                return true;
            }
            String message = Optional.ofNullable(t.getMessage()).orElse("").toLowerCase(Locale.ROOT);
            if (message.contains("read-only file system") || message.contains("permission denied")
                    || message.contains("operation not permitted")) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }
}
