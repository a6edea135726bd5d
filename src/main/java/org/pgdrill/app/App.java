package org.pgdrill.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.progress.Backups;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.StoreLocation;
import org.pgdrill.progress.data.SettingsRepository;

/**
 * Wires pgdrill's services with constructors. The GUI builds one at start and closes it on exit; commands
 * build one per run. Opening takes the data folder's instance lock first, so a second pgdrill on the same
 * folder stops with "already running" instead of touching the progress file. Nothing here touches JavaFX.
 */
public final class App implements AutoCloseable {
    private final AppConfig config;
    private final InstanceLock instance;
    private final ProgressStore store;
    private final Settings settings;
    private final ServerManager servers;
    private final PracticeService practice;
    private final Library library;
    private final BackupService backups;
    private final ProgressData progress;
    private final FlashcardReviews flashcards;
    private final ProgressTransfer transfer;
    private final ProgressStats stats;
    private final Clock clock;
    private final ZoneId zone;

    private App(AppConfig config, InstanceLock instance, ProgressStore store, Settings settings, Library library, Clock clock, ZoneId zone) {
        this.config = config;
        this.instance = instance;
        this.store = store;
        this.settings = settings;
        this.servers = new ServerManager(config, () -> settings.get(SettingKey.DATABASE_URL));
        this.practice = new PracticeService(servers);
        this.library = library;
        this.backups = new BackupService(store, new Backups(store.location(), clock, zone), System::nanoTime);
        this.progress = ProgressData.over(store);
        this.flashcards = new FlashcardReviews(progress.flashcards(), settings, clock, zone);
        this.transfer = new ProgressTransfer(store, settings, backups);
        this.stats = new ProgressStats(progress, settings, clock, zone);
        this.clock = clock;
        this.zone = zone;
    }

    /** Opens with the system clock and time zone; a damaged progress file stops the opening unchanged. */
    public static App open(AppConfig config) throws ProgressStoreException {
        return open(config, Clock.systemUTC(), ZoneId.systemDefault(), StoreDamage.Handler.CANCEL);
    }

    /**
     * Takes the instance lock, opens the progress store (asking {@code onDamage} if the file is damaged) and
     * reads the settings: I/O, so not on the UI thread. Fails with {@code Reason.LOCKED} when another pgdrill
     * runs on the same data folder.
     */
    public static App open(AppConfig config, Clock clock, ZoneId zone, StoreDamage.Handler onDamage) throws ProgressStoreException {
        InstanceLock lock = InstanceLock.acquire(config.dataDir());
        ProgressStore store = null;
        // the lessons do not depend on the progress: read them while the progress store opens
        Library library = new Library(config);
        FutureTask<PackLoadResult> lessons = new FutureTask<>(library::load);
        Thread loader = new Thread(lessons, "pgdrill-lessons");
        loader.setDaemon(true);
        loader.start();
        try {
            store = ProgressStore.open(new StoreLocation(config.progressDir(), config.backupDir()), clock, onDamage);
            Settings settings = Settings.load(new SettingsRepository(store));
            awaitLessons(lessons);
            return new App(config, lock, store, settings, library, clock, zone);
        } catch (ProgressStoreException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            lock.close();
            throw e;
        }
    }

    private static void awaitLessons(FutureTask<PackLoadResult> lessons) {
        try {
            lessons.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the lessons", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not read the lessons: " + e.getCause(), e.getCause());
        }
    }

    public AppConfig config() {
        return config;
    }

    public Settings settings() {
        return settings;
    }

    public ServerManager servers() {
        return servers;
    }

    public Library library() {
        return library;
    }

    public PracticeService practice() {
        return practice;
    }

    public ProgressStore store() {
        return store;
    }

    /** Lesson visits and completion, ticks, confidence, answers, attempts, flashcards, notes. */
    public ProgressData progress() {
        return progress;
    }

    public FlashcardReviews flashcards() {
        return flashcards;
    }

    /** Where the learner stands: for the Progress page. */
    public ProgressStats stats() {
        return stats;
    }

    /** The clock every service reads "now" from (a test's own clock in tests). */
    public Clock clock() {
        return clock;
    }

    /** The learner's time zone: where study days begin. */
    public ZoneId zone() {
        return zone;
    }

    public BackupService backups() {
        return backups;
    }

    /** Export and import of all progress as JSON. */
    public ProgressTransfer transfer() {
        return transfer;
    }

    /** The data folder's lock; the GUI uses it to answer "bring your window to the front" from a second launch. */
    public InstanceLock instance() {
        return instance;
    }

    @Override
    public void close() {
        backups.close();
        practice.close();
        store.close();
        instance.close();
    }
}
