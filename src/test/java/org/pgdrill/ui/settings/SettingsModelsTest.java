package org.pgdrill.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.app.ReviewOptions;
import org.pgdrill.app.SettingKey;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.testing.MutableClock;

/** The review options, backups and export/import behind the Settings page, on real progress files. */
class SettingsModelsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 23 November 2026, 19:00 in Berlin. */
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() throws Exception {
        app = open(dir.resolve("laptop"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private App open(Path dataDir) throws Exception {
        return App.open(new AppConfig(dataDir, Optional.empty(), List.of()), new MutableClock(EVENING), BERLIN, StoreDamage.Handler.CANCEL);
    }

    private DataViewModel data(App on) {
        return new DataViewModel(on.backups(), on.transfer(), on.config().dataDir(), on.config().backupDir(), new InlineTaskRunner(), BERLIN);
    }

    @Test
    void reviewOptionsAreStoredAndUsedByTheScheduler() throws Exception {
        ReviewSettingsViewModel review = new ReviewSettingsViewModel(app.settings(), new InlineTaskRunner());
        assertThat(review.retentionPercentProperty().get()).isEqualTo(90);
        assertThat(review.newCardsPerDayProperty().get()).isEqualTo(20);
        assertThat(review.dayStartHourProperty().get()).isEqualTo(4);

        review.retentionPercentProperty().set(85);
        review.newCardsPerDayProperty().set(5);
        review.dayStartHourProperty().set(6);

        assertThat(review.messageProperty().get()).isEqualTo("Saved. A study day starts at 06:00.");
        app.close();
        app = open(dir.resolve("laptop"));
        assertThat(app.settings().get(SettingKey.REVIEW_DESIRED_RETENTION)).isEqualTo("0.85");
        assertThat(ReviewOptions.parameters(app.settings()).desiredRetention()).isEqualTo(0.85);
        assertThat(ReviewOptions.queueOptions(app.settings(), BERLIN).newCardsPerDay()).isEqualTo(5);
        assertThat(ReviewOptions.reviewDay(app.settings(), BERLIN).startHour()).isEqualTo(6);
    }

    @Test
    void valuesOutsideTheirRangeAreBroughtBackIntoIt() {
        ReviewSettingsViewModel review = new ReviewSettingsViewModel(app.settings(), new InlineTaskRunner());

        review.retentionPercentProperty().set(99);
        review.dayStartHourProperty().set(24);
        review.newCardsPerDayProperty().set(-3);

        assertThat(review.retentionPercentProperty().get()).isEqualTo(97);
        assertThat(app.settings().get(SettingKey.REVIEW_DESIRED_RETENTION)).isEqualTo("0.97");
        assertThat(app.settings().get(SettingKey.REVIEW_DAY_START_HOUR)).isEqualTo("23");
        assertThat(app.settings().get(SettingKey.REVIEW_NEW_CARDS_PER_DAY)).isEqualTo("0");
    }

    @Test
    void aStoredValueFromAnOlderRangeIsShownInRangeWithoutBeingRewritten() throws Exception {
        app.settings().put(SettingKey.REVIEW_DESIRED_RETENTION, "0.7");

        ReviewSettingsViewModel review = new ReviewSettingsViewModel(app.settings(), new InlineTaskRunner());

        assertThat(review.retentionPercentProperty().get()).isEqualTo(80);
        assertThat(app.settings().get(SettingKey.REVIEW_DESIRED_RETENTION)).isEqualTo("0.7");
    }

    @Test
    void backUpNowNamesTheNewestBackup() {
        DataViewModel data = data(app);
        data.refresh();
        assertThat(data.newestBackupProperty().get()).startsWith("No backup yet");

        data.backUpNow();

        assertThat(data.newestBackupProperty().get()).isEqualTo("Newest backup: Monday 23 November 2026, 19:00 (1 backup kept).");
        assertThat(data.backupMessageProperty().get()).startsWith("Backed up to pgdrill-20261123T180000000Z-c");
        assertThat(app.backups().backups().list()).hasSize(1);
    }

    @Test
    void progressExportedHereIsImportedThereAndTheSecondImportChangesNothing() throws Exception {
        app.settings().put(SettingKey.THEME, "dark");
        app.progress().notes().save(new LessonNote("postgresql", "vacuum", "dead tuples", EVENING));
        Path file = dir.resolve("progress.json");
        DataViewModel laptop = data(app);

        laptop.exportProgress(file);

        assertThat(laptop.transferMessageProperty().get())
                .isEqualTo("Exported 2 records to " + file + ". Import that file on your other machine.");
        try (App desktop = open(dir.resolve("desktop"))) {
            DataViewModel there = data(desktop);
            there.importProgress(file);
            assertThat(there.transferMessageProperty().get())
                    .isEqualTo("Imported progress.json: 2 added, 0 updated, 0 already up to date. A backup was taken first.");
            assertThat(there.lastImportProperty().get().added()).isEqualTo(2);
            assertThat(desktop.settings().get(SettingKey.THEME)).isEqualTo("dark");
            assertThat(desktop.progress().notes().note("postgresql", "vacuum")).isPresent();

            there.importProgress(file);
            assertThat(there.transferMessageProperty().get()).contains("0 added, 0 updated, 2 already up to date");
        }
    }

    @Test
    void aBrokenFileNamesItsLineAndImportsNothing() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\" : \"pgdrill-progress\",\n  \"formatVersion\" : 1,\n  \"notes\" : [ { \"trackId\" : \"t\" \"x\" } ]\n}\n");
        long before = app.store().saveCounter();
        DataViewModel data = data(app);

        data.importProgress(file);

        assertThat(data.transferMessageProperty().get()).startsWith(file + ":4: ")
                .endsWith("Nothing was imported; fix the file or export it again.");
        assertThat(data.lastImportProperty().get()).isNull();
        assertThat(app.store().saveCounter()).isEqualTo(before);

        data.importProgress(dir.resolve("missing.json"));
        assertThat(data.transferMessageProperty().get()).contains(dir.resolve("missing.json").toString()).contains("Nothing was imported");
    }
}
