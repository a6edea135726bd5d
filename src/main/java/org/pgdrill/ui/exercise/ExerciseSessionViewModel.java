package org.pgdrill.ui.exercise;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pgdrill.app.PracticeService;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.progress.data.AttemptRepository;
import org.pgdrill.ui.common.ExplainScript;

/**
 * One timed exercise: the countdown, checking (every check is an attempt, stored off the FX thread), running
 * without grading, hints one at a time and the solution on request. The view calls {@link #tick()} a few times a
 * second; the time itself comes from the injected clock.
 */
public final class ExerciseSessionViewModel {
    private final Track track;
    private final Lesson lesson;
    private final Exercise exercise;
    private final List<Track> tracks;
    private final PracticeService practice;
    private final AttemptRepository attempts;
    private final TaskRunner tasks;
    private final Countdown countdown;
    private final AttemptLog log;
    private final StringProperty sql = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Countdown.Phase> phase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CheckedAnswer> checked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttemptResult> ran = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper solutionShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper solved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<ExerciseEntry>> next = new ReadOnlyObjectWrapper<>();
    private boolean timeUpRecorded;

    public ExerciseSessionViewModel(Track track, Exercise exercise, List<Track> tracks, PracticeService practice,
                                    AttemptRepository attempts, TaskRunner tasks, Clock clock) {
        this.track = track;
        this.lesson = ExerciseBoard.lessonOf(track, exercise);
        this.exercise = exercise;
        this.tracks = List.copyOf(tracks);
        this.practice = practice;
        this.attempts = attempts;
        this.tasks = tasks;
        this.countdown = new Countdown(exercise.timeLimit(), clock);
        this.log = new AttemptLog(attempts, track.id(), exercise.id(), clock);
        tick();
    }

    public Track track() {
        return track;
    }

