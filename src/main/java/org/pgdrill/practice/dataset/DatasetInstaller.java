package org.pgdrill.practice.dataset;

import static org.pgdrill.practice.SqlText.ident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.pgdrill.practice.server.PostgresServer;

/**
 * Installs each dataset into its own database owned by {@link PracticeRoles#OWNER}: the script runs
 * as that (non-superuser) login, then pgdrill adds its bookkeeping and the learner grants. A dataset
 * is rebuilt only when its script (or this installer) changed, or when an attempt is found to have
 * changed it.
 */
public final class DatasetInstaller implements AutoCloseable {
    /** Bump when what the installer creates changes, so existing installs are rebuilt. */
    static final String INSTALLER_VERSION = "3";

    private final PostgresServer server;
    private final PracticeRoles roles;
    private final Map<String, InstalledDataset> installed = new HashMap<>();
    private final Map<String, Connection> adminConnections = new HashMap<>();
    private final AtomicLong generations = new AtomicLong();
    private final Map<String, Long> lastTidy = new HashMap<>();
    private long tidyIntervalNanos = 2_000_000_000L;

    public DatasetInstaller(PostgresServer server, PracticeRoles roles) {
        this.server = server;
        this.roles = roles;
    }

    /** The installed dataset, installing or rebuilding it first when needed. */
    public synchronized InstalledDataset ensure(DatasetSpec spec) throws DatasetException {
        InstalledDataset known = installed.get(spec.key());
        if (known != null && known.spec().equals(spec)) {
            return known;
        }
        String database = databaseName(spec);
        String checksum = checksum(spec);
        try {
            boolean reusable = databaseExists(database) && checksum.equals(DatasetMeta.installedChecksum(admin(database)))
                    && DatasetMeta.committedChanges(admin(database)) == 0;
            if (!reusable) {
                install(spec, database, checksum);
            }
            InstalledDataset ready = prepare(spec, database);
            installed.put(spec.key(), ready);
            return ready;
        } catch (SQLException e) {
            throw new DatasetException(spec.sourceName() + ": could not install dataset '" + spec.datasetId() + "': " + e.getMessage(), e);
        }
    }

    /** Drops and re-creates the dataset from its script. */
    public synchronized InstalledDataset rebuild(InstalledDataset dataset) throws DatasetException {
        installed.remove(dataset.spec().key());
        try {
            install(dataset.spec(), dataset.database(), checksum(dataset.spec()));
            InstalledDataset ready = prepare(dataset.spec(), dataset.database());
            installed.put(dataset.spec().key(), ready);
            return ready;
        } catch (SQLException e) {
            throw new DatasetException(dataset.spec().sourceName() + ": could not rebuild dataset: " + e.getMessage(), e);
        }
    }

