package org.pgdrill.practice.dataset;

import static org.pgdrill.practice.SqlText.ident;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

/**
 * The track's saas dataset for the tests that check its promises: installed from scratch once per test
 * run (timed, so the install time on each server can be reported), reused by later test classes.
 * Each class brings its own {@link PracticeRoles}, because {@code ensure} gives the roles new passwords.
 */
final class SaasFixture {
    static final String SOURCE = "lessons/postgresql/datasets/saas.sql";
    private static boolean installedFresh;

    private SaasFixture() {
    }

    static DatasetSpec spec() throws IOException {
        String script = Files.readString(Path.of(SOURCE), StandardCharsets.UTF_8);
        return new DatasetSpec("saas-dataset-test", "saas", script, List.of("saas"), SOURCE);
    }

    /** The installed dataset; the first call in a test run drops any earlier install and times a fresh one. */
    static synchronized InstalledDataset install(PostgresServer server, DatasetInstaller installer) throws Exception {
        DatasetSpec spec = spec();
        if (installedFresh) {
            return installer.ensure(spec);
        }
        try (Connection maintenance = server.adminConnection(server.maintenanceDatabase()); Statement s = maintenance.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + ident(DatasetInstaller.databaseName(spec)) + " WITH (FORCE)");
        }
        long start = System.nanoTime();
        InstalledDataset dataset = installer.ensure(spec);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // measured, reported in the test output, never asserted (timings depend on the machine)
        System.out.printf("saas.sql: fresh install (script, VACUUM ANALYZE, grants) took %d ms on PostgreSQL %s%n", millis, server.version());
        installedFresh = true;
        return dataset;
    }

    /** An installer and a read-only login on the installed dataset, for one test class. */
    record ReadOnly(DatasetInstaller installer, Connection db) implements AutoCloseable {
        static ReadOnly open() throws Exception {
            PostgresServer server = TestPostgres.server();
            PracticeRoles roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
            DatasetInstaller installer = new DatasetInstaller(server, roles);
            InstalledDataset saas = install(server, installer);
            return new ReadOnly(installer, login(server, roles, saas, Access.READ));
        }

        @Override
        public void close() throws SQLException {
            db.close();
            installer.close();
        }
    }

    static Connection login(PostgresServer server, PracticeRoles roles, InstalledDataset dataset, Access access) throws SQLException {
        Connection connection = server.connect(dataset.database(), access.role(), roles.password(access), new Properties());
        try (Statement s = connection.createStatement()) {
            // text output of timestamps must not depend on the server's defaults
            s.execute("SET TimeZone = 'UTC'");
            s.execute("SET DateStyle = 'ISO, YMD'");
        }
        return connection;
    }

    static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(text(connection, sql));
    }

    static String text(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from: " + sql);
            }
            return rs.getString(1);
        }
    }

    /** The first column of every row, as text. */
    static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** EXPLAIN (COSTS OFF) of a query, one line per plan line. */
    static String plan(Connection connection, String sql) throws SQLException {
        return String.join("\n", column(connection, "EXPLAIN (COSTS OFF) " + sql));
    }
}
