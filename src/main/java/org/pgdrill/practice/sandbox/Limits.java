package org.pgdrill.practice.sandbox;

import java.time.Duration;

/**
 * Client-side limits of one attempt: the ones that hold whatever the learner's text does.
 *
 * @param timeLimit     wall time for the whole attempt; then the statement is cancelled, then its backend terminated
 * @param maxRows       rows fetched per statement (more are reported as truncated)
 * @param maxCellChars  characters of a text cell kept for display (0 = keep all, for comparisons)
 */
public record Limits(Duration timeLimit, int maxRows, int maxCellChars) {
    public static Limits sandbox() {
        return new Limits(Duration.ofSeconds(10), 1_000, 10_000);
    }

    public static Limits checking(Duration timeLimit) {
        return new Limits(timeLimit, 20_000, 0);
    }
}
