package org.pgdrill.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.Backups;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/**
 * Automatic backups: one at start when anything changed since the newest backup, then one whenever there
 * are changes and the last backup of this run is at least 30 minutes old. Time between backups is measured
 * with the monotonic clock, so a wall clock moved backwards does not stop backups. Runs on its own daemon
 * thread; stopped on close.
 */
public final class BackupService implements AutoCloseable {
    /** How long changes may go without a backup. */
    public static final Duration EVERY = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final ProgressStore store;
    private final Backups backups;
    private final LongSupplier nanoTime;
    private ScheduledExecutorService scheduler;
    private long lastBackupCounter = -1;
    private long lastBackupNanos;
    private volatile String lastProblem;

    public BackupService(ProgressStore store, Backups backups, LongSupplier nanoTime) {
        this.store = store;
        this.backups = backups;
        this.nanoTime = nanoTime;
    }

    public Backups backups() {
        return backups;
    }

    /** Backs up now, changed or not (e.g. before an import). */
    public synchronized BackupFile backupNow() throws ProgressStoreException {
        try {
            BackupFile created = backups.create(store);
            lastBackupCounter = created.saveCounter();
            lastBackupNanos = nanoTime.getAsLong();
            lastProblem = null;
            return created;
        } catch (ProgressStoreException e) {
            lastProblem = e.getMessage();
            throw e;
        }
    }

    /** The start-up backup: only if something was saved since the newest backup of this store. */
    public synchronized Optional<BackupFile> backupIfChangedSinceLastBackup() throws ProgressStoreException {
        long newest = backups.newestOf(store.storeId()).map(BackupFile::saveCounter).orElse(-1L);
        if (newest == store.saveCounter()) {
            lastBackupCounter = newest;
            lastBackupNanos = nanoTime.getAsLong();
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** The periodic check: backs up if there are changes and the last backup of this run is {@link #EVERY} old. */
    public synchronized Optional<BackupFile> backupIfDue() throws ProgressStoreException {
        boolean changed = store.saveCounter() != lastBackupCounter;
        boolean oldEnough = lastBackupCounter < 0 || nanoTime.getAsLong() - lastBackupNanos >= EVERY.toNanos();
        return changed && oldEnough ? Optional.of(backupNow()) : Optional.empty();
    }

    /** Why the last backup failed (disk full, read-only folder), or empty if it worked. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** Starts the start-up backup and the periodic checks on a background thread. */
    public synchronized void startAutomatic(Duration checkEvery) {
        startAutomatic(Duration.ZERO, checkEvery);
    }

    /**
     * @param firstAfter when the start-up backup runs: the app waits a little, so the backup (which holds the
     *                   store while H2 writes it) does not slow the first screen
     */
    public synchronized void startAutomatic(Duration firstAfter, Duration checkEvery) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pgdrill-backups");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.schedule(() -> quietly(this::backupIfChangedSinceLastBackup), firstAfter.toMillis(), TimeUnit.MILLISECONDS);
        long every = checkEvery.toMillis();
        scheduler.scheduleWithFixedDelay(() -> quietly(this::backupIfDue), every, every, TimeUnit.MILLISECONDS);
    }

    private interface BackupStep {
        Optional<BackupFile> run() throws ProgressStoreException;
    }

    private static void quietly(BackupStep step) {
        try {
            step.run().ifPresent(backup -> LOG.info("Backed up progress to " + backup.path()));
        } catch (ProgressStoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic backup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            // no interrupt: interrupting H2 inside BACKUP can break the connection; a running backup finishes
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
