package org.pgdrill.practice.sandbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enforces deadlines from outside the statement: at the deadline it cancels the statement, if that does
 * not stop it a few seconds later it terminates the backend from the admin connection, and last it
 * aborts the socket. RELIABILITY.md: only client-side limits hold against {@code SET statement_timeout = 0}.
 */
public final class Watchdog implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());
    static final long TERMINATE_AFTER_MILLIS = 3_000;
    static final long ABORT_AFTER_MILLIS = 6_000;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pgdrill-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Watches {@code session} until the returned guard is closed. */
    Guard watch(LearnerSession session, long deadlineNanos, Terminator terminator) {
        long delay = Math.max(0, deadlineNanos - System.nanoTime());
        ScheduledFuture<?> cancel = timer.schedule(() -> session.stopRunning(StopReason.TIME_LIMIT), delay, TimeUnit.NANOSECONDS);
        ScheduledFuture<?> terminate = timer.schedule(() -> {
            session.markBroken();
            try {
                terminator.terminate(session.backendPid());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not terminate learner backend " + session.backendPid(), e);
            }
        }, delay + TimeUnit.MILLISECONDS.toNanos(TERMINATE_AFTER_MILLIS), TimeUnit.NANOSECONDS);
        ScheduledFuture<?> abort = timer.schedule(session::abort, delay + TimeUnit.MILLISECONDS.toNanos(ABORT_AFTER_MILLIS), TimeUnit.NANOSECONDS);
        return () -> {
            cancel.cancel(false);
            terminate.cancel(false);
            abort.cancel(false);
        };
    }

    /** Escalates a learner's Cancel the same way: terminate, then abort, if the statement does not stop. */
    void escalate(LearnerSession session, Terminator terminator) {
        long execution = session.execution();
        timer.schedule(() -> {
            if (session.isRunning(execution)) {
                session.markBroken();
                try {
                    terminator.terminate(session.backendPid());
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Could not terminate learner backend " + session.backendPid(), e);
                }
            }
        }, TERMINATE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        timer.schedule(() -> {
            if (session.isRunning(execution)) {
                session.abort();
            }
        }, ABORT_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    interface Guard extends AutoCloseable {
        @Override
        void close();
    }

    /** Terminates a backend by pid from a privileged connection. */
    @FunctionalInterface
    public interface Terminator {
        void terminate(int backendPid) throws Exception;
    }

    enum StopReason { TIME_LIMIT, CANCEL }
}
