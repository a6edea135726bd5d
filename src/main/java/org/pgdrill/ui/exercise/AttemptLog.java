package org.pgdrill.ui.exercise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.AttemptRepository;
import org.pgdrill.progress.data.ExerciseAttempt;

/**
 * Stores what happens in one exercise session as attempts (call it off the FX thread). Besides the checker's
 * verdicts it records two events that are not checks: the time running out and the solution being shown, so a
 * learner who gives up still has it in their history. Attempt times only move forward: the store keys attempts
 * by their millisecond, and a clock moved back must not overwrite or drop an attempt.
 */
final class AttemptLog {
    static final String TIMEOUT = ExerciseAttempt.TIMEOUT;
    static final String SOLUTION_SHOWN = ExerciseAttempt.SOLUTION_SHOWN;

    private final AttemptRepository repository;
    private final String trackId;
    private final String exerciseId;
    private final Clock clock;
    private Instant last;

    AttemptLog(AttemptRepository repository, String trackId, String exerciseId, Clock clock) {
        this.repository = repository;
        this.trackId = trackId;
        this.exerciseId = exerciseId;
        this.clock = clock;
    }

    /**
     * Stores one attempt; returns why it could not be stored (for the learner to see), or empty when it was.
     *
     * @param taken time from opening the exercise to this moment
     */
    synchronized Optional<String> record(String verdict, String sql, Duration taken, int hintsUsed, boolean solutionPeeked) {
        try {
            Instant at = nextTime();
            repository.record(new ExerciseAttempt(trackId, exerciseId, at, sql, verdict, taken.toMillis(), hintsUsed, solutionPeeked));
            last = at;
            return Optional.empty();
        } catch (ProgressStoreException e) {
            return Optional.of("This attempt was not saved: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Optional.of("This attempt was not saved: " + e.getMessage() + ".");
        }
    }

    private Instant nextTime() throws ProgressStoreException {
        if (last == null) {
            List<ExerciseAttempt> earlier = repository.attempts(trackId, exerciseId);
            last = earlier.isEmpty() ? Instant.EPOCH : earlier.get(earlier.size() - 1).attemptedAt();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return now.isAfter(last) ? now : last.plusMillis(1);
    }
}
