package org.pgdrill.ui.settings;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pgdrill.app.BackupService;
import org.pgdrill.app.ProgressTransfer;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.data.ImportException;
import org.pgdrill.progress.data.ImportReport;

/** The learner's data: where it lives, its backups, and moving progress to another machine (export/import). */
public final class DataViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final BackupService backups;
    private final ProgressTransfer transfer;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final Path dataFolder;
    private final Path backupFolder;
    private final ReadOnlyStringWrapper newestBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backupMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper transferMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();

    public DataViewModel(BackupService backups, ProgressTransfer transfer, Path dataFolder, Path backupFolder, TaskRunner tasks,
                         ZoneId zone) {
        this.backups = backups;
        this.transfer = transfer;
        this.dataFolder = dataFolder;
        this.backupFolder = backupFolder;
        this.tasks = tasks;
        this.zone = zone;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Path backupFolder() {
        return backupFolder;
    }

    /** "Newest backup: Monday 23 November 2026, 19:00 (4 kept)", or that there is none yet. */
    public ReadOnlyStringProperty newestBackupProperty() {
        return newestBackup.getReadOnlyProperty();
    }

    /** What "Back up now" did, or why the last backup failed. */
    public ReadOnlyStringProperty backupMessageProperty() {
        return backupMessage.getReadOnlyProperty();
    }

    /** What the last export or import did, or why it failed (an import names the file and line). */
    public ReadOnlyStringProperty transferMessageProperty() {
        return transferMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The report of the last import that worked; the page reloads settings when it changes. */
    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    /** Lists the backup folder again. */
    public void refresh() {
        tasks.run("Listing backups", context -> backups.backups().list(), this::showBackups,
                failure -> newestBackup.set("Cannot list the backups in " + backupFolder + ": " + failure.getMessage()));
    }

    public void backUpNow() {
        busy.set(true);
        backupMessage.set("Backing up…");
        tasks.run("Backing up", context -> {
            BackupFile created = backups.backupNow();
            return new Backed(created, backups.backups().list());
        }, backed -> {
            busy.set(false);
            backupMessage.set("Backed up to " + backed.created().path().getFileName() + ".");
            showBackups(backed.all());
        }, failure -> {
            busy.set(false);
            backupMessage.set("Not backed up: " + failure.getMessage());
        });
    }

    /** Writes all progress and the settings that travel to {@code file}. */
    public void exportProgress(Path file) {
        busy.set(true);
        tasks.run("Exporting progress", context -> transfer.export(file), document -> {
            busy.set(false);
            transferMessage.set("Exported " + document.size() + " records to " + file + ". Import that file on your other machine.");
        }, failure -> {
            busy.set(false);
            transferMessage.set("Could not export to " + file + ": " + failure.getMessage() + ". Choose a folder you can write to.");
        });
    }

    /** Merges an export into this progress; a broken file changes nothing and its problem names the line. */
    public void importProgress(Path file) {
        busy.set(true);
        tasks.run("Importing progress", context -> transfer.importFile(file), report -> {
            busy.set(false);
            transferMessage.set("Imported " + file.getFileName() + ": " + report + ". A backup was taken first.");
            lastImport.set(report);
            refresh();
        }, failure -> {
            busy.set(false);
            transferMessage.set(importFailure(file, failure));
        });
    }

    private static String importFailure(Path file, Throwable failure) {
        if (failure instanceof ImportException) {
            return failure.getMessage() + " Nothing was imported; fix the file or export it again.";
        }
        if (failure instanceof NoSuchFileException) {
            return "Cannot read " + file + ": no such file. Nothing was imported.";
        }
        return "Could not import " + file + ": " + failure.getMessage() + " Nothing was imported.";
    }

    private void showBackups(List<BackupFile> all) {
        String problem = backups.lastProblem().map(p -> " The last backup failed: " + p).orElse("");
        if (all.isEmpty()) {
            newestBackup.set("No backup yet: pgdrill backs up when it starts after changes and every 30 minutes while you study." + problem);
            return;
        }
        newestBackup.set("Newest backup: " + WHEN.format(all.get(0).createdAt().atZone(zone)) + " (" + all.size()
                + (all.size() == 1 ? " backup" : " backups") + " kept)." + problem);
    }

    private record Backed(BackupFile created, List<BackupFile> all) {
    }
}
