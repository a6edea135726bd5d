package org.pgdrill.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueQueueTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ReviewDay DAY = new ReviewDay(BERLIN, 4);
    // 2026-03-10 10:00 in Berlin (UTC+1)
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static Card review(Instant due) {
        return new Card(CardState.REVIEW, 0, 5, 5, due, due.minus(Duration.ofDays(5)), 3, 0);
    }

    private static Card learning(Instant due) {
        return new Card(CardState.LEARNING, 1, 2, 5, due, due.minus(Duration.ofMinutes(10)), 1, 0);
    }

    private static ReviewLog firstLook(Instant at) {
        return new ReviewLog(Rating.GOOD, at, CardState.NEW, 0, Duration.ofMinutes(10));
    }

    @Test
    void studyDaysStartAtFourInTheMorning() {
        // 03:30 local on the 11th still belongs to the 10th
        assertThat(DAY.dayOf(Instant.parse("2026-03-11T02:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(DAY.dayOf(Instant.parse("2026-03-11T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(DAY.startOfDayContaining(NOW)).isEqualTo(Instant.parse("2026-03-10T03:00:00Z"));
        assertThat(DAY.endOfDayContaining(NOW)).isEqualTo(Instant.parse("2026-03-11T03:00:00Z"));
        // the day clocks go forward (29 March 2026) still starts at 04:00 local, which is now UTC+2
        assertThat(DAY.start(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void todayHasDueLearningThenMostOverdueReviewsThenNewCards() {
        List<DueQueue.Entry<String>> cards = List.of(
                new DueQueue.Entry<>("new-1", Card.NEW),
                new DueQueue.Entry<>("review-due-tonight", review(Instant.parse("2026-03-10T20:00:00Z"))),
                new DueQueue.Entry<>("review-overdue", review(Instant.parse("2026-03-01T09:00:00Z"))),
                new DueQueue.Entry<>("review-tomorrow", review(Instant.parse("2026-03-11T09:00:00Z"))),
                new DueQueue.Entry<>("learning-waiting", learning(NOW.plus(Duration.ofMinutes(7)))),
                new DueQueue.Entry<>("learning-due", learning(NOW.minus(Duration.ofMinutes(1)))),
                new DueQueue.Entry<>("new-2", Card.NEW));
        DueQueue.Today<String> today = DueQueue.today(cards, List.of(), NOW, new DueQueue.Options(20, DAY));

        assertThat(today.all()).containsExactly("learning-due", "review-overdue", "review-due-tonight", "new-1", "new-2");
        assertThat(today.nextLearningDue()).contains(NOW.plus(Duration.ofMinutes(7)));
    }

    @Test
    void newCardsAlreadyStartedTodayCountAgainstTheDailyLimit() {
        List<DueQueue.Entry<String>> cards = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cards.add(new DueQueue.Entry<>("new-" + i, Card.NEW));
        }
        List<ReviewLog> history = List.of(
                firstLook(Instant.parse("2026-03-10T03:30:00Z")), // today (after 04:00 local)
                firstLook(Instant.parse("2026-03-10T08:00:00Z")), // today
                firstLook(Instant.parse("2026-03-10T02:59:00Z")), // yesterday's study day (03:59 local)
                new ReviewLog(Rating.AGAIN, Instant.parse("2026-03-10T08:05:00Z"), CardState.LEARNING, 0, Duration.ofMinutes(1)));
        DueQueue.Today<String> today = DueQueue.today(cards, history, NOW, new DueQueue.Options(5, DAY));
        assertThat(today.newStartedToday()).isEqualTo(2);
        assertThat(today.newCards()).containsExactly("new-1", "new-2", "new-3");

        DueQueue.Today<String> limitReached = DueQueue.today(cards, history, NOW, new DueQueue.Options(2, DAY));
        assertThat(limitReached.newCards()).isEmpty();
        assertThat(limitReached.isEmpty()).isTrue();
    }

    @Test
    void reviewAheadOffersTheNextCardsNotYetDue() {
        List<DueQueue.Entry<String>> cards = List.of(
                new DueQueue.Entry<>("in-a-week", review(NOW.plus(Duration.ofDays(7)))),
                new DueQueue.Entry<>("due-today", review(NOW.minus(Duration.ofHours(1)))),
                new DueQueue.Entry<>("tomorrow", review(Instant.parse("2026-03-11T09:00:00Z"))),
                new DueQueue.Entry<>("never-seen", Card.NEW),
                new DueQueue.Entry<>("in-a-month", review(NOW.plus(Duration.ofDays(30)))));
        assertThat(DueQueue.reviewAhead(cards, NOW, 2, DAY)).containsExactly("tomorrow", "in-a-week");
        assertThat(DueQueue.reviewAhead(cards, NOW, 10, DAY)).containsExactly("tomorrow", "in-a-week", "in-a-month");
    }
}