    public Lesson lesson() {
        return lesson;
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The learner's SQL; the view keeps it in step with the editor. */
    public StringProperty sqlProperty() {
        return sql;
    }

    /** mm:ss left, "Time's up (+mm:ss)", or how long the solve took. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Countdown.Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CheckedAnswer> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** The rows of the last Run (not graded). */
    public ReadOnlyObjectProperty<AttemptResult> ranProperty() {
        return ran.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty solutionShownProperty() {
        return solutionShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty solvedProperty() {
        return solved.getReadOnlyProperty();
    }

    /** What is going on or went wrong (checking, time's up, an attempt that was not saved). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** After a solve: the next unsolved exercise, or an empty optional when every exercise is solved; null until known. */
    public ReadOnlyObjectProperty<Optional<ExerciseEntry>> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** Brings the countdown up to date; at zero (once) says "Time's up" and records it. */
    public void tick() {
        Countdown.Phase now = countdown.phase();
        phase.set(now);
        switch (now) {
            case RUNNING, LAST_MINUTE -> clockText.set(countdown.remainingText());
            case TIME_UP -> clockText.set("Time's up (+" + Countdown.format(countdown.remaining().negated()) + ")");
            case STOPPED -> clockText.set(solved.get() ? "Solved in " + Countdown.format(countdown.elapsed()) : "Solution shown");
        }
        if (now == Countdown.Phase.TIME_UP && !timeUpRecorded) {
            timeUpRecorded = true;
            status.set("Time's up. Keep going if you like: a solve from now on counts as solved over time.");
            store(AttemptLog.TIMEOUT, countdown.limit());
        }
    }

    /** Checks the editor's SQL against the reference on the dataset and its variants; the verdict is stored as an attempt. */
    public void check() {
        if (checking.get() || running.get()) {
            return;
        }
        String answer = sql.get();
        if (answer.isBlank()) {
            status.set("Write your answer in the editor first, then check it (Ctrl+Enter).");
            return;
        }
        Duration taken = countdown.elapsed();
        boolean overTime = countdown.overLimit(taken);
        int hints = hintsShown.get();
        boolean peeked = solutionShown.get();
        checking.set(true);
        status.set("Checking on " + exercise.dataset().title() + " and on copies of it changed to catch coincidences…");
        tasks.run("Checking an answer", context -> {
            Verdict verdict = practice.check(track, exercise, answer);
            String saveProblem = log.record(verdict.outcome().name(), answer, taken, hints, peeked).orElse("");
            return new CheckedAnswer(verdict, taken, overTime, peeked, saveProblem);
        }, done -> {
            checked.set(done);
            status.set(done.saveProblem());
            if (done.verdict().outcome() == Verdict.Outcome.CORRECT && !peeked && !solved.get()) {
                solved.set(true);
                countdown.stop();
                tick();
                findNext();
            }
            checking.set(false); // last: whoever waits for the check to end finds its verdict in place
        }, failure -> {
            checking.set(false);
            status.set("Not checked: " + failure.getMessage() + " Your answer is still in the editor; check again when PostgreSQL is back.");
        });
    }

    /** Installs the dataset ahead of the first check, which would otherwise wait for it (a second or two). */
    public void prepare() {
        tasks.run("Preparing " + exercise.dataset().title(), context -> {
            practice.prepare(track, exercise.dataset());
            return Boolean.TRUE;
        }, ignored -> { }, failure -> status.set("The dataset " + exercise.dataset().title() + " could not be installed: "
                + failure.getMessage()));
    }

    /** Runs the editor's SQL on the exercise's dataset without grading it, to see the rows. */
    public void run() {
        execute(sql.get());
    }

    /** Runs the SQL with its last statement under EXPLAIN ANALYZE, to see the plan. */
    public void explain() {
        execute(ExplainScript.explained(sql.get()));
    }

    private void execute(String script) {
        if (checking.get() || running.get()) {
            return;
        }
        running.set(true);
        status.set("Running on " + exercise.dataset().title() + " (not graded)…");
        tasks.run("Running SQL", context -> practice.run(track, exercise.dataset(), script, Limits.sandbox()), done -> {
            running.set(false);
            ran.set(done);
            status.set(done.message().isEmpty() ? "Ran in " + done.millis() + " ms, rolled back, not graded." : done.message());
        }, failure -> {
            running.set(false);
            status.set("Could not run: " + failure.getMessage());
        });
    }

    /** Cancels a running check or run (Esc); the check comes back as interrupted, nothing graded. */
    public void cancel() {
        if (!checking.get() && !running.get()) {
            return;
        }
        tasks.run("Cancelling", context -> {
            practice.cancel();
            return Boolean.TRUE;
        }, ignored -> status.set("Cancelling…"), failure -> status.set("Could not cancel: " + failure.getMessage()));
    }

    /** Reveals the next hint; every revealed hint is counted in the attempts that follow. */
    public void nextHint() {
        if (hintsShown.get() < exercise.hints().size()) {
            hintsShown.set(hintsShown.get() + 1);
        }
    }

    public List<String> shownHints() {
        return exercise.hints().subList(0, hintsShown.get());
    }

    /** Shows the reference solution and the explanation (the view asks first); stored as a peek, the countdown stops. */
    public void showSolution() {
        if (solutionShown.get()) {
            return;
        }
        solutionShown.set(true);
        if (!solved.get()) {
            store(AttemptLog.SOLUTION_SHOWN, countdown.elapsed());
            countdown.stop();
            tick();
        }
    }

    /** Finished means solved or given up: only then may the lesson be shown again. */
    public boolean finished() {
        return solved.get() || solutionShown.get();
    }

    private void store(String event, Duration taken) {
        String answer = sql.get();
        int hints = hintsShown.get();
        boolean peeked = solutionShown.get();
        tasks.run("Saving an attempt", context -> log.record(event, answer, taken, hints, peeked),
                problem -> problem.ifPresent(status::set), failure -> status.set("This attempt was not saved: " + failure.getMessage()));
    }

    private void findNext() {
        tasks.run("Finding the next exercise", context -> ExerciseBoard.nextUnsolvedAfter(ExerciseBoard.load(tracks, attempts), track, exercise),
                next::set, failure -> next.set(Optional.empty()));
    }
}
