package org.pgdrill.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.pgdrill.ui.common.FileDialogs;
import org.pgdrill.ui.common.Styles;

/** The Settings page: appearance, PostgreSQL, flashcard review, backups, moving progress, the data folder. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel model;
    private final ReviewSettingsViewModel review;
    private final DataViewModel data;
    private final FileDialogs dialogs;

    public SettingsView(SettingsViewModel model, ReviewSettingsViewModel review, DataViewModel data, FileDialogs dialogs) {
        this.model = model;
        this.review = review;
        this.data = data;
        this.dialogs = dialogs;
        createView();
        initListeners();
    }

    private void createView() {
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        VBox page = new VBox(16, title, AppearanceCard.create(model), ReviewCard.create(review), PostgresCard.create(model),
                DataCards.backups(data), DataCards.transfer(data, dialogs), DataCards.folder(data));
        page.getStyleClass().add(Styles.PAGE);
        page.setPadding(new Insets(24));
        setContent(page);
        setFitToWidth(true);
    }

    private void initListeners() {
        data.lastImportProperty().addListener((obs, old, report) -> {
            // an import may bring another theme and other review settings
            model.reload();
            review.reload();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                data.refresh();
            }
        });
    }
}
