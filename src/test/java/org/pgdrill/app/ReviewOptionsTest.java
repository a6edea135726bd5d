package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.review.FsrsParameters;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

class ReviewOptionsTest {
    @TempDir
    Path dataDir;

    @Test
    void stepsAreWrittenLikeAnkis() {
        assertThat(ReviewOptions.steps("1m 10m")).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(ReviewOptions.steps("30s,2h")).containsExactly(Duration.ofSeconds(30), Duration.ofHours(2));
        assertThat(ReviewOptions.steps("  ")).isEmpty();
        assertThatThrownBy(() -> ReviewOptions.steps("10 minutes")).hasMessageContaining("like 10m");
    }

    @Test
    void storedSettingsBecomeSchedulerParametersAndNonsenseFallsBackToTheDefaults() throws Exception {
        try (ProgressStore store = Stores.open(dataDir, new MutableClock(Instant.parse("2026-11-23T10:00:00Z")))) {
            SettingsRepository repository = new SettingsRepository(store);
            Settings settings = Settings.load(repository);
            assertThat(ReviewOptions.parameters(settings)).isEqualTo(FsrsParameters.defaults());

            settings.put(SettingKey.REVIEW_DESIRED_RETENTION, "0.85");
            settings.put(SettingKey.REVIEW_LEARNING_STEPS, "5m");
            settings.put(SettingKey.REVIEW_FUZZ, "false");
            FsrsParameters chosen = ReviewOptions.parameters(settings);
            assertThat(chosen.desiredRetention()).isEqualTo(0.85);
            assertThat(chosen.learningSteps()).containsExactly(Duration.ofMinutes(5));
            assertThat(chosen.fuzz()).isFalse();

            settings.put(SettingKey.REVIEW_DESIRED_RETENTION, "1.5");
            assertThat(ReviewOptions.parameters(settings)).isEqualTo(FsrsParameters.defaults());
            settings.put(SettingKey.REVIEW_DAY_START_HOUR, "25");
            assertThat(ReviewOptions.reviewDay(settings, ZoneOffset.UTC).startHour()).isEqualTo(4);
            assertThat(List.of(SettingKey.values())).filteredOn(k -> !k.portable())
                    .extracting(SettingKey::key).contains("postgres.url", "window.x");
        }
    }
}
