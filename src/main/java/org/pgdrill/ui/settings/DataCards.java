package org.pgdrill.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.FileDialogs;
import org.pgdrill.ui.common.Styles;

/** The cards about the learner's data: backups, moving progress between machines, the data folder. */
final class DataCards {
    private static final FileDialogs.FileType PROGRESS_FILE = new FileDialogs.FileType("pgdrill progress (*.json)", "*.json");

    private DataCards() {
    }

    static CardBox backups(DataViewModel model) {
        Label newest = new Label();
        newest.setId("newestBackup");
        newest.setWrapText(true);
        newest.textProperty().bind(model.newestBackupProperty());
        Button now = new Button("Back up now", new FontIcon(Feather.ARCHIVE));
        now.setId("backUpNow");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(event -> model.backUpNow());
        Label message = message("backupMessage");
        message.textProperty().bind(model.backupMessageProperty());
        Label folder = new Label("Kept in " + model.backupFolder() + ": the newest of today and yesterday, then one a day for"
                + " 12 days, one a week for 10 weeks, one a month for 9 months.");
        folder.getStyleClass().add(Styles.HINT);
        folder.setWrapText(true);
        return new CardBox("Backups", "Copies of your progress, taken automatically; a damaged progress file is restored from"
                + " the newest good one.", newest, folder, now, message);
    }

    static CardBox transfer(DataViewModel model, FileDialogs dialogs) {
        Button export = new Button("Export progress…", new FontIcon(Feather.UPLOAD));
        export.setId("exportProgress");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(event -> dialogs.save(window(export), "Export progress", "pgdrill-progress.json", PROGRESS_FILE)
                .ifPresent(model::exportProgress));
        Button importButton = new Button("Import progress…", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("importProgress");
        importButton.disableProperty().bind(model.busyProperty());
        importButton.setOnAction(event -> dialogs.open(window(importButton), "Import progress", PROGRESS_FILE)
                .ifPresent(model::importProgress));
        HBox buttons = new HBox(8, export, importButton);
        Label message = message("transferMessage");
        message.textProperty().bind(model.transferMessageProperty());
        return new CardBox("Move to another machine", "Export writes all progress and the settings that travel to one JSON"
                + " file; importing it merges, keeping whichever change is newer. Importing twice changes nothing.", buttons, message);
    }

    static CardBox folder(DataViewModel model) {
        TextField path = new TextField(model.dataFolder().toString());
        path.setId("dataFolder");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button("Copy path", new FontIcon(Feather.COPY));
        copy.setId("copyDataFolder");
        copy.setTooltip(new Tooltip("Copy the folder's path to the clipboard"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.dataFolder().toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(8, path, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("To open it, paste the path into your file manager's location bar (Ctrl+L in most)."
                + " Start pgdrill with --data-dir DIR or set PGDRILL_DATA_DIR to use another folder.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return new CardBox("Data folder", "Progress, backups, logs and the embedded PostgreSQL live here.", row, hint);
    }

    private static Label message(String id) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return message;
    }

    private static Window window(Button button) {
        return button.getScene() == null ? null : button.getScene().getWindow();
    }
}
