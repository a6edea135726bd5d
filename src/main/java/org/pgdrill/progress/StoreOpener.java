package org.pgdrill.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.pgdrill.progress.ProgressStoreException.Reason;
import org.pgdrill.progress.StoreDamage.Kind;
import org.pgdrill.progress.StoreDamage.Recovery;

/**
 * Opens the progress store safely: checks the file before H2 may silently start over on it (0 bytes,
 * unreadable, older than its newest backup, gone), lets the caller decide about a damaged file, keeps the
 * damaged file under a new name, then migrates the schema and opens the one connection.
 */
final class StoreOpener {
    private static final Logger LOG = Logger.getLogger(StoreOpener.class.getName());
    private static final String MIGRATIONS = "classpath:org/pgdrill/progress/db";
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * The highest migration in {@code org/pgdrill/progress/db}; a file already at this version skips Flyway,
     * which costs several hundred milliseconds of start-up even when there is nothing to do.
     * StoreOpenerTest fails when a new migration is added without raising it.
     */
    static final int SCHEMA_VERSION = 2;

    /** What {@code store_meta} says about a database file. */
    record Meta(String storeId, long saveCounter) {
    }

    /** What the check before opening found. */
    private record Inspection(Optional<StoreDamage> damage, int schemaVersion) {
        static Inspection of(StoreDamage damage) {
            return new Inspection(Optional.of(damage), 0);
        }
    }

    private StoreOpener() {
    }

    static ProgressStore open(StoreLocation location, Clock clock, StoreDamage.Handler onDamage) throws ProgressStoreException {
        Path folder = location.progressFolder();
        if (folder.toString().contains(";")) {
            throw new ProgressStoreException(Reason.FAILED, "The data folder " + folder + " contains ';', which the progress"
                    + " database cannot use in a file name. Start pgdrill with --data-dir pointing to a folder without ';'.", null);
        }
        StorageProblems.requireWritable(folder);
        Backups backups = new Backups(location, clock, ZoneOffset.UTC);
        Inspection inspection = inspect(location, backups);
        Optional<StoreDamage> damage = inspection.damage();
        Optional<BackupFile> keptOlderThan = Optional.empty();
        if (damage.isPresent()) {
            StoreDamage found = damage.get();
            LOG.warning(found.describe(ZoneOffset.UTC) + " " + found.detail());
            Recovery recovery = found.kind() == Kind.EMPTY && found.backup().isEmpty()
                    ? Recovery.CONTINUE_WITHOUT_BACKUP // an empty file without backups holds nothing to save
                    : onDamage.decide(found);
            switch (recovery) {
                case RESTORE_BACKUP -> restore(location, found, backups, clock);
                case CONTINUE_WITHOUT_BACKUP -> {
                    if (found.kind() == Kind.OLDER_THAN_BACKUP) {
                        keptOlderThan = found.backup();
                    } else {
                        moveAside(location.databaseFile(), clock);
                    }
                }
                case CANCEL -> throw new ProgressStoreException(Reason.DAMAGED, found.describe(ZoneOffset.UTC)
                        + " Nothing was changed. Open the pgdrill app to choose what to do, or run the command again with --restore-backup.", null);
            }
        }
        boolean current = damage.isEmpty() && inspection.schemaVersion() == SCHEMA_VERSION;
        ProgressStore store = migrateAndConnect(location, clock, !current);
        if (keptOlderThan.isPresent()) {
            store.raiseCounterAbove(keptOlderThan.get().saveCounter());
        }
        return store;
    }

