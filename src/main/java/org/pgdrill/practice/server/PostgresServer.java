package org.pgdrill.practice.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A running PostgreSQL that pgdrill may use: its own embedded server or one the user configured.
 * The admin account may create roles and databases; learner SQL never runs on it.
 */
public interface PostgresServer extends AutoCloseable {

    /** One line for the status bar and {@code pgdrill doctor}, e.g. "embedded PostgreSQL 18.1 on port 5433". */
    String description();

    /** Server version as reported by {@code server_version}, e.g. "18.1". */
    String version();

    /** {@code server_version_num}, e.g. 180001. */
    int versionNumber();

    /** Whether the admin account is a superuser (embedded: always; configured: maybe not). */
    boolean adminIsSuperuser();

    /** The admin account, connected to {@code database} (autocommit on). */
    Connection adminConnection(String database) throws SQLException;

    /** A login as {@code user} to {@code database}, with extra JDBC properties. */
    Connection connect(String database, String user, String password, Properties extra) throws SQLException;

    /** The database the admin account connects to by default ("postgres" for the embedded server). */
    String maintenanceDatabase();

    /** Stops an embedded server; leaves a configured one running. Never throws. */
    @Override
    void close();
}
