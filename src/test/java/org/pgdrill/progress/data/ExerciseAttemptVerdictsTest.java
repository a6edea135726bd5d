package org.pgdrill.progress.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.check.Verdict;

/** The exercise screen stores the checker's outcome names; the list and the Progress page read them back. */
class ExerciseAttemptVerdictsTest {
    @Test
    void everyCheckerOutcomeIsAStoredVerdictName() {
        assertThat(Arrays.stream(Verdict.Outcome.values()).map(Enum::name))
                .containsExactlyInAnyOrder(ExerciseAttempt.CORRECT, ExerciseAttempt.INCORRECT, ExerciseAttempt.ERROR,
                        ExerciseAttempt.INTERRUPTED);
    }

    @Test
    void onlyRightAnswersGivenBeforeSeeingTheSolutionAreSolves() {
        assertThat(attempt(ExerciseAttempt.CORRECT, false).solved()).isTrue();
        assertThat(attempt(ExerciseAttempt.CORRECT, true).solved()).isFalse();
        assertThat(attempt(ExerciseAttempt.INCORRECT, false).solved()).isFalse();
        assertThat(attempt(ExerciseAttempt.TIMEOUT, false).solved()).isFalse();
    }

    @Test
    void cancelledChecksTimeUpsAndShownSolutionsAreNotGradedAnswers() {
        assertThat(attempt(ExerciseAttempt.ERROR, false).graded()).isTrue();
        assertThat(attempt(ExerciseAttempt.INCORRECT, false).graded()).isTrue();
        assertThat(attempt(ExerciseAttempt.INTERRUPTED, false).graded()).isFalse();
        assertThat(attempt(ExerciseAttempt.TIMEOUT, false).graded()).isFalse();
        assertThat(attempt(ExerciseAttempt.SOLUTION_SHOWN, true).graded()).isFalse();
    }

    private static ExerciseAttempt attempt(String verdict, boolean peeked) {
        return new ExerciseAttempt("postgresql", "select-basics", Instant.parse("2026-11-23T10:00:00Z"), "select 1", verdict, 1_000, 0,
                peeked);
    }
}
