package org.pgdrill.practice.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * pgdrill's own PostgreSQL: real binaries from Maven Central (io.zonky.test), a persistent data
 * directory under the data folder so later starts skip initdb, a free loopback port, password logins
 * only, stopped with the app. A postmaster left behind by a crashed run is stopped first.
 */
public final class EmbeddedServer implements PostgresServer {
    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class.getName());
    static final String SUPERUSER = "postgres";
    private static final String AUTH_MARKER = "pgdrill-auth-applied";

    private final EmbeddedPostgres postgres;
    private final String password;
    private final String version;
    private final int versionNumber;

    private EmbeddedServer(EmbeddedPostgres postgres, String password, String version, int versionNumber) {
        this.postgres = postgres;
        this.password = password;
        this.versionNumber = versionNumber;
        this.version = version;
    }

    /** Starts (initialising on first use) the server whose files live in {@code folder}. */
    public static EmbeddedServer start(Path folder) throws ServerException {
        Path dataDir = folder.resolve("data");
        Path log = folder.resolve("server.log");
        try {
            Files.createDirectories(folder);
            String password = Secrets.loadOrCreate(folder.resolve("superuser.secret"));
            StalePostmaster.stopIfRunning(dataDir);
            setAsideHalfInitialised(dataDir);
            boolean authApplied = Files.exists(dataDir.resolve(AUTH_MARKER));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(folder.resolve("runtime").toFile())
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("log_min_messages", "warning")
                    .setServerConfig("idle_in_transaction_session_timeout", "600000")
                    .setConnectConfig("password", password)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectoryCustomizer(dir -> {
                        if (authApplied) {
                            writePasswordOnlyHba(dir.toPath());
                        }
                    })
                    .start();
            try {
                if (!authApplied) {
                    requirePasswords(postgres, password, dataDir);
                }
                try (Connection c = postgres.getPostgresDatabase().getConnection();
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('server_version_num')::int")) {
                    rs.next();
                    return new EmbeddedServer(postgres, password, rs.getString(1).split(" ")[0], rs.getInt(2));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new ServerException("The embedded PostgreSQL started but refused pgdrill: " + ConnectionFailures.firstLine(e),
                    "Delete " + dataDir + " to let pgdrill create it again (practice datasets are rebuilt; progress is not stored there).", e);
        } catch (IOException | UncheckedIOException | IllegalStateException | ExceptionInInitializerError e) {
            throw explainStartFailure(e, folder, log);
        }
    }

    private static ServerException explainStartFailure(Throwable e, Path folder, Path log) {
        String message = ConnectionFailures.firstLine(e);
        if (message.contains("No Postgres binary found")) {
            return new ServerException("No embedded PostgreSQL for this platform (" + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ")",
                    "Point pgdrill at your own PostgreSQL: pgdrill --db jdbc:postgresql://localhost:5432/postgres?user=…&password=…", e);
        }
        if (message.contains("could not lock")) {
            return new ServerException("Another pgdrill is using the embedded PostgreSQL in " + folder,
                    "Close the other pgdrill window, or start this one with another --data-dir.", e);
        }
        if (!Files.isWritable(folder)) {
            return new ServerException("Cannot write to " + folder, "Make the data folder writable or choose another with --data-dir.", e);
        }
        return new ServerException("The embedded PostgreSQL did not start: " + message,
                "See " + log + " for the server's own messages; if it keeps failing, delete " + folder.resolve("data")
                        + " (datasets are rebuilt) or use your own server with --db.", e);
    }

    /** A data folder without postgresql.conf is what a crash during initdb leaves; initdb refuses it. */
    private static void setAsideHalfInitialised(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir) && !Files.exists(dataDir.resolve("postgresql.conf"))) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    Path aside = dataDir.resolveSibling("data.broken-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                    LOG.warning("Moving half-initialised PostgreSQL data folder aside to " + aside);
                    Files.move(dataDir, aside);
                }
            }
        }
    }

    /** First start: initdb trusted every local login; set the password, then allow password logins only. */
    private static void requirePasswords(EmbeddedPostgres postgres, String password, Path dataDir) throws SQLException, IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
            writePasswordOnlyHba(dataDir);
            s.execute("SELECT pg_reload_conf()");
        }
        Files.writeString(dataDir.resolve(AUTH_MARKER), "scram-sha-256\n", StandardCharsets.UTF_8);
    }

    private static void writePasswordOnlyHba(Path dataDir) {
        String hba = "# Written by pgdrill: loopback TCP only, passwords required.\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n"
                + "host all all ::1/128 scram-sha-256\n";
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + version + " on port " + port();
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
        return true;
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public Connection adminConnection(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "pgdrill-admin");
        return connect(database, SUPERUSER, password, properties);
    }

    @Override
    public Connection connect(String database, String user, String password, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(extra);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.putIfAbsent("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, properties);
    }

    /** A JDBC URL (with the admin password) for tools and tests that want this server as a "configured" one. */
    public String adminUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres?user=" + SUPERUSER + "&password=" + password;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not stop the embedded PostgreSQL", e);
        }
    }
}