    private static Inspection inspect(StoreLocation location, Backups backups) throws ProgressStoreException {
        Path file = location.databaseFile();
        List<BackupFile> all = backups.list();
        if (!Files.exists(file)) {
            return all.isEmpty() ? new Inspection(Optional.empty(), 0)
                    : Inspection.of(new StoreDamage(Kind.MISSING, file, backups.newestGood(all), "no file"));
        }
        try {
            if (Files.size(file) == 0) {
                return Inspection.of(new StoreDamage(Kind.EMPTY, file, backups.newestGood(all), "0 bytes"));
            }
        } catch (IOException e) {
            throw StorageProblems.classify(location.progressFolder(), "read the progress file", e);
        }
        String url = ProgressStore.jdbcUrl(location.databaseBase()) + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "pgdrill", "")) {
            List<String> tables = tables(c);
            for (String table : tables) {
                try (Statement count = c.createStatement(); ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    rs.next();
                }
            }
            if (tables.isEmpty()) {
                return all.isEmpty() ? new Inspection(Optional.empty(), 0)
                        : Inspection.of(new StoreDamage(Kind.EMPTY, file, backups.newestGood(all), "no tables"));
            }
            Optional<Meta> meta = readMeta(c);
            if (meta.isPresent()) {
                long counter = meta.get().saveCounter();
                List<BackupFile> newer = all.stream()
                        .filter(b -> b.storeId().equals(meta.get().storeId()) && b.saveCounter() > counter)
                        .sorted((a, b) -> Long.compare(b.saveCounter(), a.saveCounter()))
                        .toList();
                Optional<BackupFile> good = backups.newestGood(newer);
                if (good.isPresent()) {
                    return Inspection.of(new StoreDamage(Kind.OLDER_THAN_BACKUP, file, good,
                            "file at save " + counter + ", backup at save " + good.get().saveCounter()));
                }
            }
            return new Inspection(Optional.empty(), schemaVersion(c, tables));
        } catch (SQLException e) {
            if (StorageProblems.h2ErrorCode(e) == StorageProblems.H2_ALREADY_OPEN) {
                throw StorageProblems.locked(location.progressFolder(), e);
            }
            if (StorageProblems.mentionsNoSpace(e)) {
                throw StorageProblems.diskFull(location.progressFolder(), e);
            }
            return Inspection.of(new StoreDamage(Kind.UNREADABLE, file, backups.newestGood(all), StorageProblems.firstLine(e)));
        }
    }

    private static void restore(StoreLocation location, StoreDamage damage, Backups backups, Clock clock) throws ProgressStoreException {
        BackupFile backup = damage.backup().orElseThrow(() -> new ProgressStoreException(Reason.DAMAGED,
                damage.describe(ZoneOffset.UTC) + " Nothing was changed.", null));
        try {
            moveAside(location.databaseFile(), clock);
            backups.extract(backup, location.databaseFile());
            LOG.warning("Restored the progress from " + backup.path());
        } catch (IOException e) {
            throw StorageProblems.classify(location.progressFolder(), "restore the backup " + backup.path(), e);
        }
    }

    /** Keeps a damaged or unwanted file next to where it was, with the time in its name. */
    static Optional<Path> moveAside(Path file, Clock clock) throws ProgressStoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + ASIDE_STAMP.format(clock.instant()));
        try {
            Backups.moveAtomically(file, aside);
            LOG.warning("Kept the damaged progress file as " + aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw StorageProblems.classify(file.getParent(), "keep the damaged file aside", e);
        }
    }

    private static ProgressStore migrateAndConnect(StoreLocation location, Clock clock, boolean migrate) throws ProgressStoreException {
        String url = ProgressStore.jdbcUrl(location.databaseBase());
        Connection connection = null;
        try {
            if (migrate) {
                Flyway.configure().dataSource(url, "pgdrill", "").locations(MIGRATIONS).load().migrate();
            }
            connection = DriverManager.getConnection(url, "pgdrill", "");
            connection.setAutoCommit(false);
            if (isReadOnly(connection)) {
                throw StorageProblems.readOnly(location.progressFolder(), null);
            }
            Meta meta = readMeta(connection).orElseThrow(() -> new SQLException("store_meta is missing after migration"));
            connection.rollback();
            return new ProgressStore(location, connection, clock, meta.storeId(), meta.saveCounter());
        } catch (SQLException | FlywayException e) {
            closeQuietly(connection);
            throw StorageProblems.classify(location.progressFolder(), "open the progress database " + location.databaseFile(), e);
        } catch (ProgressStoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The highest schema version Flyway applied, 0 if it never ran. */
    private static int schemaVersion(Connection c, List<String> tables) throws SQLException {
        if (!tables.contains("flyway_schema_history")) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT))"
                + " FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Optional<Meta> readMeta(Connection c) throws SQLException {
        if (!tables(c).contains("STORE_META")) {
            return Optional.empty(); // written before version 2 of the schema
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT store_id, save_counter FROM store_meta WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Meta(rs.getString(1), rs.getLong(2))) : Optional.empty();
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData metaData = c.getMetaData();
        try (ResultSet rs = metaData.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static boolean isReadOnly(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT READONLY()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
