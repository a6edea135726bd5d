package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoriesTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void explicitFolderWinsOverEnvironment() {
        Path chosen = DataDirectories.resolve(Path.of("/tmp/mine"), Map.of("PGDRILL_DATA_DIR", "/tmp/env"), "Linux", home);
        assertThat(chosen).isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void environmentWinsOverPlatformDefault() {
        Path chosen = DataDirectories.resolve(null, Map.of("PGDRILL_DATA_DIR", "/tmp/env"), "Linux", home);
        assertThat(chosen).isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDirectories.resolve(null, Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.local/share/pgdrill"));
        assertThat(DataDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", home))
                .isEqualTo(Path.of("/data/xdg/pgdrill"));
        // the XDG spec says relative values are invalid and must be ignored
        assertThat(DataDirectories.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/pgdrill"));
    }

    @Test
    void macAndWindowsUseTheirApplicationDataFolders() {
        assertThat(DataDirectories.platformDefault(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/pgdrill"));
        assertThat(DataDirectories.platformDefault(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/pgdrill"));
    }

    @Test
    void configTakesDatabaseUrlFromOptionThenEnvironment() {
        AppConfig fromEnv = AppConfig.resolve(Path.of("/tmp/x"), null, null, Map.of("PGDRILL_DB_URL", "jdbc:postgresql://h/db"));
        assertThat(fromEnv.databaseUrl()).contains("jdbc:postgresql://h/db");
        AppConfig fromOption = AppConfig.resolve(Path.of("/tmp/x"), "jdbc:postgresql://o/db", null, Map.of("PGDRILL_DB_URL", "jdbc:postgresql://h/db"));
        assertThat(fromOption.databaseUrl()).contains("jdbc:postgresql://o/db");
        AppConfig blank = AppConfig.resolve(Path.of("/tmp/x"), null, null, Map.of("PGDRILL_DB_URL", " "));
        assertThat(blank.databaseUrl()).isEmpty();
    }
}
