package org.pgdrill.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backups of the progress database in the backup folder: written with H2's {@code BACKUP TO} under a temp
 * name, checked by opening the zip and reading its save counter, then renamed, then the old ones thinned out
 * ({@link BackupRotation}). A half-written backup therefore never has a backup's name.
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final String TEMP_PREFIX = ".pgdrill-backup-";
    private static final String TEMP_SUFFIX = ".zip.tmp";
    private static final String VERIFY_PREFIX = ".pgdrill-verify-";

    private final StoreLocation location;
    private final Clock clock;
    private final ZoneId zone;

    /** {@code zone} decides what "today" and "yesterday" are when old backups are thinned. */
    public Backups(StoreLocation location, Clock clock, ZoneId zone) {
        this.location = location;
        this.clock = clock;
        this.zone = zone;
    }

    /** Every backup in the folder, newest first (by the time in its name, then by save counter). */
    public List<BackupFile> list() {
        List<BackupFile> backups = new ArrayList<>();
        if (!Files.isDirectory(location.backupFolder())) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(location.backupFolder(), "pgdrill-*" + BackupFile.SUFFIX)) {
            for (Path file : files) {
                BackupFile.parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the backups in " + location.backupFolder(), e);
        }
        backups.sort(Comparator.comparing(BackupFile::createdAt).thenComparingLong(BackupFile::saveCounter).reversed());
        return backups;
    }

    /** The highest save counter backed up from the store {@code storeId}, if any backup of it exists. */
    public Optional<BackupFile> newestOf(String storeId) {
        return list().stream().filter(b -> b.storeId().equals(storeId)).max(Comparator.comparingLong(BackupFile::saveCounter));
    }

    /** Backs up {@code store} now; returns the new backup after it was verified, renamed and old ones thinned. */
    public BackupFile create(ProgressStore store) throws ProgressStoreException {
        Path folder = location.backupFolder();
        StorageProblems.requireWritable(folder);
        deleteLeftoverTempFiles();
        Path temp = folder.resolve(TEMP_PREFIX + System.nanoTime() + TEMP_SUFFIX);
        try {
            long counter = store.backupTo(temp);
            BackupFile expected = new BackupFile(temp, clock.instant(), counter, store.storeId());
            verify(temp, expected);
            Path target = folder.resolve(BackupFile.fileName(expected.createdAt(), counter, store.storeId()));
            moveAtomically(temp, target);
            BackupFile created = new BackupFile(target, expected.createdAt(), counter, store.storeId());
            thin();
            return created;
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw StorageProblems.classify(folder, "back up progress", e);
        }
    }

    /** Deletes the backups {@link BackupRotation} no longer keeps. */
    public void thin() {
        for (BackupFile old : BackupRotation.obsolete(list(), clock.instant(), zone)) {
            deleteQuietly(old.path());
        }
    }

    /** Opens the zip read-only and checks it holds the store and save counter its name claims. */
    public void verify(BackupFile backup) throws ProgressStoreException {
        try {
            verify(backup.path(), backup);
        } catch (SQLException | IOException | RuntimeException e) {
            throw new ProgressStoreException(ProgressStoreException.Reason.DAMAGED,
                    "The backup " + backup.path() + " cannot be used: " + StorageProblems.firstLine(e), e);
        }
    }

    /** The newest backups first that pass {@link #verify(BackupFile)}; damaged ones are skipped (and logged). */
    Optional<BackupFile> newestGood(List<BackupFile> candidates) {
        for (BackupFile candidate : candidates) {
            try {
                verify(candidate);
                return Optional.of(candidate);
            } catch (ProgressStoreException e) {
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /** Puts the database inside {@code backup} at {@code target} (replacing whatever is there). */
    void extract(BackupFile backup, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".restoring");
        try {
            unzipDatabase(backup.path(), temp);
            moveAtomically(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void unzipDatabase(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(StoreLocation.DATABASE_NAME + ".mv.db")) {
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the backup " + zip + " holds no " + StoreLocation.DATABASE_NAME + ".mv.db");
    }

    /**
     * Unzips the database next to the zip and opens it read-only. (H2 can open a zip directly, but its zip
     * file system seeks by reading from the start, which takes minutes for a database of a few MB.)
     */
    private static void verify(Path zip, BackupFile expected) throws SQLException, IOException {
        Path copy = zip.resolveSibling(VERIFY_PREFIX + System.nanoTime() + ".mv.db");
        try {
            unzipDatabase(zip, copy);
            String base = copy.toString().substring(0, copy.toString().length() - ".mv.db".length());
            String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
            try (Connection c = DriverManager.getConnection(url, "pgdrill", "")) {
                StoreOpener.Meta meta = StoreOpener.readMeta(c).orElseThrow(() -> new SQLException("the backup has no save counter"));
                if (meta.saveCounter() != expected.saveCounter() || !meta.storeId().equals(expected.storeId())) {
                    throw new SQLException("the backup holds store " + meta.storeId() + " at save " + meta.saveCounter()
                            + ", its name says " + expected.storeId() + " at save " + expected.saveCounter());
                }
            }
        } finally {
            deleteQuietly(copy);
        }
    }

    private void deleteLeftoverTempFiles() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(location.backupFolder(), ".pgdrill-{backup,verify}-*")) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot clean " + location.backupFolder(), e);
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }
}
