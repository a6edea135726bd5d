package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

class BackupsTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private Backups backups() {
        return new Backups(Stores.location(dataDir), clock, ZoneOffset.UTC);
    }

    @Test
    void aBackupIsAVerifiedZipNamedWithItsSaveCounter() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("ui.theme", "dark");
            new SettingsRepository(store).put("review.newCardsPerDay", "15");
            BackupFile backup = backups().create(store);

            assertThat(backup.saveCounter()).isEqualTo(2);
            assertThat(backup.storeId()).isEqualTo(store.storeId());
            assertThat(backup.path().getFileName().toString()).isEqualTo("pgdrill-20261123T100000000Z-c000000000002-" + store.storeId() + ".zip");
            try (ZipFile zip = new ZipFile(backup.path().toFile())) {
                assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactly("pgdrill.mv.db");
            }
            String url = "jdbc:h2:zip:" + backup.path() + "!/pgdrill";
            try (Connection c = DriverManager.getConnection(url, "pgdrill", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT setting_value FROM settings WHERE setting_key = 'ui.theme'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("dark");
            }
            try (var files = Files.list(dataDir.resolve("backups"))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(backup.path().getFileName().toString());
            }
        }
    }

    @Test
    void leftoverTempFilesAreClearedAndOldBackupsThinned() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            Path folder = Files.createDirectories(dataDir.resolve("backups"));
            Files.writeString(folder.resolve(".pgdrill-backup-99.zip.tmp"), "half a backup from a crash");
            // thirty days with two backups each; names only, rotation judges by name
            for (int day = 1; day <= 30; day++) {
                for (int hour : new int[] {9, 18}) {
                    Instant at = clock.instant().minus(Duration.ofDays(day)).plus(Duration.ofHours(hour - 10));
                    Files.createFile(folder.resolve(BackupFile.fileName(at, day * 2L + (hour == 18 ? 1 : 0), "ffffffffffffffff")));
                }
            }
            backups().create(store);
            List<BackupFile> left = backups().list();
            assertThat(Files.exists(folder.resolve(".pgdrill-backup-99.zip.tmp"))).isFalse();
            // 23 Nov 2026 is a Monday. Kept: today's new backup, yesterday's newest, 12 more days (2-13 days ago),
            // then one per week: 8 Nov, 1 Nov, 25 Oct (Sundays; 9 Nov shares a week with 10 Nov, already kept),
            // plus the other store's highest counter (30 days ago, 18:00) = 18
            assertThat(left).hasSize(18);
            assertThat(left).extracting(b -> b.createdAt().atZone(ZoneOffset.UTC).getHour()).doesNotContain(9);
        }
    }

    @Test
    void aBackupWhoseContentDoesNotMatchItsNameIsRefused() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("a", "1");
            BackupFile real = backups().create(store);
            Path liar = real.path().resolveSibling(BackupFile.fileName(real.createdAt(), 99, store.storeId()));
            Files.copy(real.path(), liar);
            BackupFile claimed = BackupFile.parse(liar).orElseThrow();
            assertThatThrownBy(() -> backups().verify(claimed))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessageContaining(liar.toString()).hasMessageContaining("at save 1");
            Files.writeString(real.path(), "not a zip");
            assertThatThrownBy(() -> backups().verify(real)).hasMessageContaining("cannot be used");
        }
    }
}
