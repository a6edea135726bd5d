package org.pgdrill.practice.sandbox;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.InstalledDataset;

/**
 * One transaction on a learner login with a deadline. Learner statements run under the watchdog;
 * pgdrill's own statements (savepoints, variant setup) run as {@link #control}. Closing it rolls
 * everything back, resets the connection and, when the login could write, checks the dataset.
 */
public final class Attempt implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Attempt.class.getName());
    private final LearnerSessions sessions;
    private final DatasetInstaller installer;
    private final Watchdog watchdog;
    private final InstalledDataset dataset;
    private final LearnerSession session;
    private final Limits limits;
    private final long deadlineNanos;
    private final long startNanos = System.nanoTime();
    private AttemptStatus stopped;
    private boolean datasetRebuilt;

    Attempt(LearnerSessions sessions, DatasetInstaller installer, Watchdog watchdog, InstalledDataset dataset,
            LearnerSession session, Limits limits, String setup) throws SQLException {
        this.sessions = sessions;
        this.installer = installer;
        this.watchdog = watchdog;
        this.dataset = dataset;
        this.session = session;
        this.limits = limits;
        this.deadlineNanos = startNanos + limits.timeLimit().toNanos();
        session.begin(limits.timeLimit().toMillis() + 500, Math.min(limits.timeLimit().toMillis(), 5_000), setup);
    }

    public InstalledDataset dataset() {
        return dataset;
    }

    public Access access() {
        return session.access();
    }

    /** Runs a learner statement; a failure ends up in the outcome (and {@link #stoppedStatus()} says whether it was a limit). */
    public StatementOutcome run(LearnerStatement statement) {
        long started = System.nanoTime();
        try (Watchdog.Guard guard = watchdog.watch(session, deadlineNanos, this::terminate)) {
            LearnerSession.Result result = session.execute(statement, limits, deadlineNanos);
            return new StatementOutcome(statement, result.table(), result.updateCount(), null, result.notices(), millisSince(started));
        } catch (SQLException e) {
            stopped = classify(e);
            return new StatementOutcome(statement, null, -1, SqlFailure.from(e, statement), List.of(), millisSince(started));
        }
    }

    /** pgdrill's own SQL inside the attempt (never learner text). */
    public void control(String sql) throws SQLException {
        session.control(sql);
    }

    /** Reads every row of a result pgdrill queried itself (table snapshots for state exercises). */
    public static ResultTable readAll(java.sql.ResultSet rs) throws SQLException {
        return LearnerSession.read(rs, new Limits(java.time.Duration.ZERO, Integer.MAX_VALUE - 1, 0));
    }

    public java.sql.Connection connectionForCatalogReads() {
        return session.connection();
    }

    public void savepoint(String name) throws SQLException {
        session.control("SAVEPOINT " + name);
    }

    public void rollbackTo(String name) throws SQLException {
        session.control("ROLLBACK TO SAVEPOINT " + name);
    }

    /** Non-null once a time limit, Cancel, a lost connection or the size cap stopped a statement. */
    public AttemptStatus stoppedStatus() {
        return stopped == AttemptStatus.ERROR ? null : stopped;
    }

    public boolean datasetRebuilt() {
        return datasetRebuilt;
    }

    public long elapsedMillis() {
        return millisSince(startNanos);
    }

    void cancel() {
        session.stopRunning(Watchdog.StopReason.CANCEL);
        watchdog.escalate(session, this::terminate);
    }

    private void terminate(int pid) throws SQLException {
        try (var statement = installer.admin(dataset.database()).createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }

    private AttemptStatus classify(SQLException e) {
        Watchdog.StopReason reason = session.stopReason();
        if (reason == Watchdog.StopReason.CANCEL) {
            return AttemptStatus.CANCELLED;
        }
        if (reason == Watchdog.StopReason.TIME_LIMIT) {
            return AttemptStatus.TIMED_OUT;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("57014") && message.contains("statement timeout")) {
            return AttemptStatus.TIMED_OUT;
        }
        if (mentions(e, "maxResultBuffer")) {
            session.markBroken();
            return AttemptStatus.TOO_LARGE;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || session.isBroken()) {
            session.markBroken();
            return AttemptStatus.INTERRUPTED;
        }
        return AttemptStatus.ERROR;
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Rolls back, returns the connection, and checks (and if needed rebuilds) a dataset the login could write. */
    @Override
    public void close() throws DatasetException {
        sessions.release(session);
        if (session.access() != Access.READ && stopped != AttemptStatus.INTERRUPTED) {
            try {
                if (!installer.restoreAfterAttempt(dataset)) {
                    installer.rebuild(dataset);
                    sessions.evict(dataset.database());
                    datasetRebuilt = true;
                }
            } catch (SQLException e) {
                throw new DatasetException("Could not check dataset '" + dataset.spec().datasetId() + "' after the attempt: " + e.getMessage(), e);
            }
        }
        if (stopped != AttemptStatus.INTERRUPTED && !datasetRebuilt) {
            try {
                installer.tidyAfterAttempt(dataset);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not vacuum dataset " + dataset.database() + ": " + e.getMessage());
            }
        }
    }
}
