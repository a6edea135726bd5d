package org.pgdrill.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.pgdrill.practice.server.ServerStatus;

/** The strip at the bottom of the window: PostgreSQL state (with the fix when it is down) and the data folder. */
public final class StatusBar extends HBox {
    public static final String SERVER_LABEL_ID = "serverStatus";
    private final Circle dot = new Circle(5);
    private final Label server = new Label();
    private final Label fix = new Label();
    private final Label dataFolder = new Label();

    public StatusBar(ServerStatusModel model, String dataFolderText) {
        createView(dataFolderText);
        initListeners(model);
    }

    private void createView(String dataFolderText) {
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        dot.getStyleClass().add(Styles.STATUS_DOT);
        server.setId(SERVER_LABEL_ID);
        fix.getStyleClass().add(Styles.MUTED);
        fix.setId("serverFix");
        dataFolder.getStyleClass().add(Styles.MUTED);
        dataFolder.setText("Data: " + dataFolderText);
        dataFolder.setTooltip(new Tooltip("Progress, backups and the embedded PostgreSQL live here"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dot, server, fix, spacer, dataFolder);
    }

    private void initListeners(ServerStatusModel model) {
        model.statusProperty().addListener((obs, old, status) -> show(status));
        show(model.status());
    }

    private void show(ServerStatus status) {
        dot.getStyleClass().removeAll(Styles.STATE_STARTING, Styles.STATE_READY, Styles.STATE_UNAVAILABLE);
        switch (status.state()) {
            case STARTING -> {
                dot.getStyleClass().add(Styles.STATE_STARTING);
                server.setText(status.summary());
            }
            case READY -> {
                dot.getStyleClass().add(Styles.STATE_READY);
                server.setText("Ready: " + status.summary());
            }
            case UNAVAILABLE -> {
                dot.getStyleClass().add(Styles.STATE_UNAVAILABLE);
                server.setText("PostgreSQL unavailable: " + status.summary());
            }
        }
        fix.setText(status.fix());
        server.setTooltip(status.fix().isEmpty() ? null : new Tooltip(status.fix()));
    }
}
