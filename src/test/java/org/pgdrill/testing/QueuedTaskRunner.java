package org.pgdrill.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.pgdrill.app.TaskRunner;

/**
 * Holds work until the test runs it, so a test can start several tasks the way a learner's quick clicks do and
 * let them finish in the order the app's background threads would: started first, finished first.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> RunningTask run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Task task = new Task();
        queued.add(() -> {
            if (task.cancelled) {
                return;
            }
            T result;
            try {
                result = work.call(task);
            } catch (Exception e) {
                task.done = true;
                onFailure.accept(e);
                return;
            }
            task.done = true;
            onSuccess.accept(result);
        });
        return task;
    }

    /** Runs everything queued so far, and what that work queues in turn, in order; returns how many ran. */
    public int runAll() {
        int ran = 0;
        while (!queued.isEmpty()) {
            queued.poll().run();
            ran++;
        }
        return ran;
    }

    @Override
    public void shutdown() {
        queued.clear();
    }

    private static final class Task implements RunningTask, TaskContext {
        private boolean cancelled;
        private boolean done;

        @Override
        public boolean cancel() {
            if (done) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(long done, long total, String message) {
            // nobody watches queued work
        }
    }
}
