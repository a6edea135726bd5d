package org.pgdrill.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import org.pgdrill.app.TaskRunner;

/**
 * The production {@link TaskRunner}: each unit of work is a {@link Task} on a small pool of daemon
 * threads; its outcome is delivered on the FX thread. Shut down from {@code Application.stop()}.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "pgdrill-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    @Override
    public <T> RunningTask run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            LOG.log(Level.FINE, "Task failed: " + title, failure);
            onFailure.accept(failure);
        });
        executor.execute(task);
        return new RunningTask() {
            @Override
            public boolean cancel() {
                // no interrupt: interrupting a thread inside JDBC or H2 can break the connection
                return task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class WorkTask<T> extends Task<T> implements TaskContext {
        private final Work<T> work;

        WorkTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void progress(long done, long total, String message) {
            updateProgress(done, total <= 0 ? -1 : total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
