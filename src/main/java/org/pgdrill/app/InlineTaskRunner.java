package org.pgdrill.app;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and the command line. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> RunningTask run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Done done = new Done();
        T result;
        try {
            result = work.call(done);
        } catch (Exception | LinkageError e) {
            onFailure.accept(e);
            return done;
        }
        onSuccess.accept(result);
        return done;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    private static final class Done implements RunningTask, TaskContext {
        private volatile boolean cancelled;

        @Override
        public boolean cancel() {
            cancelled = true;
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(long done, long total, String message) {
            // nobody watches inline work
        }
    }
}
