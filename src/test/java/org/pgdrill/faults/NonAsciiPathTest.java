package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.StoreDamage;

/** RELIABILITY.md: a data folder whose path is not ASCII (and has spaces and a quote) works end to end. */
class NonAsciiPathTest {
    @TempDir
    Path dir;

    @Test
    void storeBackupRestoreExportAndImportUnderANonAsciiPath() throws Exception {
        Path dataDir = dir.resolve("Straße データ 📚 עברית it's");
        AppConfig config = new AppConfig(dataDir, Optional.empty(), List.of());
        BackupFile backup;
        try (App app = App.open(config)) {
            app.progress().notes().save(Children.note(1, "Ünïcödé ✓"));
            backup = app.backups().backupNow();
            app.transfer().export(dataDir.resolve("Export für Ana.json"));
        }
        assertThat(backup.path().getParent()).isEqualTo(dataDir.resolve("backups"));

        Files.write(dataDir.resolve("progress/pgdrill.mv.db"), new byte[0]);
        try (App app = App.open(config, Clock.systemUTC(), ZoneOffset.UTC, damage -> StoreDamage.Recovery.RESTORE_BACKUP)) {
            assertThat(app.progress().notes().note("postgresql", "lesson-1").orElseThrow().body()).isEqualTo("Ünïcödé ✓");
            assertThat(app.transfer().importFile(dataDir.resolve("Export für Ana.json")).changedNothing()).isTrue();
        }
    }
}
