package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardRepository;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.progress.data.NoteRepository;
import org.pgdrill.progress.data.ProgressExport;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

/** RELIABILITY.md: files written by every earlier version open, migrate and keep their content. */
class MigrationFixturesTest {
    private static final String FIXTURES = "/org/pgdrill/progress/fixtures/";
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private void install(String version) throws Exception {
        Path target = Files.createDirectories(dataDir.resolve("progress")).resolve("pgdrill.mv.db");
        try (InputStream in = getClass().getResourceAsStream(FIXTURES + version + "/pgdrill.mv.db")) {
            assertThat(in).as("fixture " + version).isNotNull();
            Files.copy(in, target);
        }
    }

    private static List<String> migrations(ProgressStore store) throws Exception {
        return store.read(c -> {
            List<String> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            return versions;
        });
    }

    @Test
    void version1SettingsOnlyFileIsMigratedAndKeepsItsSettings() throws Exception {
        install("v1");
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            assertThat(migrations(store)).containsExactly("1", "2");
            assertThat(new SettingsRepository(store).all()).containsEntry("ui.theme", "dark").containsEntry("window.width", "1024.0");
            assertThat(store.saveCounter()).isZero();
            assertThat(store.storeId()).hasSize(16);
            // the new tables are there and usable
            new NoteRepository(store).save(new LessonNote("t", "l", "after the upgrade", clock.instant()));
            assertThat(store.saveCounter()).isEqualTo(1);
        }
    }

    @Test
    void version2FileOpensWithEverythingInIt() throws Exception {
        install("v2");
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            assertThat(migrations(store)).containsExactly("1", "2");
            assertThat(new NoteRepository(store).note("postgresql", "mvcc").orElseThrow().body())
                    .isEqualTo("VACUUM frees dead tuples; ✓ Straße");
            assertThat(new FlashcardRepository(store).state(new FlashcardKey("postgresql", "mvcc", "what-is-a-snapshot")).orElseThrow())
                    .satisfies(card -> {
                        assertThat(card.state()).isEqualTo("REVIEW");
                        assertThat(card.stability()).isEqualTo(8.2956);
                        assertThat(card.due()).isEqualTo(Instant.parse("2026-11-28T18:30:00Z"));
                    });
            String expected;
            try (InputStream in = getClass().getResourceAsStream(FIXTURES + "v2/expected-export.json")) {
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(ProgressExport.toJson(ProgressExport.snapshot(store, key -> true))).isEqualTo(expected);
        }
    }
}
