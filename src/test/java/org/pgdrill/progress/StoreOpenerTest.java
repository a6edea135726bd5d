package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

class StoreOpenerTest {
    @TempDir
    Path dataDir;

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() throws Exception {
        Path migrations = Path.of(StoreOpener.class.getResource("/org/pgdrill/progress/db").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(StoreOpener.SCHEMA_VERSION).as("raise StoreOpener.SCHEMA_VERSION with every new migration").isEqualTo(newest);
    }

    @Test
    void aCurrentFileOpensAgainWithItsContent() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("ui.theme", "dark");
        }
        for (int i = 0; i < 2; i++) {
            try (ProgressStore store = Stores.open(dataDir, clock)) {
                assertThat(new SettingsRepository(store).get("ui.theme")).contains("dark");
                assertThat(store.saveCounter()).isEqualTo(1);
            }
        }
    }
}
