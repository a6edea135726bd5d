package org.pgdrill.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pgdrill.practice.server.PostgresServer;

/**
 * A fresh database on the test PostgreSQL holding one dataset, installed the way pgdrill installs it:
 * the script runs as a non-login owner role that owns the database (not a superuser), and learners
 * get a role with SELECT (plus INSERT, UPDATE, DELETE for state exercises). Dropped on close.
 */
public final class DatasetDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String database;
    private final String owner;
    private final String learner;
    private final long installMillis;

    private DatasetDatabase(PostgresServer server, String database, String owner, String learner, long installMillis) {
        this.server = server;
        this.database = database;
        this.owner = owner;
        this.learner = learner;
        this.installMillis = installMillis;
    }

    /** Creates the roles and the database, and runs {@code script} as the owner. */
    public static DatasetDatabase install(Path script, List<String> learnerSchemas) throws SQLException, IOException {
        PostgresServer server = TestPostgres.server();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String database = "dataset_" + suffix;
        String owner = "dataset_owner_" + suffix;
        String learner = "dataset_learner_" + suffix;
        try (Connection admin = server.adminConnection(server.maintenanceDatabase()); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + owner + " NOLOGIN");
            statement.execute("CREATE ROLE " + learner + " NOLOGIN");
            statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
        }
        String sql = Files.readString(script, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try (Connection connection = server.adminConnection(database); Statement statement = connection.createStatement()) {
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            statement.execute("SET ROLE " + owner);
            statement.execute(sql);
        }
        long installMillis = (System.nanoTime() - started) / 1_000_000;
        try (Connection connection = server.adminConnection(database); Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + owner);
            for (String schema : learnerSchemas) {
                statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + learner);
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + learner);
                statement.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + learner);
            }
        }
        return new DatasetDatabase(server, database, owner, learner, installMillis);
    }

    /** An admin connection to the dataset's database, acting as the owner role. */
    public Connection asOwner() throws SQLException {
        Connection connection = server.adminConnection(database);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + owner);
        }
        return connection;
    }

    /** A connection acting as the learner role, with the dataset's schemas first on search_path. */
    public Connection asLearner(List<String> searchPath) throws SQLException {
        Connection connection = server.adminConnection(database);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + learner);
            statement.execute("SET search_path TO " + String.join(", ", searchPath.isEmpty() ? List.of("public") : searchPath));
        }
        return connection;
    }

    public String owner() {
        return owner;
    }

    public String learner() {
        return learner;
    }

    /** How long the script took, for reports; never asserted. */
    public long installMillis() {
        return installMillis;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = server.adminConnection(server.maintenanceDatabase()); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + learner);
            statement.execute("DROP ROLE IF EXISTS " + owner);
        }
    }
}
