package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgdrill.progress.data.ExerciseAttempt;

class ExerciseProgressTest {
    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static ExerciseAttempt attempt(int second, String verdict, long seconds, int hints, boolean peeked) {
        return new ExerciseAttempt("example", "overdue-loans", T.plusSeconds(second), "SELECT 1", verdict, seconds * 1000, hints, peeked);
    }

    @Test
    void noAttemptsIsNotTried() {
        ExerciseProgress progress = ExerciseProgress.of(LIMIT, List.of());
        assertThat(progress.status()).isEqualTo(ExerciseProgress.Status.NOT_TRIED);
        assertThat(progress.describe()).isEqualTo("Not tried");
    }

    @Test
    void wrongAnswersAreTriedAndCounted() {
        ExerciseProgress progress = ExerciseProgress.of(LIMIT, List.of(attempt(1, "INCORRECT", 50, 0, false),
                attempt(2, "ERROR", 70, 0, false), attempt(3, AttemptLog.TIMEOUT, 240, 0, false)));
        assertThat(progress.status()).isEqualTo(ExerciseProgress.Status.TRIED);
        assertThat(progress.describe()).isEqualTo("Tried 2×");
    }

    @Test
    void theBestTimeIsTheFastestSolveAndHintsAreRemembered() {
        ExerciseProgress progress = ExerciseProgress.of(LIMIT, List.of(attempt(1, "CORRECT", 200, 1, false),
                attempt(2, "CORRECT", 102, 2, false), attempt(3, "INCORRECT", 20, 0, false)));
        assertThat(progress.status()).isEqualTo(ExerciseProgress.Status.SOLVED);
        assertThat(progress.bestTime()).contains(Duration.ofSeconds(102));
        assertThat(progress.describe()).isEqualTo("Solved · best 01:42");

        ExerciseProgress withoutHints = ExerciseProgress.of(LIMIT, List.of(attempt(1, "CORRECT", 230, 0, false)));
        assertThat(withoutHints.describe()).isEqualTo("Solved · best 03:50 · no hints");
    }

    @Test
    void aSolveAfterTheLimitCountsAsSolvedOverTime() {
        ExerciseProgress progress = ExerciseProgress.of(LIMIT, List.of(attempt(1, AttemptLog.TIMEOUT, 240, 0, false),
                attempt(2, "CORRECT", 301, 0, false)));
        assertThat(progress.status()).isEqualTo(ExerciseProgress.Status.SOLVED_OVER_TIME);
        assertThat(progress.status().solved()).isTrue();
        assertThat(progress.describe()).isEqualTo("Solved over time · best 05:01 · no hints");
    }

    @Test
    void aCorrectAnswerAfterSeeingTheSolutionIsNotASolve() {
        ExerciseProgress progress = ExerciseProgress.of(LIMIT, List.of(attempt(1, AttemptLog.SOLUTION_SHOWN, 60, 0, true),
                attempt(2, "CORRECT", 80, 0, true)));
        assertThat(progress.status()).isEqualTo(ExerciseProgress.Status.TRIED);
        assertThat(progress.describe()).isEqualTo("Tried once · solution seen");
    }
}
