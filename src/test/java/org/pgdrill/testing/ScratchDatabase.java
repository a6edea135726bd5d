package org.pgdrill.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.pgdrill.practice.server.PostgresServer;

/**
 * A database of its own for one test class on the shared test server, with login roles it creates;
 * {@link #close()} drops both. A database or role left behind by a crashed run is dropped first.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final String PASSWORD = "scratch-password";
    private final PostgresServer server;
    private final String name;
    private final List<String> roles = new ArrayList<>();

    private ScratchDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates (or re-creates) database {@code name} on the test server. */
    public static ScratchDatabase create(String name) throws SQLException {
        PostgresServer server = TestPostgres.server();
        try (Connection admin = server.adminConnection(server.maintenanceDatabase()); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name);
    }

    public String name() {
        return name;
    }

    /** The admin account connected to this database (autocommit on). */
    public Connection admin() throws SQLException {
        return server.adminConnection(name);
    }

    /** Runs statements as the admin account, one after the other. */
    public void run(String... statements) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** A LOGIN role without any privilege yet; it may connect to this database. Replaced if it exists. */
    public String createLoginRole(String role) throws SQLException {
        try (Connection c = server.adminConnection(server.maintenanceDatabase()); Statement s = c.createStatement()) {
            dropRole(s, role);
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("GRANT CONNECT ON DATABASE " + name + " TO " + role);
        }
        roles.add(role);
        return role;
    }

    /** A connection logged in as {@code role} (autocommit on). */
    public Connection connectAs(String role) throws SQLException {
        return server.connect(name, role, PASSWORD, new Properties());
    }

    /** Credentials for tools such as psql. */
    public String password() {
        return PASSWORD;
    }

    private void dropRole(Statement s, String role) throws SQLException {
        if (s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'").next()) {
            try (Connection c = admin(); Statement inDatabase = c.createStatement()) {
                inDatabase.execute("DROP OWNED BY " + role + " CASCADE");
            }
            s.execute("DROP ROLE " + role);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = server.adminConnection(server.maintenanceDatabase()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }
}
