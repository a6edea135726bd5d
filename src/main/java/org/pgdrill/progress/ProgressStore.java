package org.pgdrill.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The learner's progress: one H2 file in the data folder ({@code WRITE_DELAY=0}, so a commit is on disk
 * when it returns), schema managed by Flyway. One connection serves the whole process; every unit of work
 * runs in its own transaction, and every write transaction raises the save counter that backups carry.
 * Callers run reads and writes off the UI thread.
 */
public final class ProgressStore implements AutoCloseable {
    private final StoreLocation location;
    private final Connection connection;
    private final Clock clock;
    private final String storeId;
    private volatile long saveCounter;

    ProgressStore(StoreLocation location, Connection connection, Clock clock, String storeId, long saveCounter) {
        this.location = location;
        this.connection = connection;
        this.clock = clock;
        this.storeId = storeId;
        this.saveCounter = saveCounter;
    }

    /**
     * Opens (creating if needed) the progress database and brings its schema up to date. If the file is
     * damaged, {@code onDamage} decides what happens before anything is changed.
     */
    public static ProgressStore open(StoreLocation location, Clock clock, StoreDamage.Handler onDamage) throws ProgressStoreException {
        return StoreOpener.open(location, clock, onDamage);
    }

    static String jdbcUrl(Path base) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0";
    }

    public StoreLocation location() {
        return location;
    }

    public Path file() {
        return location.databaseFile();
    }

    /** The clock that stamps settings changes and backups. */
    public Clock clock() {
        return clock;
    }

    /** A random id given to this store when it was created; backups carry it. */
    public String storeId() {
        return storeId;
    }

    /** How many write transactions this store has committed. */
    public long saveCounter() {
        return saveCounter;
    }

    /** Runs {@code work} in a transaction that is rolled back afterwards: nothing it does is kept. */
    public synchronized <T> T read(SqlWork<T> work) throws ProgressStoreException {
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw StorageProblems.classify(location.progressFolder(), "read progress", e);
        } finally {
            rollbackQuietly();
        }
    }

    /**
     * Runs {@code work} in one transaction: committed (and on disk) if it returns, rolled back if it throws.
     * The save counter goes up in the same transaction.
     */
    public synchronized <T> T write(SqlWork<T> work) throws ProgressStoreException {
        try {
            T result = work.run(connection);
            long counter;
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE store_meta SET save_counter = save_counter + 1 WHERE id = 1")) {
                bump.executeUpdate();
                counter = readCounter(connection);
            }
            connection.commit();
            saveCounter = counter;
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw StorageProblems.classify(location.progressFolder(), "save progress", e);
        }
    }

    /** Writes a consistent copy of the database to {@code zip} (H2 {@code BACKUP TO}); the counter it holds. */
    synchronized long backupTo(Path zip) throws SQLException {
        try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, zip.toString());
            backup.execute();
            return saveCounter;
        } finally {
            rollbackQuietly();
        }
    }

    /**
     * Makes this store count as newer than a backup with {@code backupCounter}: after the learner chose to
     * keep a file that was older than its backup, so the next start does not ask again.
     */
    synchronized void raiseCounterAbove(long backupCounter) throws ProgressStoreException {
        if (saveCounter > backupCounter) {
            return;
        }
        write(c -> {
            try (PreparedStatement raise = c.prepareStatement("UPDATE store_meta SET save_counter = ? WHERE id = 1")) {
                raise.setLong(1, backupCounter);
                raise.executeUpdate();
            }
            return null;
        });
    }

    static long readCounter(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT save_counter FROM store_meta WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("store_meta has no row: the progress file is incomplete");
            }
            return rs.getLong(1);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next call reports it
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing an embedded database only fails when it is already gone
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
