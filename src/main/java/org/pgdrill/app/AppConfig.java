package org.pgdrill.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user chose on the command line or in the environment, before any setting is read.
 *
 * @param dataDir        the data folder (progress, backups, embedded PostgreSQL, logs)
 * @param databaseUrl    a user's own PostgreSQL ({@code --db} or {@code PGDRILL_DB_URL}); empty means
 *                       "use the settings, else the embedded server"
 * @param lessonFolders  folders of lesson packs to load (each a pack or a folder of packs)
 */
public record AppConfig(Path dataDir, Optional<String> databaseUrl, List<Path> lessonFolders) {
    public static final String ENV_DB_URL = "PGDRILL_DB_URL";
    public static final String ENV_LESSONS = "PGDRILL_LESSONS";

    public AppConfig {
        dataDir = dataDir.toAbsolutePath().normalize();
        databaseUrl = databaseUrl.filter(url -> !url.isBlank());
        lessonFolders = List.copyOf(lessonFolders);
    }

    /** Resolves the configuration from explicit options, then the environment, then defaults. */
    public static AppConfig resolve(Path dataDirOption, String dbOption, List<Path> lessonOptions, Map<String, String> env) {
        Path dataDir = DataDirectories.resolve(dataDirOption, env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        Optional<String> db = Optional.ofNullable(dbOption).or(() -> Optional.ofNullable(env.get(ENV_DB_URL)));
        List<Path> lessons = lessonOptions != null && !lessonOptions.isEmpty() ? lessonOptions
                : Optional.ofNullable(env.get(ENV_LESSONS)).filter(s -> !s.isBlank()).map(s -> List.of(Path.of(s)))
                        .orElseGet(ShippedLessons::candidates);
        return new AppConfig(dataDir, db, lessons);
    }

    public Path progressDir() {
        return dataDir.resolve("progress");
    }

    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
