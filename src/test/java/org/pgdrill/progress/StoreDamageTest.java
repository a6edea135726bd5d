package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.StoreDamage.Kind;
import org.pgdrill.progress.StoreDamage.Recovery;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

/** The three kinds of damaged progress file (empty, unreadable, older than its backup) and a missing one. */
class StoreDamageTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<StoreDamage> asked = new ArrayList<>();

    private StoreDamage.Handler answer(Recovery recovery) {
        return damage -> {
            asked.add(damage);
            return recovery;
        };
    }

    private Path file() {
        return Stores.location(dataDir).databaseFile();
    }

    /** A store with {@code saves} settings saved and a backup of it. */
    private BackupFile storeWithBackup(int saves) throws Exception {
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            for (int i = 1; i <= saves; i++) {
                new SettingsRepository(store).put("note." + i, "saved " + i);
            }
            clock.advance(Duration.ofMinutes(1));
            return new Backups(store.location(), clock, ZoneOffset.UTC).create(store);
        }
    }

    private List<Path> keptAside() throws Exception {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("pgdrill.mv.db.damaged-")).toList();
        }
    }

    private String setting(ProgressStore store, String key) throws Exception {
        return new SettingsRepository(store).get(key).orElse(null);
    }

    @Test
    void anEmptyFileIsKeptAsideAndTheBackupRestoredAfterAsking() throws Exception {
        BackupFile backup = storeWithBackup(3);
        Files.write(file(), new byte[0]);

        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.RESTORE_BACKUP))) {
            assertThat(asked).singleElement().satisfies(damage -> {
                assertThat(damage.kind()).isEqualTo(Kind.EMPTY);
                assertThat(damage.backup()).contains(backup);
                assertThat(damage.describe(ZoneOffset.UTC)).contains("is empty").contains("Monday 23 November 2026, 10:01");
            });
            assertThat(setting(store, "note.3")).isEqualTo("saved 3");
            assertThat(store.saveCounter()).isEqualTo(3);
        }
        assertThat(keptAside()).singleElement().satisfies(aside -> assertThat(Files.size(aside)).isZero());
    }

    @Test
    void anEmptyFileWithoutBackupsStartsOverWithoutAsking() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[0]);
        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.CANCEL))) {
            assertThat(asked).isEmpty();
            assertThat(store.saveCounter()).isZero();
        }
        assertThat(keptAside()).hasSize(1);
    }

    @Test
    void anUnreadableFileIsLeftAloneWhenTheLearnerCancels() throws Exception {
        storeWithBackup(2);
        byte[] garbage = new byte[(int) Files.size(file())];
        new Random(7).nextBytes(garbage);
        Files.write(file(), garbage);

        assertThatThrownBy(() -> Stores.open(dataDir, clock, answer(Recovery.CANCEL)))
                .isInstanceOf(ProgressStoreException.class)
                .hasMessageContaining("is damaged and cannot be read")
                .hasMessageContaining("Nothing was changed")
                .hasMessageContaining("--restore-backup")
                .satisfies(e -> assertThat(((ProgressStoreException) e).reason()).isEqualTo(ProgressStoreException.Reason.DAMAGED));
        assertThat(asked).singleElement().extracting(StoreDamage::kind).isEqualTo(Kind.UNREADABLE);
        assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
        assertThat(keptAside()).isEmpty();

        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.RESTORE_BACKUP))) {
            assertThat(setting(store, "note.2")).isEqualTo("saved 2");
        }
        assertThat(Files.readAllBytes(keptAside().get(0))).isEqualTo(garbage);
    }

    @Test
    void aFileOlderThanItsBackupIsNoticedByTheSaveCounter() throws Exception {
        storeWithBackup(2);
        Path snapshot = dataDir.resolve("snapshot-at-save-2.mv.db");
        Files.copy(file(), snapshot);
        BackupFile newer;
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("note.3", "saved 3");
            new SettingsRepository(store).put("note.4", "saved 4");
            clock.advance(Duration.ofMinutes(30));
            newer = new Backups(store.location(), clock, ZoneOffset.UTC).create(store);
        }
        // the file falls back to an older state, as random bytes mid-file can make H2 do silently
        Files.copy(snapshot, file(), StandardCopyOption.REPLACE_EXISTING);

        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.RESTORE_BACKUP))) {
            assertThat(asked).singleElement().satisfies(damage -> {
                assertThat(damage.kind()).isEqualTo(Kind.OLDER_THAN_BACKUP);
                assertThat(damage.backup()).contains(newer);
            });
            assertThat(setting(store, "note.4")).isEqualTo("saved 4");
            assertThat(store.saveCounter()).isEqualTo(4);
        }
        assertThat(keptAside()).hasSize(1);
    }

    @Test
    void keepingAnOlderFileIsRememberedSoTheQuestionIsNotAskedAgain() throws Exception {
        storeWithBackup(1);
        Path snapshot = dataDir.resolve("snapshot.mv.db");
        Files.copy(file(), snapshot);
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("note.2", "saved 2");
            new Backups(store.location(), clock, ZoneOffset.UTC).create(store);
        }
        Files.copy(snapshot, file(), StandardCopyOption.REPLACE_EXISTING);

        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.CONTINUE_WITHOUT_BACKUP))) {
            assertThat(setting(store, "note.2")).isNull();
            assertThat(store.saveCounter()).isGreaterThan(2);
        }
        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.CANCEL))) {
            assertThat(asked).hasSize(1);
        }
    }

    @Test
    void aMissingFileWithBackupsIsAskedAboutAndCanStartFresh() throws Exception {
        BackupFile backup = storeWithBackup(1);
        Files.delete(file());
        String freshId;
        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.CONTINUE_WITHOUT_BACKUP))) {
            assertThat(asked).singleElement().extracting(StoreDamage::kind).isEqualTo(Kind.MISSING);
            freshId = store.storeId();
            assertThat(freshId).isNotEqualTo(backup.storeId());
        }
        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.CANCEL))) {
            assertThat(store.storeId()).isEqualTo(freshId);
            assertThat(asked).hasSize(1);
        }
    }

    @Test
    void aDamagedNewestBackupIsPassedOverForAnOlderGoodOne() throws Exception {
        BackupFile good = storeWithBackup(1);
        BackupFile broken;
        try (ProgressStore store = Stores.open(dataDir, clock)) {
            new SettingsRepository(store).put("note.2", "saved 2");
            clock.advance(Duration.ofDays(1)); // yesterday's backup is kept next to today's
            broken = new Backups(store.location(), clock, ZoneOffset.UTC).create(store);
        }
        Files.writeString(broken.path(), "truncated by a crash");
        Files.write(file(), new byte[0]);

        try (ProgressStore store = Stores.open(dataDir, clock, answer(Recovery.RESTORE_BACKUP))) {
            assertThat(asked.get(0).backup()).contains(good);
            assertThat(setting(store, "note.1")).isEqualTo("saved 1");
        }
    }
}
