package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

class ProgressStoreTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void aNewStoreIsCreatedWithTheWholeSchemaAndAnId() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            assertThat(store.file()).isEqualTo(dataDir.resolve("progress/pgdrill.mv.db").toAbsolutePath());
            assertThat(Files.size(store.file())).isPositive();
            assertThat(store.storeId()).hasSize(16);
            assertThat(store.saveCounter()).isZero();
            int tables = store.read(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    return n;
                }
            });
            // settings, store_meta, 10 progress tables and Flyway's history
            assertThat(tables).isEqualTo(12);
        }
    }

    @Test
    void everyWriteRaisesTheSaveCounterAndSurvivesReopening() throws Exception {
        String id;
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            id = store.storeId();
            SettingsRepository settings = new SettingsRepository(store);
            settings.put("ui.theme", "dark");
            settings.putAll(Map.of("a", "1", "b", "2"));
            settings.all(); // reads do not count
            assertThat(store.saveCounter()).isEqualTo(2);
        }
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            assertThat(store.storeId()).isEqualTo(id);
            assertThat(store.saveCounter()).isEqualTo(2);
            assertThat(new SettingsRepository(store).get("ui.theme")).contains("dark");
        }
    }

    @Test
    void aFailedWriteKeepsNothingAndDoesNotCount() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            assertThatThrownBy(() -> store.write(c -> {
                try (PreparedStatement ok = c.prepareStatement(
                        "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('kept?', 'no', CURRENT_TIMESTAMP)")) {
                    ok.executeUpdate();
                }
                try (PreparedStatement broken = c.prepareStatement("INSERT INTO no_such_table VALUES (1)")) {
                    broken.executeUpdate();
                }
                return null;
            })).isInstanceOf(ProgressStoreException.class).hasMessageContaining("Could not save progress");
            assertThat(new SettingsRepository(store).get("kept?")).isEmpty();
            assertThat(store.saveCounter()).isZero();
        }
    }

    @Test
    void settingsRememberWhenTheyChanged() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("ui.theme", "dark");
            Instant stored = store.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT updated_at FROM settings WHERE setting_key = 'ui.theme'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
                }
            });
            assertThat(stored).isEqualTo(clock.instant());
        }
    }
}
