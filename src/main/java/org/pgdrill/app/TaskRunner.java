package org.pgdrill.app;

import java.util.function.Consumer;

/**
 * Runs database and file work off the UI thread and hands the outcome back on the UI thread.
 * Production uses a JavaFX-backed runner; tests and the command line use {@link InlineTaskRunner}.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; when it ends, exactly one of {@code onSuccess} / {@code onFailure} runs on
     * the UI thread, unless the task was cancelled first.
     */
    <T> RunningTask run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work and waits briefly for running work to finish. */
    void shutdown();

    /** A unit of background work; it should check {@link TaskContext#isCancelled()} in long loops. */
    @FunctionalInterface
    interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    interface TaskContext {
        boolean isCancelled();

        /** Reports progress; {@code total <= 0} means indeterminate. */
        void progress(long done, long total, String message);
    }

    interface RunningTask {
        /** Asks the work to stop; its callbacks will not run. Returns false if it had already ended. */
        boolean cancel();

        boolean isDone();
    }
}
