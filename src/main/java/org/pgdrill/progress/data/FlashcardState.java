package org.pgdrill.progress.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The stored scheduling state of a flashcard that has been reviewed at least once (a card without a row is
 * new). The fields mirror the review layer's card; {@code state} is its name.
 */
public record FlashcardState(FlashcardKey key, String state, int step, double stability, double difficulty,
                             Instant due, Instant lastReview, int reps, int lapses) {
    /** The states a reviewed card can be in. */
    public static final Set<String> STATES = Set.of("LEARNING", "REVIEW", "RELEARNING");

    public FlashcardState {
        Objects.requireNonNull(key, "key");
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("state must be one of LEARNING, REVIEW, RELEARNING, not " + state);
        }
        if (!(stability > 0) || !(difficulty >= 1 && difficulty <= 10) || step < 0 || reps < 1 || lapses < 0) {
            throw new IllegalArgumentException("impossible scheduling state: stability " + stability + ", difficulty "
                    + difficulty + ", step " + step + ", reps " + reps + ", lapses " + lapses);
        }
        due = Rows.millis(due, "due");
        lastReview = Rows.millis(lastReview, "lastReview");
    }
}
