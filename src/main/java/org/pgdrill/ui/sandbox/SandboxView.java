package org.pgdrill.ui.sandbox;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.ui.common.OutcomeView;
import org.pgdrill.ui.common.ServerStatusModel;
import org.pgdrill.ui.common.SqlEditor;
import org.pgdrill.ui.common.Styles;

/** The sandbox page: dataset chooser, editor, Run (Ctrl+Enter), Explain (Ctrl+E), Cancel, and the results of the last run. */
public final class SandboxView extends BorderPane {
    private final SandboxViewModel model;
    private final ServerStatusModel server;
    private final SqlEditor editor;
    private final VBox results = new VBox(10);
    private final Label status = new Label();
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY));
    private final Button explain = new Button("Explain", new FontIcon(Feather.GIT_MERGE));
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.X_OCTAGON));

    public SandboxView(SandboxViewModel model, ServerStatusModel server) {
        this.model = model;
        this.server = server;
        this.editor = new SqlEditor(model.scriptProperty().get());
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        Label title = new Label("Sandbox");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        ComboBox<SandboxViewModel.DatasetChoice> datasets = new ComboBox<>(model.datasets());
        datasets.setId("sandboxDataset");
        datasets.valueProperty().bindBidirectional(model.datasetProperty());
        run.setId("sandboxRun");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip("Run everything (Ctrl+Enter)"));
        explain.setId("sandboxExplain");
        explain.setTooltip(new Tooltip("Run, showing the last statement's plan with EXPLAIN ANALYZE (Ctrl+E)"));
        cancel.setId("sandboxCancel");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        cancel.visibleProperty().bind(model.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, title, spacer, new Label("Dataset"), datasets, run, explain, cancel, busy);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(16, 24, 8, 24));

        status.setId("sandboxStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.MUTED);
        Label hint = new Label("Each run happens in a transaction that pgdrill rolls back: DELETE, UPDATE, CREATE INDEX are safe to try. "
                + "\\d, \\dt, \\di, \\dn, \\df work as in psql.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox editorBox = new VBox(6, editor, hint, status);
        VBox.setVgrow(editor, Priority.ALWAYS);
        editorBox.setPadding(new Insets(0, 24, 8, 24));

        results.setPadding(new Insets(8, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(editorBox, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setTop(toolbar);
        setCenter(split);
    }

    private void initListeners() {
        editor.setOnRun(this::run);
        run.setOnAction(event -> run());
        explain.setOnAction(event -> {
            model.scriptProperty().set(editor.getText());
            model.explain();
        });
        cancel.setOnAction(event -> model.cancel());
        run.disableProperty().bind(model.runningProperty());
        explain.disableProperty().bind(model.runningProperty());
        model.scriptProperty().addListener((obs, old, text) -> {
            if (!text.equals(editor.getText())) {
                editor.replaceText(text);
            }
        });
        model.resultProperty().addListener((obs, old, result) -> show(result));
        status.textProperty().bind(model.statusProperty());
        server.statusProperty().addListener((obs, old, now) -> showServer());
        showServer();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && getParent() != null && !explain.isDisabled()) {
                        explain.fire();
                    }
                });
            }
        });
    }

    private void showServer() {
        if (!server.isReady() && results.getChildren().isEmpty()) {
            Label waiting = new Label(server.status().summary() + (server.status().fix().isEmpty() ? "" : "\n" + server.status().fix()));
            waiting.setWrapText(true);
            waiting.getStyleClass().add(Styles.MUTED);
            results.getChildren().setAll(waiting);
        } else if (server.isReady() && results.getChildren().size() == 1 && results.getChildren().get(0) instanceof Label) {
            results.getChildren().clear();
        }
    }

    private void run() {
        model.scriptProperty().set(editor.getText());
        model.run();
    }

    private void show(AttemptResult result) {
        results.getChildren().clear();
        if (result == null) {
            return;
        }
        OutcomeView.showAll(results.getChildren(), result, editor::moveTo);
    }

    public SandboxViewModel model() {
        return model;
    }

    public void dispose() {
        editor.dispose();
    }
}
