package org.pgdrill.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The learner's progress: one H2 file in the data folder, schema managed by Flyway.
 * One connection serves the whole process; every unit of work runs in its own transaction.
 */
public final class ProgressStore implements AutoCloseable {
    static final String FILE_NAME = "pgdrill";
    private static final String MIGRATIONS = "classpath:org/pgdrill/progress/db";

    private final Path file;
    private final Connection connection;

    private ProgressStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the progress database in {@code folder} and brings its schema up to date. */
    public static ProgressStore open(Path folder) throws ProgressStoreException {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new ProgressStoreException("Cannot create the progress folder " + folder + ": " + e.getMessage(), e);
        }
        Path base = folder.resolve(FILE_NAME).toAbsolutePath();
        String url = jdbcUrl(base);
        try {
            Flyway.configure()
                    .dataSource(url, "pgdrill", "")
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            Connection connection = DriverManager.getConnection(url, "pgdrill", "");
            connection.setAutoCommit(false);
            return new ProgressStore(folder.resolve(FILE_NAME + ".mv.db"), connection);
        } catch (SQLException | RuntimeException e) {
            throw new ProgressStoreException("Cannot open the progress database " + base + ".mv.db: " + e.getMessage(), e);
        }
    }

    static String jdbcUrl(Path base) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0";
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public synchronized <T> T inTransaction(SqlWork<T> work) throws ProgressStoreException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new ProgressStoreException("Could not save or read progress: " + e.getMessage(), e);
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
