package org.pgdrill.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.StoreLocation;

/** Real H2 progress stores in a test's temporary data folder, laid out like the app's. */
public final class Stores {
    private Stores() {
    }

    public static StoreLocation location(Path dataDir) {
        return new StoreLocation(dataDir.resolve("progress"), dataDir.resolve("backups"));
    }

    public static ProgressStore open(Path dataDir, Clock clock) throws ProgressStoreException {
        return ProgressStore.open(location(dataDir), clock, StoreDamage.Handler.CANCEL);
    }

    public static ProgressStore open(Path dataDir, Clock clock, StoreDamage.Handler onDamage) throws ProgressStoreException {
        return ProgressStore.open(location(dataDir), clock, onDamage);
    }
}
