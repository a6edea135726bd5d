package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.review.Card;
import org.pgdrill.review.CardState;
import org.pgdrill.review.IntervalText;
import org.pgdrill.review.Rating;
import org.pgdrill.review.ScheduledReview;
import org.pgdrill.testing.MutableClock;

/** Studying flashcards through the app: scheduling from review, state and log in the real store. */
class FlashcardReviewsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 19:00 in Berlin
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(EVENING);
    private App app;

    private final FlashcardKey xmin = new FlashcardKey("postgresql", "mvcc", "xmin");
    private final FlashcardKey vacuum = new FlashcardKey("postgresql", "mvcc", "vacuum");
    private final FlashcardKey hot = new FlashcardKey("postgresql", "mvcc", "hot-update");
    private final List<FlashcardKey> course = List.of(xmin, vacuum, hot);

    @BeforeEach
    void open() throws Exception {
        app = App.open(new AppConfig(dataDir, Optional.empty(), List.of()), clock, ZONE, StoreDamage.Handler.CANCEL);
        app.settings().put(SettingKey.REVIEW_FUZZ, "false");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRatingIsScheduledAndStoredWithItsLogEntry() throws Exception {
        Map<Rating, ScheduledReview> preview = app.flashcards().preview(xmin);
        assertThat(IntervalText.format(preview.get(Rating.AGAIN).log().interval())).isEqualTo("1m");
        assertThat(IntervalText.format(preview.get(Rating.EASY).log().interval())).isEqualTo("8d");

        Card rated = app.flashcards().rate(xmin, Rating.GOOD, OptionalLong.of(3500));
        assertThat(rated.state()).isEqualTo(CardState.LEARNING);
        assertThat(rated.due()).isEqualTo(EVENING.plus(Duration.ofMinutes(10)));
        assertThat(app.flashcards().card(xmin)).isEqualTo(rated);
        List<FlashcardReview> history = app.progress().flashcards().history(xmin);
        assertThat(history).singleElement().satisfies(log -> {
            assertThat(log.rating()).isEqualTo(3);
            assertThat(log.stateBefore()).isEqualTo("NEW");
            assertThat(log.intervalSeconds()).isEqualTo(600);
            assertThat(log.durationMillis()).hasValue(3500);
        });
    }

    @Test
    void todaysQueueHonoursTheNewCardLimitAcrossTheStudyDay() throws Exception {
        app.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "2");
        assertThat(app.flashcards().today(course).newCards()).containsExactly(xmin, vacuum);

        app.flashcards().rate(xmin, Rating.GOOD, OptionalLong.empty());
        var afterOne = app.flashcards().today(course);
        assertThat(afterOne.newCards()).containsExactly(vacuum);
        assertThat(afterOne.learning()).isEmpty();
        assertThat(afterOne.nextLearningDue()).contains(EVENING.plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(10));
        assertThat(app.flashcards().today(course).all()).containsExactly(xmin, vacuum);

        app.flashcards().rate(vacuum, Rating.EASY, OptionalLong.empty());
        assertThat(app.flashcards().today(course).newCards()).as("two new cards started today").isEmpty();

        // 03:30 next morning still belongs to Monday's study day (it starts at 04:00); 04:30 is Tuesday
        clock.set(Instant.parse("2026-11-24T02:30:00Z"));
        assertThat(app.flashcards().today(course).newCards()).isEmpty();
        clock.set(Instant.parse("2026-11-24T03:30:00Z"));
        assertThat(app.flashcards().today(course).newCards()).containsExactly(hot);
        assertThat(app.flashcards().reviewAhead(course, 5)).containsExactly(vacuum);
    }

    @Test
    void theDesiredRetentionSettingChangesIntervals() throws Exception {
        Card atNinety = app.flashcards().preview(xmin).get(Rating.EASY).card();
        app.settings().put(SettingKey.REVIEW_DESIRED_RETENTION, "0.8");
        Card atEighty = app.flashcards().preview(xmin).get(Rating.EASY).card();
        // S = 8.2956: 0.9 -> 8 days; 0.8 -> 8.2956 / 0.980346 · (0.8^(-6.485084) - 1) = 27.5 -> 28 days
        assertThat(Duration.between(atNinety.lastReview(), atNinety.due())).isEqualTo(Duration.ofDays(8));
        assertThat(Duration.between(atEighty.lastReview(), atEighty.due())).isEqualTo(Duration.ofDays(28));
    }
}
