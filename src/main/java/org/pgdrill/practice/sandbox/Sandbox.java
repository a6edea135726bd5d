package org.pgdrill.practice.sandbox;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.InstalledDataset;

/**
 * Runs a learner's statements on a dataset as a learner login, inside one transaction that is always
 * rolled back, under client-side limits. One attempt at a time per sandbox; {@link #cancel()} may be
 * called from any thread.
 */
public final class Sandbox implements AutoCloseable {
    private final LearnerSessions sessions;
    private final DatasetInstaller installer;
    private final Watchdog watchdog = new Watchdog();
    private final AtomicReference<Attempt> current = new AtomicReference<>();

    public Sandbox(LearnerSessions sessions, DatasetInstaller installer) {
        this.sessions = sessions;
        this.installer = installer;
    }

    /** Opens an attempt; the caller must close it. */
    public Attempt open(InstalledDataset dataset, Access access, Limits limits) throws SQLException {
        return open(dataset, access, limits, "");
    }

    /** Opens an attempt whose transaction starts with pgdrill's own {@code setup} SQL (e.g. a savepoint), in the same round trip. */
    public Attempt open(InstalledDataset dataset, Access access, Limits limits, String setup) throws SQLException {
        try {
            return open(dataset, access, limits, setup, false);
        } catch (SQLException pooledConnectionGone) {
            // an idle pooled login can have been terminated (dataset rebuilt, server restarted): once more, fresh
            return open(dataset, access, limits, setup, true);
        }
    }

    private Attempt open(InstalledDataset dataset, Access access, Limits limits, String setup, boolean fresh) throws SQLException {
        LearnerSession session = sessions.acquire(dataset, access, fresh);
        try {
            Attempt attempt = new Attempt(sessions, installer, watchdog, dataset, session, limits, setup);
            current.set(attempt);
            return attempt;
        } catch (SQLException | RuntimeException e) {
            session.markBroken();
            sessions.release(session);
            throw e;
        }
    }

    /** Runs statements until one fails; meta-commands are answered from the catalogs, EXPLAIN comes back as a plan tree. */
    public AttemptResult run(InstalledDataset dataset, List<LearnerStatement> statements, Access access, Limits limits)
            throws SQLException, DatasetException {
        if (statements.isEmpty()) {
            return AttemptResult.refused(AttemptStatus.NOTHING_TO_RUN, "Nothing to run: the editor holds only comments or blank lines.");
        }
        List<StatementOutcome> outcomes = new ArrayList<>();
        AttemptStatus status = AttemptStatus.OK;
        String message = "";
        Attempt attempt = open(dataset, access, limits);
        try {
            for (LearnerStatement statement : statements) {
                StatementOutcome outcome = statement.meta() ? SandboxAnswers.meta(attempt, statement)
                        : SandboxAnswers.explain(attempt, statement).orElseGet(() -> attempt.run(statement));
                outcomes.add(outcome);
                if (outcome.failed()) {
                    AttemptStatus stopped = attempt.stoppedStatus();
                    status = stopped != null ? stopped : AttemptStatus.ERROR;
                    message = describe(status, limits, outcome);
                    break;
                }
            }
        } finally {
            current.compareAndSet(attempt, null);
            attempt.close();
        }
        AttemptResult result = new AttemptResult(status, message, outcomes, attempt.elapsedMillis(), false);
        return attempt.datasetRebuilt() ? result.withRebuilt() : result;
    }

    static String describe(AttemptStatus status, Limits limits, StatementOutcome outcome) {
        return switch (status) {
            case TIMED_OUT -> "Stopped after " + limits.timeLimit().toSeconds() + " s, the time limit for one run. "
                    + "Look for a missing join condition, a very large sort or an endless loop.";
            case CANCELLED -> "Cancelled.";
            case INTERRUPTED -> "PostgreSQL went away during the run (" + outcome.failure().message() + "); nothing was graded.";
            case TOO_LARGE -> "The result is larger than pgdrill fetches (" + LearnerSessions.MAX_RESULT_BUFFER
                    + "B); select fewer or smaller columns.";
            default -> outcome.failure().describe();
        };
    }

    /** Cancels the running attempt, if any: the statement is cancelled, its backend terminated if needed. */
    public void cancel() {
        Attempt attempt = current.get();
        if (attempt != null) {
            attempt.cancel();
        }
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
