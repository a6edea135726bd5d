package org.pgdrill.practice.server;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failed connection attempt into a message a learner understands and a fix. */
final class ConnectionFailures {
    private ConnectionFailures() {
    }

    static ServerException explain(SQLException e, String where, String user, String database) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable root = rootCause(e);
        if (root instanceof ConnectException) {
            return new ServerException("PostgreSQL at " + where + " is not reachable (connection refused)",
                    "Start that server, or fix the host and port in the URL (Settings, --db or PGDRILL_DB_URL).", e);
        }
        if (root instanceof UnknownHostException) {
            return new ServerException("Unknown host in " + where, "Fix the host name in the database URL.", e);
        }
        if (root instanceof SocketTimeoutException) {
            return new ServerException("PostgreSQL at " + where + " did not answer in time",
                    "Check that the server is running and reachable from this machine.", e);
        }
        switch (state) {
            case "28P01":
                return new ServerException("Wrong password for user '" + user + "' at " + where,
                        "Put the right password in the database URL (…?user=NAME&password=SECRET).", e);
            case "28000":
                return new ServerException("PostgreSQL at " + where + " refused user '" + user + "': " + firstLine(e),
                        "Create the role (CREATE ROLE " + user + " LOGIN CREATEROLE CREATEDB PASSWORD '…') or use another account; check pg_hba.conf.", e);
            case "3D000":
                return new ServerException("Database '" + database + "' does not exist at " + where,
                        "Name an existing database in the URL, e.g. jdbc:postgresql://host:5432/postgres.", e);
            case "53300":
                return new ServerException("PostgreSQL at " + where + " has no free connections (too many clients)",
                        "Close other clients or raise max_connections on that server.", e);
            case "57P03":
                return new ServerException("PostgreSQL at " + where + " is starting up or shutting down",
                        "Wait a moment and try again.", e);
            default:
                return new ServerException("Cannot connect to PostgreSQL at " + where + ": " + firstLine(e),
                        "Run 'pgdrill doctor' and check the database URL.", e);
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
