package org.pgdrill.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where pgdrill keeps its data: the H2 progress file, backups, the embedded PostgreSQL, logs.
 * An explicit folder ({@code --data-dir}) wins over {@code PGDRILL_DATA_DIR}, which wins over the
 * platform default (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataDirectories {
    public static final String ENV_DATA_DIR = "PGDRILL_DATA_DIR";
    private static final String APP_FOLDER = "pgdrill";

    private DataDirectories() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_DATA_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, home);
    }

    public static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }

    /** The folder for the current user and environment. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
