package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.ui.exercise.ExercisePack.OVERDUE;
import static org.pgdrill.ui.exercise.ExercisePack.RIGHT_OVERDUE;
import static org.pgdrill.ui.exercise.ExercisePack.RETURN_ALL;
import static org.pgdrill.ui.exercise.ExercisePack.TRACK;
import static org.pgdrill.ui.exercise.ExercisePack.WRONG_OVERDUE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.content.Track;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.TestPostgres;

/** A session on a real PostgreSQL and a real H2 progress file; time comes from a clock the test moves. */
class ExerciseSessionViewModelTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private App app;
    private Track track;

    @BeforeEach
    void open() throws Exception {
        ExercisePack.install(dataDir);
        app = App.open(new AppConfig(dataDir, Optional.of(TestPostgres.adminUrl()), List.of()), clock, ZoneOffset.UTC,
                StoreDamage.Handler.CANCEL);
        track = app.library().track(TRACK).orElseThrow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ExerciseSessionViewModel session(String exerciseId) {
        return new ExerciseSessionViewModel(track, track.exercise(exerciseId).orElseThrow(), app.library().tracks(), app.practice(),
                app.progress().attempts(), new InlineTaskRunner(), clock);
    }

    private List<ExerciseAttempt> stored(String exerciseId) throws Exception {
        return app.progress().attempts().attempts(TRACK, exerciseId);
    }

    @Test
    void aWrongAnswerIsExplainedAndStored() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        clock.advance(Duration.ofSeconds(40));
        session.sqlProperty().set(WRONG_OVERDUE);
        session.check();

        Verdict verdict = session.checkedProperty().get().verdict();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.summary()).contains("rows");
        assertThat(session.solvedProperty().get()).isFalse();
        assertThat(stored(OVERDUE)).singleElement().satisfies(attempt -> {
            assertThat(attempt.verdict()).isEqualTo("INCORRECT");
            assertThat(attempt.sql()).isEqualTo(WRONG_OVERDUE);
            assertThat(attempt.timeTakenMillis()).isEqualTo(40_000);
        });
    }

    @Test
    void anAnswerRightOnlyOnTheShippedDataIsIncorrectAndSaysWhichDataShowedIt() {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.sqlProperty().set(ExercisePack.COINCIDENCE_OVERDUE);
        session.check();

        Verdict verdict = session.checkedProperty().get().verdict();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.exposedBy()).isNotBlank();
        assertThat(session.solvedProperty().get()).isFalse();
    }

    @Test
    void aRightAnswerSolvesStopsTheClockAndFindsTheNextUnsolvedExercise() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.nextHint();
        clock.advance(Duration.ofSeconds(75));
        session.sqlProperty().set(RIGHT_OVERDUE);
        session.check();

        assertThat(session.checkedProperty().get().verdict().outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(session.solvedProperty().get()).isTrue();
        assertThat(session.clockTextProperty().get()).isEqualTo("Solved in 01:15");
        clock.advance(Duration.ofMinutes(5));
        session.tick();
        assertThat(session.clockTextProperty().get()).isEqualTo("Solved in 01:15");
        assertThat(session.nextProperty().get().orElseThrow().exercise().id()).isEqualTo(RETURN_ALL);
        assertThat(stored(OVERDUE)).singleElement().satisfies(attempt -> {
            assertThat(attempt.verdict()).isEqualTo("CORRECT");
            assertThat(attempt.hintsUsed()).isEqualTo(1);
            assertThat(attempt.solutionPeeked()).isFalse();
        });
    }

    @Test
    void timeRunningOutIsRecordedOnceAndALaterSolveCountsAsOverTime() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        clock.advance(Duration.ofSeconds(181));
        session.tick();
        assertThat(session.phaseProperty().get()).isEqualTo(Countdown.Phase.LAST_MINUTE);
        assertThat(session.clockTextProperty().get()).isEqualTo("00:59");

        clock.advance(Duration.ofSeconds(60));
        session.tick();
        session.tick();
        assertThat(session.clockTextProperty().get()).isEqualTo("Time's up (+00:01)");
        assertThat(session.statusProperty().get()).startsWith("Time's up.");
        assertThat(stored(OVERDUE)).extracting(ExerciseAttempt::verdict).containsExactly(AttemptLog.TIMEOUT);

        clock.advance(Duration.ofSeconds(30));
        session.sqlProperty().set(RIGHT_OVERDUE);
        session.check();
        assertThat(session.checkedProperty().get().overTime()).isTrue();
        assertThat(ExerciseProgress.of(Duration.ofMinutes(4), stored(OVERDUE)).status())
                .isEqualTo(ExerciseProgress.Status.SOLVED_OVER_TIME);
    }

    @Test
    void showingTheSolutionIsStoredAsAPeekAndALaterCorrectAnswerIsNoSolve() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.sqlProperty().set("SELECT loan_id FROM loans");
        clock.advance(Duration.ofSeconds(50));
        session.showSolution();
        assertThat(session.finished()).isTrue();
        assertThat(session.clockTextProperty().get()).isEqualTo("Solution shown");

        clock.advance(Duration.ofSeconds(10));
        session.sqlProperty().set(RIGHT_OVERDUE);
        session.check();
        assertThat(session.checkedProperty().get().afterSolution()).isTrue();
        assertThat(session.solvedProperty().get()).isFalse();
        assertThat(stored(OVERDUE)).extracting(ExerciseAttempt::verdict, ExerciseAttempt::solutionPeeked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttemptLog.SOLUTION_SHOWN, true),
                        org.assertj.core.groups.Tuple.tuple("CORRECT", true));
    }

    @Test
    void anErrorNamesItsPositionInTheEditor() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.sqlProperty().set("SELECT loan_id\nFROM loans\nWHERE retuned_on IS NULL");
        session.check();

        Verdict verdict = session.checkedProperty().get().verdict();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ERROR);
        assertThat(verdict.summary()).contains("retuned_on");
        assertThat(VerdictView.position(verdict)).hasValueSatisfying(position -> assertThat(position).containsExactly(3, 7));
        assertThat(stored(OVERDUE)).extracting(ExerciseAttempt::verdict).containsExactly("ERROR");
    }

    @Test
    void anEmptyEditorIsNotCheckedAndRunShowsRowsWithoutStoringAnything() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.sqlProperty().set("   ");
        session.check();
        assertThat(session.statusProperty().get()).startsWith("Write your answer in the editor first");

        session.sqlProperty().set("SELECT count(*) FROM loans WHERE returned_on IS NULL");
        session.run();
        assertThat(session.ranProperty().get().last().table().rowCount()).isEqualTo(1);
        assertThat(stored(OVERDUE)).isEmpty();
    }

    @Test
    void attemptsInTheSameMillisecondOrWithTheClockMovedBackAreAllKept() throws Exception {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.sqlProperty().set(WRONG_OVERDUE);
        session.check();
        session.check();
        clock.advance(Duration.ofHours(-3));
        ExerciseSessionViewModel later = session(OVERDUE);
        later.sqlProperty().set(WRONG_OVERDUE);
        later.check();

        List<ExerciseAttempt> attempts = stored(OVERDUE);
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(1).attemptedAt()).isAfter(attempts.get(0).attemptedAt());
        assertThat(attempts.get(2).attemptedAt()).isAfter(attempts.get(1).attemptedAt());
    }

    @Test
    void cancellingARunningCheckGradesNothingAndIsStoredAsInterrupted() throws Exception {
        ExerciseSessionViewModel session = new ExerciseSessionViewModel(track, track.exercise(OVERDUE).orElseThrow(), app.library().tracks(),
                app.practice(), app.progress().attempts(), new ThreadTaskRunner(), clock);
        session.sqlProperty().set("SELECT loan_id, member_id, book_id, due_on FROM loans, pg_sleep(25)");
        session.check();
        // Esc while checking: cancel until the statement, once it runs on the server, is stopped
        while (session.checkingProperty().get()) {
            session.cancel();
            Thread.sleep(50);
        }

        Verdict verdict = session.checkedProperty().get().verdict();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INTERRUPTED);
        assertThat(verdict.summary()).isEqualTo("Check cancelled.");
        assertThat(stored(OVERDUE)).extracting(ExerciseAttempt::verdict).containsExactly("INTERRUPTED");
        assertThat(ExerciseProgress.of(Duration.ofMinutes(4), stored(OVERDUE)).status()).isEqualTo(ExerciseProgress.Status.TRIED);
    }

    /** Runs each unit of work on its own thread, as the app does, so a check can be cancelled while it runs. */
    private static final class ThreadTaskRunner implements org.pgdrill.app.TaskRunner {
        @Override
        public <T> RunningTask run(String title, Work<T> work, java.util.function.Consumer<? super T> onSuccess,
                                   java.util.function.Consumer<? super Throwable> onFailure) {
            TaskContext context = new TaskContext() {
                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public void progress(long done, long total, String message) {
                    // nobody watches
                }
            };
            Thread thread = new Thread(() -> {
                T result;
                try {
                    result = work.call(context);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }, title);
            thread.start();
            return new RunningTask() {
                @Override
                public boolean cancel() {
                    return false;
                }

                @Override
                public boolean isDone() {
                    return !thread.isAlive();
                }
            };
        }

        @Override
        public void shutdown() {
            // threads end with their work
        }
    }

    @Test
    void hintsAreRevealedOneAtATimeAndNoFurther() {
        ExerciseSessionViewModel session = session(OVERDUE);
        session.nextHint();
        assertThat(session.shownHints()).containsExactly("A loan that has not come back has no `returned_on`.");
        session.nextHint();
        session.nextHint();
        assertThat(session.hintsShownProperty().get()).isEqualTo(2);
    }
}
