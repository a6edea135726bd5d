package org.pgdrill.progress;

import java.nio.file.Path;

/**
 * Where the progress database and its backups live.
 *
 * @param progressFolder holds {@code pgdrill.mv.db}
 * @param backupFolder   holds the backup zips
 */
public record StoreLocation(Path progressFolder, Path backupFolder) {
    /** H2 adds ".mv.db" to this name. */
    public static final String DATABASE_NAME = "pgdrill";

    public StoreLocation {
        progressFolder = progressFolder.toAbsolutePath().normalize();
        backupFolder = backupFolder.toAbsolutePath().normalize();
    }

    /** The name H2 is given (without ".mv.db"). */
    public Path databaseBase() {
        return progressFolder.resolve(DATABASE_NAME);
    }

    /** The file on disk. */
    public Path databaseFile() {
        return progressFolder.resolve(DATABASE_NAME + ".mv.db");
    }
}
