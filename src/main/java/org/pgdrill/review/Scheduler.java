package org.pgdrill.review;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * FSRS-6 scheduling: what a rating does to a card. Follows py-fsrs's scheduler (learning steps, then day
 * intervals; a lapse goes through relearning steps), with a separate {@link CardState#NEW} state for a card
 * that was never rated. Pure: the review time is passed in, nothing is read from a clock.
 */
public final class Scheduler {
    private static final long SECONDS_PER_DAY = 86_400;

    private Scheduler() {
    }

    /** Rates {@code card} at {@code now}: the new card and the log entry to store. */
    public static ScheduledReview schedule(Card card, Rating rating, Instant now, FsrsParameters parameters) {
        Fsrs fsrs = new Fsrs(parameters);
        long elapsedDays = elapsedWholeDays(card, now);
        double stability;
        double difficulty;
        if (card.isNew()) {
            stability = fsrs.initialStability(rating);
            difficulty = fsrs.initialDifficulty(rating);
        } else if (elapsedDays < 1) {
            // a second look on the same day says little about long-term memory: FSRS-6's short-term formula
            stability = fsrs.shortTermStability(card.stability(), rating);
            difficulty = fsrs.nextDifficulty(card.difficulty(), rating);
        } else {
            double r = fsrs.retrievability(elapsedDays, card.stability());
            stability = fsrs.nextStability(card.difficulty(), card.stability(), r, rating);
            difficulty = fsrs.nextDifficulty(card.difficulty(), rating);
        }

        Next next = switch (card.state()) {
            case NEW, LEARNING -> throughSteps(card, rating, CardState.LEARNING, parameters.learningSteps(), fsrs, stability);
            case RELEARNING -> throughSteps(card, rating, CardState.RELEARNING, parameters.relearningSteps(), fsrs, stability);
            case REVIEW -> fromReview(rating, parameters.relearningSteps(), fsrs, stability);
        };
        Duration interval = next.interval;
        if (parameters.fuzz() && next.state == CardState.REVIEW) {
            int days = (int) (interval.getSeconds() / SECONDS_PER_DAY);
            interval = Duration.ofDays(Fuzz.apply(days, parameters.maximumIntervalDays(), Fuzz.seed(card, now.toEpochMilli())));
        }
        int lapses = card.lapses() + (card.state() == CardState.REVIEW && rating == Rating.AGAIN ? 1 : 0);
        Card updated = new Card(next.state, next.step, stability, difficulty, now.plus(interval), now, card.reps() + 1, lapses);
        ReviewLog log = new ReviewLog(rating, now, card.state(), card.isNew() ? 0 : elapsedDays, interval);
        return new ScheduledReview(updated, log);
    }

    /** What each of the four ratings would do now, for the buttons ("Again 1m · Hard 6m · Good 10m · Easy 4d"). */
    public static Map<Rating, ScheduledReview> preview(Card card, Instant now, FsrsParameters parameters) {
        Map<Rating, ScheduledReview> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, schedule(card, rating, now, parameters));
        }
        return outcomes;
    }

    /** The probability of recalling {@code card} at {@code now}; 0 for a new card. */
    public static double retrievability(Card card, Instant now, FsrsParameters parameters) {
        if (card.isNew()) {
            return 0;
        }
        return new Fsrs(parameters).retrievability(elapsedWholeDays(card, now), card.stability());
    }

    /** Whole 24-hour periods since the last review (py-fsrs's timedelta.days); negative when the clock went back. */
    static long elapsedWholeDays(Card card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.floorDiv(Duration.between(card.lastReview(), now).getSeconds(), SECONDS_PER_DAY);
    }

    private record Next(CardState state, int step, Duration interval) {
    }

    private static Next throughSteps(Card card, Rating rating, CardState stepState, List<Duration> steps, Fsrs fsrs, double stability) {
        int step = card.step();
        // a card may carry a step from settings that had more steps than today's: finish it on a pass
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return review(fsrs, stability);
        }
        return switch (rating) {
            case AGAIN -> new Next(stepState, 0, steps.get(0));
            case HARD -> new Next(stepState, step, hardStep(steps, step));
            case GOOD -> step + 1 >= steps.size() ? review(fsrs, stability) : new Next(stepState, step + 1, steps.get(step + 1));
            case EASY -> review(fsrs, stability);
        };
    }

    /** Hard repeats the current step; on the first step it waits between the first and second step (1.5× a lone step). */
    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return multiply(steps.get(0), 1.5);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private static Next fromReview(Rating rating, List<Duration> relearningSteps, Fsrs fsrs, double stability) {
        if (rating == Rating.AGAIN && !relearningSteps.isEmpty()) {
            return new Next(CardState.RELEARNING, 0, relearningSteps.get(0));
        }
        return review(fsrs, stability);
    }

    private static Next review(Fsrs fsrs, double stability) {
        return new Next(CardState.REVIEW, 0, Duration.ofDays(fsrs.intervalDays(stability)));
    }

    private static Duration multiply(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }
}
