package org.pgdrill.progress.data;

import java.time.Instant;

/**
 * One submitted answer to a timed exercise. History: every attempt is kept.
 *
 * @param exerciseId      unique within the track, e.g. "basic/00030000-where"
 * @param verdict         the checker's verdict name (e.g. CORRECT, WRONG, ERROR, TIMEOUT, INTERRUPTED)
 * @param timeTakenMillis from opening the exercise to submitting
 * @param hintsUsed       how many hints were revealed
 * @param solutionPeeked  whether the reference solution was shown
 */
public record ExerciseAttempt(String trackId, String exerciseId, Instant attemptedAt, String sql, String verdict,
                              long timeTakenMillis, int hintsUsed, boolean solutionPeeked) {
    public static final int MAX_SQL_LENGTH = 2_000_000;

    public ExerciseAttempt {
        Rows.id(trackId, "trackId");
        Rows.id(exerciseId, "exerciseId");
        attemptedAt = Rows.millis(attemptedAt, "attemptedAt");
        Rows.text(sql, "sql", MAX_SQL_LENGTH);
        Rows.text(verdict, "verdict", 40);
        if (verdict.isBlank()) {
            throw new IllegalArgumentException("verdict is missing");
        }
        if (timeTakenMillis < 0 || hintsUsed < 0) {
            throw new IllegalArgumentException("timeTakenMillis and hintsUsed cannot be negative");
        }
    }
}
