package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.review.Card;
import org.pgdrill.review.Rating;
import org.pgdrill.testing.MutableClock;

/**
 * RELIABILITY.md: the clock moved backwards. Ratings still store and schedule forward, backups still happen
 * and rotation keeps the newest one, and the store is not mistaken for one older than its backup (that check
 * counts saves, not time).
 */
class ClockBackwardsTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    @TempDir
    Path dataDir;

    @Test
    void ratingsBackupsAndOpeningSurviveAClockThatJumpedBack() throws Exception {
        MutableClock clock = new MutableClock(T);
        AppConfig config = new AppConfig(dataDir, Optional.empty(), List.of());
        FlashcardKey card = new FlashcardKey("postgresql", "mvcc", "xmin");
        BackupFile before;
        try (App app = App.open(config, clock, ZoneOffset.UTC, StoreDamage.Handler.CANCEL)) {
            app.flashcards().rate(card, Rating.EASY, OptionalLong.empty());
            before = app.backups().backupNow();

            clock.set(T.minus(Duration.ofDays(3))); // someone set the clock three days back
            Card rated = app.flashcards().rate(card, Rating.GOOD, OptionalLong.of(2000));
            assertThat(rated.lastReview()).isEqualTo(clock.instant());
            assertThat(rated.due()).isAfter(clock.instant());
            assertThat(app.progress().flashcards().history(card)).hasSize(2);

            BackupFile after = app.backups().backupNow();
            assertThat(after.createdAt()).isBefore(before.createdAt());
            assertThat(after.saveCounter()).isGreaterThan(before.saveCounter());
            assertThat(app.backups().backups().list()).contains(after);
        }
        clock.set(T.plus(Duration.ofDays(1))); // and back to normal
        try (App app = App.open(config, clock, ZoneOffset.UTC, damage -> {
            throw new AssertionError("not damaged: " + damage.describe(ZoneOffset.UTC));
        })) {
            assertThat(app.flashcards().card(card).reps()).isEqualTo(2);
        }
    }
}
