package org.pgdrill.progress.data;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One rating of a flashcard, for the review history. Append-only.
 *
 * @param rating          1 Again, 2 Hard, 3 Good, 4 Easy
 * @param stateBefore     the card's state before the rating (NEW for the first look)
 * @param stateAfter      its state after
 * @param elapsedDays     whole days since the previous review
 * @param intervalSeconds the wait until it is due again
 * @param stability       FSRS stability after the rating
 * @param difficulty      FSRS difficulty after the rating
 * @param durationMillis  how long the learner took to answer, if measured
 */
public record FlashcardReview(FlashcardKey key, Instant reviewedAt, int rating, String stateBefore, String stateAfter,
                              long elapsedDays, long intervalSeconds, double stability, double difficulty,
                              OptionalLong durationMillis) {
    public FlashcardReview {
        Objects.requireNonNull(key, "key");
        reviewedAt = Rows.millis(reviewedAt, "reviewedAt");
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("A flashcard rating is 1 (Again) to 4 (Easy), not " + rating);
        }
        if (!"NEW".equals(stateBefore) && !FlashcardState.STATES.contains(stateBefore)) {
            throw new IllegalArgumentException("stateBefore must be NEW, LEARNING, REVIEW or RELEARNING, not " + stateBefore);
        }
        if (!FlashcardState.STATES.contains(stateAfter)) {
            throw new IllegalArgumentException("stateAfter must be LEARNING, REVIEW or RELEARNING, not " + stateAfter);
        }
        if (intervalSeconds < 0 || !(stability > 0) || !(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("impossible review: interval " + intervalSeconds + " s, stability "
                    + stability + ", difficulty " + difficulty);
        }
        Objects.requireNonNull(durationMillis, "durationMillis");
    }
}
