package org.pgdrill.app;

import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.SettingsRepository;

/**
 * Wires pgdrill's services with constructors. The GUI builds one at start and closes it on exit;
 * nothing here touches JavaFX.
 */
public final class App implements AutoCloseable {
    private final AppConfig config;
    private final ProgressStore store;
    private final Settings settings;
    private final ServerManager servers;
    private final PracticeService practice;
    private final Library library;

    private App(AppConfig config, ProgressStore store, Settings settings) {
        this.config = config;
        this.store = store;
        this.settings = settings;
        this.servers = new ServerManager(config, () -> settings.get(SettingKey.DATABASE_URL));
        this.practice = new PracticeService(servers);
        this.library = new Library(config);
    }

    /** Opens the progress store and reads the settings: I/O, so not on the UI thread. */
    public static App open(AppConfig config) throws ProgressStoreException {
        ProgressStore store = ProgressStore.open(config.progressDir());
        try {
            Settings settings = Settings.load(new SettingsRepository(store));
            App app = new App(config, store, settings);
            app.library().load();
            return app;
        } catch (ProgressStoreException | RuntimeException e) {
            store.close();
            throw e;
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

    @Override
    public void close() {
        practice.close();
        store.close();
    }
}