    /**
     * After an attempt that could write: puts moved sequences back and tells whether anything was
     * committed (then the caller rebuilds). Cheap: one count, one catalog digest.
     */
    public synchronized boolean restoreAfterAttempt(InstalledDataset dataset) throws SQLException {
        Connection admin = admin(dataset.database());
        for (Map.Entry<String, InstalledDataset.SequenceState> entry : dataset.sequences().entrySet()) {
            InstalledDataset.SequenceState want = entry.getValue();
            try (Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + entry.getKey())) {
                rs.next();
                if (rs.getLong(1) != want.lastValue() || rs.getBoolean(2) != want.isCalled()) {
                    try (PreparedStatement reset = admin.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                        reset.setString(1, entry.getKey());
                        reset.setLong(2, want.lastValue());
                        reset.setBoolean(3, want.isCalled());
                        reset.execute();
                    }
                }
            }
        }
        return DatasetMeta.committedChanges(admin) == 0 && DatasetMeta.fingerprint(admin).equals(dataset.fingerprint());
    }

    /**
     * After any attempt (checks write variants even on read-only exercises): at most every
     * {@link #tidyEvery a couple of seconds}, vacuums the tables that rolled-back attempts left full of dead rows. The
     * planner scales a table's row estimate by its file size, so without this a long session grows the
     * files, multiplies the estimates and flips plans (a 1 ms query became 230 ms after a few hundred checks).
     */
    public synchronized void tidyAfterAttempt(InstalledDataset dataset) throws SQLException {
        long now = System.nanoTime();
        Long last = lastTidy.get(dataset.database());
        if (last != null && now - last < tidyIntervalNanos) {
            return;
        }
        lastTidy.put(dataset.database(), now);
        DatasetMeta.vacuumIfNeeded(admin(dataset.database()));
    }

    /** How often {@link #tidyAfterAttempt} looks at the tables (default every 2 s; tests use zero). */
    public synchronized void tidyEvery(java.time.Duration interval) {
        tidyIntervalNanos = interval.toNanos();
    }

    /** Stores a variant mutation for {@code pgdrill_variants.apply_variant(key)}. */
    public synchronized void storeVariant(InstalledDataset dataset, String key, List<String> statements) throws SQLException {
        DatasetMeta.storeVariant(admin(dataset.database()), key, statements, dataset.searchPath());
    }

    /** The admin connection to a dataset database (kept open; for catalog reads and cancelling). */
    public synchronized Connection admin(String database) throws SQLException {
        Connection connection = adminConnections.get(database);
        if (connection != null && connection.isValid(2)) {
            return connection;
        }
        if (connection != null) {
            closeQuietly(connection);
        }
        connection = server.adminConnection(database);
        connection.setAutoCommit(true);
        adminConnections.put(database, connection);
        return connection;
    }

    private void install(DatasetSpec spec, String database, String checksum) throws SQLException, DatasetException {
        Connection maintenance = admin(server.maintenanceDatabase());
        Connection old = adminConnections.remove(database);
        if (old != null) {
            closeQuietly(old);
        }
        try (Statement s = maintenance.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + ident(database) + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + ident(database) + " OWNER " + ident(PracticeRoles.OWNER) + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        try {
            Properties properties = new Properties();
            properties.setProperty("preferQueryMode", "simple");
            properties.setProperty("ApplicationName", "pgdrill-install");
            try (Connection owner = server.connect(database, PracticeRoles.OWNER, roles.ownerPassword(), properties)) {
                try (Statement s = owner.createStatement()) {
                    s.execute("SET statement_timeout = 0");
                    // VACUUM can mark pages all-visible (index-only scans) only once the load's commit is flushed
                    s.execute("SET synchronous_commit = on");
                    s.execute("SET TimeZone = 'UTC'"); // timestamptz literals in scripts mean the same on every machine
                    s.execute("SET client_min_messages = warning");
                }
                new DatasetScriptRunner(owner, spec.sourceName()).run(spec.script());
                try (Statement s = owner.createStatement()) {
                    s.execute("VACUUM ANALYZE"); // realistic plans, visibility map for index-only scans
                    DatasetMeta.freezeStatistics(owner);
                }
            }
            Connection admin = admin(database);
            List<String> schemas = DatasetMeta.schemas(admin);
            DatasetMeta.create(admin, checksum, searchPath(spec, schemas));
        } catch (SQLException | DatasetException | RuntimeException e) {
            dropQuietly(database);
            throw e;
        }
    }

    private InstalledDataset prepare(DatasetSpec spec, String database) throws SQLException {
        Connection admin = admin(database);
        DatasetMeta.vacuumIfNeeded(admin);
        List<String> schemas = DatasetMeta.schemas(admin);
        String searchPath = searchPath(spec, schemas);
        try (Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + ident(database) + " SET search_path = " + searchPath);
        }
        DatasetMeta.grant(admin, database, schemas);
        return new InstalledDataset(spec, database, searchPath, schemas, DatasetMeta.fingerprint(admin),
                DatasetMeta.sequences(admin), generations.incrementAndGet());
    }

    private boolean databaseExists(String database) throws SQLException {
        try (PreparedStatement ps = admin(server.maintenanceDatabase()).prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void dropQuietly(String database) {
        try (Statement s = admin(server.maintenanceDatabase()).createStatement()) {
            Connection old = adminConnections.remove(database);
            if (old != null) {
                closeQuietly(old);
            }
            s.execute("DROP DATABASE IF EXISTS " + ident(database) + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the install error is what the user needs to see
        }
    }

    /** {@code "shop", public}: the spec's schemas that exist, then public. */
    static String searchPath(DatasetSpec spec, List<String> schemas) {
        Set<String> path = new LinkedHashSet<>();
        for (String schema : spec.searchPath()) {
            path.add(schema);
        }
        path.add("public");
        List<String> quoted = new ArrayList<>();
        for (String schema : path) {
            if (schemas.contains(schema) || schema.equals("public")) {
                quoted.add(ident(schema));
            }
        }
        return String.join(", ", quoted);
    }

    /** {@code pgdrill_<track>__<dataset>}, within PostgreSQL's 63-byte limit. */
    public static String databaseName(DatasetSpec spec) {
        String name = "pgdrill_" + slug(spec.trackId()) + "__" + slug(spec.datasetId());
        if (name.length() <= 63) {
            return name;
        }
        return name.substring(0, 50) + "_" + sha256(name).substring(0, 12);
    }

    private static String slug(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    static String checksum(DatasetSpec spec) {
        return sha256(INSTALLER_VERSION + "\n" + String.join(",", spec.searchPath()) + "\n" + spec.script());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection is being replaced
        }
    }

    @Override
    public synchronized void close() {
        adminConnections.values().forEach(DatasetInstaller::closeQuietly);
        adminConnections.clear();
    }
}
