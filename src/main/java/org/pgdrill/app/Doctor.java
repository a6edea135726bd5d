package org.pgdrill.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.LearnerLimits;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.server.ExternalServer;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.practice.server.ServerException;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.StoreLocation;
import org.pgdrill.progress.data.SettingsRepository;

/**
 * {@code pgdrill doctor}: where the data is, which PostgreSQL is used and whether it works, each
 * problem with its fix.
 */
public final class Doctor {
    private static final long LOW_SPACE_BYTES = 300L * 1024 * 1024;
    private final AppConfig config;

    public Doctor(AppConfig config) {
        this.config = config;
    }

    public List<Finding> examine() {
        List<Finding> findings = new ArrayList<>();
        findings.add(dataFolder());
        Optional<String> settingsUrl = progress(findings);
        findings.addAll(postgres(settingsUrl));
        return findings;
    }

    private Finding dataFolder() {
        Path folder = config.dataDir();
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".doctor", ".tmp");
            Files.delete(probe);
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < LOW_SPACE_BYTES) {
                return Finding.problem("Data folder", folder + " has only " + megabytes(free) + " free",
                        "Free some disk space, or move the data folder with --data-dir or PGDRILL_DATA_DIR.");
            }
            return Finding.ok("Data folder", folder + " (writable, " + megabytes(free) + " free)");
        } catch (IOException e) {
            return Finding.problem("Data folder", "cannot write to " + folder + ": " + e.getMessage(),
                    "Make it writable, or choose another folder with --data-dir or PGDRILL_DATA_DIR.");
        }
    }

    /** Reports the progress file and returns the database URL stored in Settings, if readable. */
    private Optional<String> progress(List<Finding> findings) {
        Path file = config.progressDir().resolve("pgdrill.mv.db");
        if (!Files.exists(file)) {
            findings.add(Finding.info("Progress", "no progress yet (" + file + " is created on first use)"));
            return Optional.empty();
        }
        try (ProgressStore store = ProgressStore.open(new StoreLocation(config.progressDir(), config.backupDir()), java.time.Clock.systemUTC(),
                StoreDamage.Handler.CANCEL)) {
            findings.add(Finding.ok("Progress", file + " (" + megabytes(Files.size(file)) + ")"));
            return new SettingsRepository(store).get(SettingKey.DATABASE_URL.key()).filter(url -> !url.isBlank());
        } catch (Exception e) {
            findings.add(Finding.info("Progress", file + " is in use (is pgdrill running?) or needs attention: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private List<Finding> postgres(Optional<String> settingsUrl) {
        List<Finding> findings = new ArrayList<>();
        String source = config.databaseUrl().isPresent() ? "--db or PGDRILL_DB_URL"
                : settingsUrl.isPresent() ? "Settings" : "the embedded server";
        try (ServerManager servers = new ServerManager(config, () -> settingsUrl.orElse(""))) {
            PostgresServer server;
            try {
                server = servers.start();
            } catch (ServerException e) {
                findings.add(Finding.problem("PostgreSQL", e.getMessage() + " (chosen by " + source + ")", e.fix()));
                return findings;
            }
            String where = server instanceof ExternalServer ? "" : " (data in " + config.postgresDir().resolve("data")
                    + ", log " + config.postgresDir().resolve("server.log") + ")";
            findings.add(Finding.ok("PostgreSQL", server.description() + where + ", chosen by " + source));
            if (server.versionNumber() < 150000) {
                findings.add(Finding.info("PostgreSQL version", "lessons are written for PostgreSQL 15–18; " + server.version()
                        + " may lack features some exercises use"));
            }
            findings.add(learnerLogins(server));
            findings.add(datasets(server));
        }
        return findings;
    }

    private static Finding learnerLogins(PostgresServer server) {
        try {
            PracticeRoles roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
            for (Access access : Access.values()) {
                try (Connection c = server.connect(server.maintenanceDatabase(), access.role(), roles.password(access), new Properties());
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Finding.problem("Learner logins", access.role() + " is a superuser",
                                "ALTER ROLE " + access.role() + " NOSUPERUSER; learner SQL must never run as a superuser.");
                    }
                }
            }
            return Finding.ok("Learner logins", String.join(", ", PracticeRoles.READER, PracticeRoles.WRITER, PracticeRoles.BUILDER)
                    + " log in with passwords renewed at every start; none is a superuser");
        } catch (SQLException e) {
            return Finding.problem("Learner logins", "could not set up or log in as the learner roles: " + e.getMessage(),
                    "Check that the account may CREATE ROLE, and that pg_hba.conf allows password logins for pgdrill_* roles.");
        }
    }

    private static Finding datasets(PostgresServer server) {
        try (Connection admin = server.adminConnection(server.maintenanceDatabase());
             Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(string_agg(datname, ', ' ORDER BY datname), '') FROM pg_database"
                     + " WHERE datname LIKE 'pgdrill\\_%'")) {
            rs.next();
            long count = rs.getLong(1);
            return Finding.info("Datasets", count == 0 ? "none installed yet (installed when an exercise first needs one)"
                    : count + " installed: " + rs.getString(2));
        } catch (SQLException e) {
            return Finding.problem("Datasets", "cannot list databases: " + e.getMessage(), "Check the account's privileges.");
        }
    }

    private static String megabytes(long bytes) {
        if (bytes >= 10L * 1024 * 1024 * 1024) {
            return bytes / (1024L * 1024 * 1024) + " GB";
        }
        return Math.max(1, bytes / (1024 * 1024)) + " MB";
    }
}
