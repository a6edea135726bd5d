package org.pgdrill.progress.data;

import java.time.Instant;

/**
 * One submitted answer to a timed exercise. History: every attempt is kept.
 *
 * @param exerciseId      unique within the track, e.g. "basic/00030000-where"
 * @param verdict         the checker's outcome ({@link #CORRECT}, {@link #INCORRECT}, {@link #ERROR}, {@link #INTERRUPTED}) or an
 *                        event of the session that is not a check ({@link #TIMEOUT}, {@link #SOLUTION_SHOWN})
 * @param timeTakenMillis from opening the exercise to submitting
 * @param hintsUsed       how many hints were revealed
 * @param solutionPeeked  whether the reference solution was shown
 */
public record ExerciseAttempt(String trackId, String exerciseId, Instant attemptedAt, String sql, String verdict,
                              long timeTakenMillis, int hintsUsed, boolean solutionPeeked) {
    public static final int MAX_SQL_LENGTH = 2_000_000;
    public static final String CORRECT = "CORRECT";
    public static final String INCORRECT = "INCORRECT";
    public static final String ERROR = "ERROR";
    /** A check stopped before PostgreSQL graded it (the learner cancelled, or the server went away). */
    public static final String INTERRUPTED = "INTERRUPTED";
    /** The countdown reached zero before the exercise was solved. */
    public static final String TIMEOUT = "TIMEOUT";
    /** The learner chose to see the reference solution. */
    public static final String SOLUTION_SHOWN = "SOLUTION_SHOWN";

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

    /** An answer PostgreSQL graded: right, wrong or failing (not a cancelled check, a time-up or a shown solution). */
    public boolean graded() {
        return verdict.equals(CORRECT) || verdict.equals(INCORRECT) || verdict.equals(ERROR);
    }

    /** Solved by the learner: a right answer given before seeing the solution. */
    public boolean solved() {
        return verdict.equals(CORRECT) && !solutionPeeked;
    }
}
