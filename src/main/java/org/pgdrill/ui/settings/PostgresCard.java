package org.pgdrill.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Styles;

/** Which PostgreSQL exercises and the sandbox run on. */
final class PostgresCard {
    private PostgresCard() {
    }

    static CardBox create(SettingsViewModel model) {
        TextField url = new TextField();
        url.setId("databaseUrl");
        url.setPromptText("empty = pgdrill's own embedded PostgreSQL");
        url.textProperty().bindBidirectional(model.databaseUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button apply = new Button("Use this server");
        apply.setId("applyDatabase");
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
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label hint = new Label("A JDBC URL whose account may create roles and databases, e.g.\n"
                + "jdbc:postgresql://localhost:5432/postgres?user=me&password=secret\n"
                + "--db and PGDRILL_DB_URL override this for one run.");
        hint.getStyleClass().add(Styles.HINT);
        return new CardBox("PostgreSQL", "Exercises and the sandbox run on this server.", new HBox(8, url, apply, embedded), hint,
                status, message);
    }
}
