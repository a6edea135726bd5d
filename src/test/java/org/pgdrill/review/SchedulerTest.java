package org.pgdrill.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsParameters noFuzz = FsrsParameters.defaults().withFuzz(false);

    private static Duration wait(Card card) {
        return Duration.between(card.lastReview(), card.due());
    }

    @Test
    void aNewCardWalksThroughTheLearningSteps() {
        ScheduledReview first = Scheduler.schedule(Card.NEW, Rating.GOOD, T0, noFuzz);
        Card card = first.card();
        // Good on a new card: S0(3) = w2 = 2.3065, D0(3) = 2.118104 (see FsrsFormulaTest); next step is 10 minutes
        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(card.stability()).isEqualTo(2.3065);
        assertThat(card.difficulty()).isCloseTo(2.118104, within(1e-6));
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(card.reps()).isEqualTo(1);
        assertThat(first.log().stateBefore()).isEqualTo(CardState.NEW);

        Card second = Scheduler.schedule(card, Rating.GOOD, card.due(), noFuzz).card();
        // same day: short-term stability stays 2.3065 (increase 0.9945 is raised to 1);
        // D = 0.001 · -4.771631 + 0.999 · 2.118104 = 2.111214; last step passed -> review in round(2.3065) = 2 days
        assertThat(second.state()).isEqualTo(CardState.REVIEW);
        assertThat(second.stability()).isEqualTo(2.3065);
        assertThat(second.difficulty()).isCloseTo(2.111214, within(1e-6));
        assertThat(wait(second)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void againHardAndEasyOnANewCard() {
        Card again = Scheduler.schedule(Card.NEW, Rating.AGAIN, T0, noFuzz).card();
        assertThat(again.state()).isEqualTo(CardState.LEARNING);
        assertThat(again.step()).isZero();
        assertThat(wait(again)).isEqualTo(Duration.ofMinutes(1));

        Card hard = Scheduler.schedule(Card.NEW, Rating.HARD, T0, noFuzz).card();
        // Hard on the first step waits halfway between 1 and 10 minutes
        assertThat(hard.step()).isZero();
        assertThat(wait(hard)).isEqualTo(Duration.ofSeconds(330));

        Card easy = Scheduler.schedule(Card.NEW, Rating.EASY, T0, noFuzz).card();
        // Easy skips the steps: S0(4) = 8.2956 -> 8 days, D0(4) clamped to 1
        assertThat(easy.state()).isEqualTo(CardState.REVIEW);
        assertThat(wait(easy)).isEqualTo(Duration.ofDays(8));
        assertThat(easy.difficulty()).isEqualTo(1.0);
    }

    @Test
    void aLapseGoesThroughRelearningAndCountsAsALapse() {
        Card review = Scheduler.schedule(Card.NEW, Rating.EASY, T0, noFuzz).card();
        // recall probability 8 days after an 8.2956-day stability: (1 + 0.980346 · 8/8.2956)^-0.1542 = 0.902473
        assertThat(Scheduler.retrievability(review, review.due(), noFuzz)).isCloseTo(0.902473, within(1e-6));
        assertThat(Scheduler.retrievability(Card.NEW, T0, noFuzz)).isZero();
        Card lapsed = Scheduler.schedule(review, Rating.AGAIN, review.due(), noFuzz).card();
        assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
        assertThat(wait(lapsed)).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapsed.lapses()).isEqualTo(1);
        // forget stability with D = 1, S = 8.2956, R = 0.902473:
        // 1.4835 · 1^-0.0614 · (9.2956^0.2629 - 1) · e^(1.6483 · 0.097527) = 1.4835 · 0.797050 · 1.174395 = 1.388632
        // (below the cap 8.2956 / 1.050720 = 7.895155)
        assertThat(lapsed.stability()).isCloseTo(1.388632, within(1e-6));

        Card relearnt = Scheduler.schedule(lapsed, Rating.GOOD, lapsed.due(), noFuzz).card();
        assertThat(relearnt.state()).isEqualTo(CardState.REVIEW);
        assertThat(relearnt.lapses()).isEqualTo(1);
        assertThat(wait(relearnt)).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    /**
     * py-fsrs 6.x tests/test_basic.py test_review_card (FSRS-6 default weights): the same ratings, each given
     * at the due time, fuzz off. The same vector appears in ts-fsrs's FSRS-6 tests.
     */
    @Test
    void matchesThePublishedPyFsrsIntervalSequence() {
        List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        Card card = Card.NEW;
        Instant at = T0;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = Scheduler.schedule(card, rating, at, noFuzz).card();
            intervals.add(wait(card).toDays());
            at = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    /** py-fsrs 6.x tests/test_basic.py test_memo_state: stability and difficulty after a fixed history. */
    @Test
    void matchesThePublishedPyFsrsMemoryState() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] daysBefore = {0, 0, 1, 3, 8, 21};
        Card card = Card.NEW;
        Instant at = T0;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(daysBefore[i]));
            card = Scheduler.schedule(card, ratings.get(i), at, FsrsParameters.defaults()).card();
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void previewsShowWhatEachButtonWouldDo() {
        Map<Rating, ScheduledReview> outcomes = Scheduler.preview(Card.NEW, T0, noFuzz);
        String labels = outcomes.entrySet().stream()
                .map(e -> e.getKey().label() + " " + IntervalText.format(e.getValue().log().interval()))
                .collect(Collectors.joining(" · "));
        assertThat(labels).isEqualTo("Again 1m · Hard 6m · Good 10m · Easy 8d");
        // a preview is exactly what rating then does
        Map<Rating, ScheduledReview> fuzzed = Scheduler.preview(Card.NEW, T0, FsrsParameters.defaults());
        Card rated = Scheduler.schedule(Card.NEW, Rating.EASY, T0, FsrsParameters.defaults()).card();
        assertThat(fuzzed.get(Rating.EASY).card()).isEqualTo(rated);
    }

    @Test
    void fuzzStaysInsideItsRangeAndIsRepeatable() {
        // 10 days: delta = 1 + 0.15 · (7 - 2.5) + 0.10 · (10 - 7) = 1.975 -> [rint(8.025), rint(11.975)] = [8, 12]
        assertThat(Fuzz.range(10, 36_500)).containsExactly(8, 12);
        // 100 days: delta = 1 + 0.675 + 0.10 · 13 + 0.05 · 80 = 6.975 -> [93, 107]
        assertThat(Fuzz.range(100, 36_500)).containsExactly(93, 107);
        // under 2.5 days nothing moves; the maximum interval still caps
        assertThat(Fuzz.range(2, 36_500)).containsExactly(2, 2);
        assertThat(Fuzz.range(100, 100)).containsExactly(93, 100);

        Card review = Scheduler.schedule(Card.NEW, Rating.EASY, T0, noFuzz).card();
        java.util.Set<Long> seen = new java.util.TreeSet<>();
        for (int minute = 0; minute < 200; minute++) {
            Instant at = review.due().plus(Duration.ofMinutes(minute));
            Card once = Scheduler.schedule(review, Rating.GOOD, at, FsrsParameters.defaults()).card();
            Card twice = Scheduler.schedule(review, Rating.GOOD, at, FsrsParameters.defaults()).card();
            assertThat(twice.due()).isEqualTo(once.due());
            int exact = new Fsrs(noFuzz).intervalDays(once.stability());
            int[] range = Fuzz.range(exact, 36_500);
            assertThat(wait(once).toDays()).isBetween((long) range[0], (long) range[1]);
            seen.add(wait(once).toDays());
        }
        assertThat(seen).as("fuzz spreads intervals over several days").hasSizeGreaterThan(3);
    }

    @Test
    void aClockThatWentBackwardsIsTreatedAsASameDayReview() {
        Card review = Scheduler.schedule(Card.NEW, Rating.EASY, T0, noFuzz).card();
        Instant earlier = T0.minus(Duration.ofDays(3));
        ScheduledReview rated = Scheduler.schedule(review, Rating.GOOD, earlier, noFuzz);
        assertThat(rated.log().elapsedDays()).isEqualTo(-3);
        // short-term formula: Good never lowers stability
        assertThat(rated.card().stability()).isGreaterThanOrEqualTo(review.stability());
        assertThat(rated.card().due()).isAfter(earlier);
        assertThat(rated.card().lastReview()).isEqualTo(earlier);
    }

    @Test
    void theMaximumIntervalIsNeverExceeded() {
        FsrsParameters capped = FsrsParameters.defaults().withMaximumIntervalDays(100);
        FsrsParameters cappedNoFuzz = capped.withFuzz(false);
        Card card = Card.NEW;
        Instant at = T0;
        for (int i = 0; i < 12; i++) {
            card = Scheduler.schedule(card, Rating.EASY, at, capped).card();
            assertThat(wait(card)).isLessThanOrEqualTo(Duration.ofDays(100));
            at = card.due();
        }
        assertThat(wait(Scheduler.schedule(card, Rating.EASY, at, cappedNoFuzz).card())).isEqualTo(Duration.ofDays(100));
    }

    @Test
    void withoutStepsACardGoesStraightToDays() {
        FsrsParameters noSteps = noFuzz.withSteps(List.of(), List.of());
        Card card = Scheduler.schedule(Card.NEW, Rating.AGAIN, T0, noSteps).card();
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(wait(card)).isEqualTo(Duration.ofDays(1));
        Card lapsed = Scheduler.schedule(card, Rating.AGAIN, card.due(), noSteps).card();
        assertThat(lapsed.state()).isEqualTo(CardState.REVIEW);
        assertThat(lapsed.lapses()).isEqualTo(1);
    }

    @Test
    void intervalLabelsReadLikeAnki() {
        assertThat(IntervalText.format(Duration.ofSeconds(330))).isEqualTo("6m");
        assertThat(IntervalText.format(Duration.ofHours(3))).isEqualTo("3h");
        assertThat(IntervalText.format(Duration.ofDays(4))).isEqualTo("4d");
        assertThat(IntervalText.format(Duration.ofDays(75))).isEqualTo("2.5mo");
        assertThat(IntervalText.format(Duration.ofDays(365))).isEqualTo("1y");
        assertThat(IntervalText.format(Duration.ofDays(438))).isEqualTo("1.2y");
    }
}
