package org.pgdrill.practice.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * A PostgreSQL the user runs: reached by a JDBC URL whose account may create roles and databases.
 * pgdrill never stops it.
 */
public final class ExternalServer implements PostgresServer {
    private final String url;
    private final Properties parsed;
    private final String version;
    private final int versionNumber;
    private final boolean superuser;

    private ExternalServer(String url, Properties parsed, String version, int versionNumber, boolean superuser) {
        this.url = url;
        this.parsed = parsed;
        this.version = version;
        this.versionNumber = versionNumber;
        this.superuser = superuser;
    }

    /** Connects once to check the URL and the account; says exactly what is wrong otherwise. */
    public static ExternalServer connect(String url) throws ServerException {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new ServerException("Not a PostgreSQL JDBC URL: " + redact(url),
                    "Use the form jdbc:postgresql://HOST:PORT/DATABASE?user=NAME&password=SECRET", null);
        }
        String where = hostAndPort(parsed);
        String user = parsed.getProperty(PGProperty.USER.getName(), System.getProperty("user.name"));
        String database = parsed.getProperty(PGProperty.PG_DBNAME.getName(), user);
        try (Connection c = DriverManager.getConnection(url, withTimeouts(new Properties()));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('server_version_num')::int, "
                     + "r.rolsuper, r.rolcreaterole, r.rolcreatedb FROM pg_roles r WHERE r.rolname = current_user")) {
            rs.next();
            String version = rs.getString(1).split(" ")[0];
            int number = rs.getInt(2);
            boolean superuser = rs.getBoolean(3);
            if (!superuser && !(rs.getBoolean(4) && rs.getBoolean(5))) {
                throw new ServerException("User '" + user + "' at " + where + " may not create roles and databases",
                        "Use an account with CREATEROLE and CREATEDB: ALTER ROLE " + user + " CREATEROLE CREATEDB;", null);
            }
            if (number < 130000) {
                throw new ServerException("PostgreSQL " + version + " at " + where + " is too old (pgdrill needs 13 or newer)",
                        "Upgrade that server, or remove the URL to use pgdrill's embedded PostgreSQL.", null);
            }
            return new ExternalServer(url, parsed, version, number, superuser);
        } catch (SQLException e) {
            throw ConnectionFailures.explain(e, where, user, database);
        }
    }

    private static Properties withTimeouts(Properties properties) {
        properties.setProperty(PGProperty.CONNECT_TIMEOUT.getName(), "5");
        properties.setProperty(PGProperty.LOGIN_TIMEOUT.getName(), "10");
        return properties;
    }

    static String hostAndPort(Properties parsed) {
        String host = parsed.getProperty(PGProperty.PG_HOST.getName(), "localhost").split(",")[0];
        String port = parsed.getProperty(PGProperty.PG_PORT.getName(), "5432").split(",")[0];
        return host + ":" + port;
    }

    /** The URL with any password replaced by stars, safe to print. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1****");
    }

    @Override
    public String description() {
        String user = parsed.getProperty(PGProperty.USER.getName(), "?");
        return "PostgreSQL " + version + " at " + hostAndPort(parsed) + " (user " + user + ")";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int versionNumber() {
        return versionNumber;
    }

    @Override
    public boolean adminIsSuperuser() {
        return superuser;
    }

    @Override
    public String maintenanceDatabase() {
        return parsed.getProperty(PGProperty.PG_DBNAME.getName(), "postgres");
    }

    @Override
    public Connection adminConnection(String database) throws SQLException {
        Properties properties = withTimeouts(copyWithout(parsed));
        properties.setProperty(PGProperty.USER.getName(), parsed.getProperty(PGProperty.USER.getName(), ""));
        if (parsed.getProperty(PGProperty.PASSWORD.getName()) != null) {
            properties.setProperty(PGProperty.PASSWORD.getName(), parsed.getProperty(PGProperty.PASSWORD.getName()));
        }
        properties.setProperty(PGProperty.APPLICATION_NAME.getName(), "pgdrill-admin");
        return DriverManager.getConnection(urlFor(database), properties);
    }

    @Override
    public Connection connect(String database, String user, String password, Properties extra) throws SQLException {
        Properties properties = withTimeouts(copyWithout(parsed));
        properties.putAll(extra);
        properties.setProperty(PGProperty.USER.getName(), user);
        properties.setProperty(PGProperty.PASSWORD.getName(), password);
        return DriverManager.getConnection(urlFor(database), properties);
    }

    private String urlFor(String database) {
        return "jdbc:postgresql://" + hostAndPort(parsed) + "/" + database;
    }

    /** Connection options from the URL (ssl, timeouts, ...) without host, port, database or account. */
    private static Properties copyWithout(Properties parsed) {
        Properties copy = new Properties();
        for (String name : parsed.stringPropertyNames()) {
            if (name.equals(PGProperty.PG_HOST.getName()) || name.equals(PGProperty.PG_PORT.getName())
                    || name.equals(PGProperty.PG_DBNAME.getName()) || name.equals(PGProperty.USER.getName())
                    || name.equals(PGProperty.PASSWORD.getName())) {
                continue;
            }
            copy.setProperty(name, parsed.getProperty(name));
        }
        return copy;
    }

    @Override
    public void close() {
        // a user's own server keeps running
    }

    @Override
    public String toString() {
        return redact(url);
    }
}
