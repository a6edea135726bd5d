package org.pgdrill.app;

import java.io.IOException;
import java.nio.file.Path;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.ImportException;
import org.pgdrill.progress.data.ImportReport;
import org.pgdrill.progress.data.ProgressDocument;
import org.pgdrill.progress.data.ProgressExport;
import org.pgdrill.progress.data.ProgressImport;

/**
 * Moving progress between machines: export everything to one JSON file, import one by merging. Settings
 * that belong to this machine ({@link SettingKey#portable()} false) are neither exported nor imported.
 */
public final class ProgressTransfer {
    private final ProgressStore store;
    private final Settings settings;
    private final BackupService backups;

    ProgressTransfer(ProgressStore store, Settings settings, BackupService backups) {
        this.store = store;
        this.settings = settings;
        this.backups = backups;
    }

    /** Writes {@code out} (through a temp file); returns what was written. */
    public ProgressDocument export(Path out) throws ProgressStoreException, IOException {
        return ProgressExport.write(store, out, SettingKey::isPortable);
    }

    /**
     * Reads and checks the whole file first (a problem is reported as {@code file:line: message} and
     * nothing changes), backs up the store, then merges in one transaction and reloads the settings.
     */
    public ImportReport importFile(Path file) throws ImportException, IOException, ProgressStoreException {
        ProgressDocument doc = ProgressImport.parse(file);
        backups.backupNow();
        ImportReport report = ProgressImport.merge(store, doc, SettingKey::isPortable);
        settings.reload();
        return report;
    }
}
