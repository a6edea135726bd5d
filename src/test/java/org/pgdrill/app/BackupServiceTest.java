package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.Backups;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.ReadOnlyFolder;
import org.pgdrill.testing.Stores;

/** Automatic backups: at start if anything changed, then after 30 minutes of changes, never for nothing. */
class BackupServiceTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final AtomicLong monotonic = new AtomicLong(1_000);
    private ProgressStore store;
    private BackupService service;

    @BeforeEach
    void open() throws Exception {
        store = Stores.open(dataDir, clock);
        service = new BackupService(store, new Backups(store.location(), clock, ZoneOffset.UTC), monotonic::get);
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private void save(String key) throws ProgressStoreException {
        new SettingsRepository(store).put(key, "x");
    }

    private void minutesPass(int minutes) {
        monotonic.addAndGet(Duration.ofMinutes(minutes).toNanos());
        clock.advance(Duration.ofMinutes(minutes));
    }

    @Test
    void atStartOnlyWhenSomethingChangedSinceTheNewestBackup() throws Exception {
        save("a");
        assertThat(service.backupIfChangedSinceLastBackup()).isPresent();
        assertThat(service.backupIfChangedSinceLastBackup()).as("nothing saved since").isEmpty();
        save("b");
        assertThat(service.backupIfChangedSinceLastBackup()).hasValueSatisfying(b -> assertThat(b.saveCounter()).isEqualTo(2));
    }

    @Test
    void thenEveryThirtyMinutesOfChanges() throws Exception {
        save("a");
        service.backupIfChangedSinceLastBackup();
        save("b");
        minutesPass(29);
        assertThat(service.backupIfDue()).as("changes, but only 29 minutes").isEmpty();
        minutesPass(1);
        assertThat(service.backupIfDue()).as("changes and 30 minutes").isPresent();
        minutesPass(45);
        assertThat(service.backupIfDue()).as("45 minutes but no change").isEmpty();
        save("c");
        assertThat(service.backupIfDue()).as("a change after a quiet while is backed up at the next check").isPresent();
    }

    @Test
    void aWallClockSetBackDoesNotStopBackups() throws Exception {
        save("a");
        service.backupIfChangedSinceLastBackup();
        save("b");
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        monotonic.addAndGet(Duration.ofMinutes(30).toNanos());
        assertThat(service.backupIfDue()).isPresent();
    }

    @Test
    void aFailedBackupSaysWhyAndTheNextOneWorksAgain() throws Exception {
        save("a");
        Files.createDirectories(dataDir.resolve("backups"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(dataDir.resolve("backups"))) {
            assertThatThrownBy(() -> service.backupNow()).hasMessageContaining("the folder " + dataDir.resolve("backups") + " is read-only");
            assertThat(service.lastProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("is read-only"));
        }
        service.backupNow();
        assertThat(service.lastProblem()).isEmpty();
    }

    @Test
    void startingMakesTheStartUpBackupInTheBackground() throws Exception {
        save("a");
        service.startAutomatic(Duration.ofMinutes(1));
        long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (service.backups().list().isEmpty() && System.nanoTime() < limit) {
            Thread.sleep(20);
        }
        service.close();
        assertThat(service.backups().list()).singleElement().satisfies(b -> assertThat(b.saveCounter()).isEqualTo(1));
    }
}
