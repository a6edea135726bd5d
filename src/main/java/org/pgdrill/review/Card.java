package org.pgdrill.review;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one flashcard. A {@link CardState#NEW} card has no memory state yet:
 * stability and difficulty are 0 and it has neither a due time nor a last review.
 *
 * @param state      where the card is in its life
 * @param step       the index of the current (re)learning step; 0 outside the steps
 * @param stability  FSRS stability S in days: the interval after which recall probability falls to 90%
 * @param difficulty FSRS difficulty D, 1 (easy) to 10 (hard)
 * @param due        when the card should be shown again; {@code null} for a new card
 * @param lastReview when it was last rated; {@code null} for a new card
 * @param reps       how many times it was rated
 * @param lapses     how many times it was forgotten (Again) while in {@link CardState#REVIEW}
 */
public record Card(CardState state, int step, double stability, double difficulty, Instant due, Instant lastReview,
                   int reps, int lapses) {
    /** A card nobody has studied yet. */
    public static final Card NEW = new Card(CardState.NEW, 0, 0, 0, null, null, 0, 0);

    public Card {
        Objects.requireNonNull(state, "state");
        if (state == CardState.NEW) {
            if (due != null || lastReview != null || reps != 0) {
                throw new IllegalArgumentException("A new card has no due time, no last review and no repetitions");
            }
        } else {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(lastReview, "lastReview");
            if (!(stability > 0) || difficulty < 1 || difficulty > 10) {
                throw new IllegalArgumentException("A studied card needs stability > 0 and difficulty 1..10, got S="
                        + stability + " D=" + difficulty);
            }
        }
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("step, reps and lapses cannot be negative");
        }
    }

    public boolean isNew() {
        return state == CardState.NEW;
    }
}
