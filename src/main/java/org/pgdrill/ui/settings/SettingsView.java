package org.pgdrill.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pgdrill.ui.common.Styles;
import org.pgdrill.ui.common.Theme;

/** The Settings page: appearance, the PostgreSQL to practise on, where data lives. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel model;
    private final ToggleGroup themes = new ToggleGroup();

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.PAGE_TITLE);

        HBox themeChoice = new HBox(8);
        for (Theme theme : Theme.values()) {
            ToggleButton button = new ToggleButton(theme.label());
            button.setId("theme-" + theme.settingValue());
            button.setUserData(theme);
            button.setToggleGroup(themes);
            button.setSelected(theme == model.themeProperty().get());
            themeChoice.getChildren().add(button);
        }
        VBox appearance = card("Appearance", "Light or dark; remembered for next time.", themeChoice);

        TextField url = new TextField();
        url.setId("databaseUrl");
        url.setPromptText("empty = pgdrill's own embedded PostgreSQL");
        url.textProperty().bindBidirectional(model.databaseUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button apply = new Button("Use this server");
        apply.setId("applyDatabase");
        apply.setDefaultButton(false);
        apply.setOnAction(event -> model.applyDatabase());
        Button embedded = new Button("Use embedded");
        embedded.setOnAction(event -> model.useEmbedded());
        Label status = new Label();
        status.textProperty().bind(model.server().statusProperty().map(s -> switch (s.state()) {
            case STARTING -> s.summary();
            case READY -> "Ready: " + s.summary();
            case UNAVAILABLE -> "Unavailable: " + s.summary() + (s.fix().isEmpty() ? "" : " — " + s.fix());
        }));
        status.setWrapText(true);
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label hint = new Label("A JDBC URL whose account may create roles and databases, e.g.\n"
                + "jdbc:postgresql://localhost:5432/postgres?user=me&password=secret\n"
                + "--db and PGDRILL_DB_URL override this for one run.");
        hint.getStyleClass().add(Styles.HINT);
        VBox postgres = card("PostgreSQL", "Exercises and the sandbox run on this server.",
                new HBox(8, url, apply, embedded), hint, status, message);

        Label folder = new Label(model.dataFolder());
        folder.setId("dataFolder");
        VBox data = card("Data", "Progress, backups and the embedded PostgreSQL are kept in this folder (--data-dir or PGDRILL_DATA_DIR to change).", folder);

        VBox page = new VBox(16, title, appearance, postgres, data);
        page.getStyleClass().add(Styles.PAGE);
        page.setPadding(new Insets(24));
        setContent(page);
        setFitToWidth(true);
    }

    private static VBox card(String heading, String description, javafx.scene.Node... body) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label text = new Label(description);
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        VBox card = new VBox(8, title, text);
        card.getChildren().addAll(body);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private void initListeners() {
        themes.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                model.themeProperty().set((Theme) selected.getUserData());
            }
        });
    }
}
