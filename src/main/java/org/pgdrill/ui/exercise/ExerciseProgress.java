package org.pgdrill.ui.exercise;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pgdrill.progress.data.ExerciseAttempt;

/**
 * Where the learner stands with one exercise, read from its stored attempts. A correct answer given after the
 * solution was shown is not a solve; a correct answer after the time limit is a solve "over time".
 *
 * @param status            not tried, tried, solved over time, solved in time
 * @param checks            answers checked (cancelled checks, time-ups and shown solutions are recorded but are not counted)
 * @param bestTime          the fastest solve, when solved
 * @param solvedWithoutHelp some solve used no hint
 * @param solutionSeen      the reference solution was shown at least once
 */
public record ExerciseProgress(Status status, int checks, Optional<Duration> bestTime, boolean solvedWithoutHelp, boolean solutionSeen) {
    public static final ExerciseProgress NOT_TRIED = new ExerciseProgress(Status.NOT_TRIED, 0, Optional.empty(), false, false);

    public enum Status {
        NOT_TRIED, TRIED, SOLVED_OVER_TIME, SOLVED;

        public boolean solved() {
            return this == SOLVED || this == SOLVED_OVER_TIME;
        }
    }

    public static ExerciseProgress of(Duration timeLimit, List<ExerciseAttempt> attempts) {
        if (attempts.isEmpty()) {
            return NOT_TRIED;
        }
        int checks = 0;
        boolean inTime = false;
        boolean solved = false;
        boolean withoutHelp = false;
        boolean seen = false;
        Duration best = null;
        for (ExerciseAttempt attempt : attempts) {
            seen |= attempt.solutionPeeked();
            if (attempt.graded()) {
                checks++;
            }
            if (!attempt.solved()) {
                continue;
            }
            Duration taken = Duration.ofMillis(attempt.timeTakenMillis());
            solved = true;
            inTime |= taken.compareTo(timeLimit) <= 0;
            withoutHelp |= attempt.hintsUsed() == 0;
            best = best == null || taken.compareTo(best) < 0 ? taken : best;
        }
        Status status = !solved ? Status.TRIED : inTime ? Status.SOLVED : Status.SOLVED_OVER_TIME;
        return new ExerciseProgress(status, checks, Optional.ofNullable(best), withoutHelp, seen);
    }

    /** One line for the exercise list. */
    public String describe() {
        return switch (status) {
            case NOT_TRIED -> "Not tried";
            case TRIED -> "Tried" + (checks == 0 ? "" : checks == 1 ? " once" : " " + checks + "×") + (solutionSeen ? " · solution seen" : "");
            case SOLVED -> "Solved · best " + Countdown.format(bestTime.orElseThrow()) + (solvedWithoutHelp ? " · no hints" : "");
            case SOLVED_OVER_TIME -> "Solved over time · best " + Countdown.format(bestTime.orElseThrow())
                    + (solvedWithoutHelp ? " · no hints" : "");
        };
    }
}
