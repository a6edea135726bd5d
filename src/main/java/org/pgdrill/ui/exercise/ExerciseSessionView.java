package org.pgdrill.ui.exercise;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.OutcomeView;
import org.pgdrill.ui.common.Section;
import org.pgdrill.ui.common.ServerStatusModel;
import org.pgdrill.ui.common.SqlEditor;
import org.pgdrill.ui.common.Styles;

/**
 * One timed exercise: the prompt (never the lesson), the countdown, the editor with Check / Run / Explain /
 * Cancel, hints, the solution on request, and the verdict or the rows of the last run. Call {@link #dispose()}
 * when it goes away.
 */
public final class ExerciseSessionView extends BorderPane {
    static final String CHECK_ID = "checkAnswer";
    static final String COUNTDOWN_ID = "countdown";
    private static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EXPLAIN = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HINT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final ExerciseSessionViewModel model;
    private final ServerStatusModel server;
    private final Navigator navigator;
    private final SqlEditor editor = new SqlEditor("");
    private final Label countdown = new Label();
    private final Label banner = new Label();
    private final Label status = new Label();
    private final VBox results = new VBox(10);
    private final Button check = new Button("Check", new FontIcon(Feather.CHECK));
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY));
    private final Button explain = new Button("Explain", new FontIcon(Feather.GIT_MERGE));
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.X_OCTAGON));
    private final Hyperlink backToLesson = new Hyperlink();
    private final HintsPanel hints;
    private final Timeline ticker;
    /** Removed in {@link #dispose()}: the server model outlives every session. */
    private final InvalidationListener onServerChange = observable -> showServer();

    public ExerciseSessionView(ExerciseSessionViewModel model, ServerStatusModel server, Navigator navigator) {
        this.model = model;
        this.server = server;
        this.navigator = navigator;
        this.hints = new HintsPanel(model);
        this.ticker = new Timeline(new KeyFrame(Duration.millis(250), event -> model.tick()));
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setTop(header());
        ScrollPane left = new ScrollPane(task());
        left.setFitToWidth(true);
        left.setMinWidth(280);
        SplitPane split = new SplitPane(left, workbench());
        split.setDividerPositions(0.36);
        setCenter(split);
    }

    private HBox header() {
        Hyperlink back = new Hyperlink("All exercises");
        back.setGraphic(new FontIcon(Feather.ARROW_LEFT));
        back.setOnAction(event -> navigator.back(Section.EXERCISES));
        Label title = new Label(model.exercise().title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label kind = badge(model.exercise().kind().key());
        Label dataset = badge(model.exercise().dataset().title());
        countdown.setId(COUNTDOWN_ID);
        countdown.getStyleClass().add(ExerciseStyles.COUNTDOWN);
        countdown.setTooltip(new Tooltip("Time left of " + Countdown.describeLimit(model.exercise().timeLimit())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Region fixed : new Region[] {back, kind, dataset, countdown}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // the title gives way first; the countdown is never cut
        }
        HBox header = new HBox(10, back, title, kind, dataset, spacer, countdown);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(14, 24, 10, 16));
        return header;
    }

    private static Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add(Styles.BADGE);
        return badge;
    }

    private VBox task() {
        Label heading = new Label("Task");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        MarkdownView prompt = new MarkdownView(model.exercise().prompt(), link -> navigator.openLink(model.track(), link), null);
        prompt.setId("exercisePrompt");
        Label dataset = new Label("Dataset: " + model.exercise().dataset().title()
                + (model.exercise().dataset().description().isBlank() ? "" : " — " + model.exercise().dataset().description()));
        dataset.setWrapText(true);
        dataset.getStyleClass().add(Styles.HINT);
        Label order = new Label(model.exercise().orderMatters() ? "Row order matters." : "Row order does not matter.");
        order.getStyleClass().add(Styles.HINT);
        VBox card = new VBox(8, heading, prompt, dataset, order);
        card.getStyleClass().add(Styles.CARD);
        backToLesson.setText("Back to the lesson: " + model.lesson().title());
        backToLesson.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        backToLesson.setWrapText(true);
        backToLesson.setId("backToLesson");
        backToLesson.setOnAction(event -> navigator.openLesson(model.track(), model.lesson()));
        VBox task = new VBox(12, backToLesson, card, hints, new SolutionPanel(model));
        task.setPadding(new Insets(4, 12, 16, 16));
        return task;
    }

    private SplitPane workbench() {
        check.setId(CHECK_ID);
        check.getStyleClass().add("accent");
        check.setTooltip(new Tooltip("Check your answer on the dataset and on changed copies of it (Ctrl+Enter)"));
        run.setId("runAnswer");
        run.setTooltip(new Tooltip("Run to see your rows, without grading (Ctrl+Shift+Enter)"));
        explain.setId("explainAnswer");
        explain.setTooltip(new Tooltip("Run with the last statement under EXPLAIN ANALYZE to see its plan (Ctrl+E)"));
        cancel.setId("cancelCheck");
        cancel.setTooltip(new Tooltip("Stop the running check or run (Esc)"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        BooleanBinding working = model.checkingProperty().or(model.runningProperty());
        busy.visibleProperty().bind(working);
        cancel.visibleProperty().bind(working);
        HBox toolbar = new HBox(8, check, run, explain, cancel, busy);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label keys = new Label("Ctrl+Enter check · Ctrl+Shift+Enter run · Ctrl+E explain · Ctrl+H next hint · Esc cancel");
        keys.getStyleClass().addAll(Styles.HINT, ExerciseStyles.KEYS);
        banner.setId("serverBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add(ExerciseStyles.SERVER_BANNER);
        banner.managedProperty().bind(banner.visibleProperty());
        status.setId("exerciseStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.MUTED);
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox top = new VBox(8, toolbar, editor, keys, banner, status);
        top.setPadding(new Insets(4, 24, 8, 12));

        results.setPadding(new Insets(8, 24, 24, 12));
        results.setId("exerciseResults");
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(top, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private void initListeners() {
        editor.area().textProperty().addListener((obs, old, text) -> model.sqlProperty().set(text));
        BooleanBinding notReady = Bindings.createBooleanBinding(() -> !server.isReady(), server.statusProperty());
        BooleanBinding working = model.checkingProperty().or(model.runningProperty());
        check.disableProperty().bind(notReady.or(working));
        run.disableProperty().bind(notReady.or(working));
        explain.disableProperty().bind(notReady.or(working));
        check.setOnAction(event -> model.check());
        run.setOnAction(event -> model.run());
        explain.setOnAction(event -> model.explain());
        cancel.setOnAction(event -> model.cancel());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);

        countdown.textProperty().bind(model.clockTextProperty());
        model.phaseProperty().addListener((obs, old, phase) -> showPhase(phase));
        showPhase(model.phaseProperty().get());
        status.textProperty().bind(model.statusProperty());
        backToLesson.visibleProperty().bind(model.solvedProperty().or(model.solutionShownProperty()));
        backToLesson.managedProperty().bind(backToLesson.visibleProperty());
        model.checkedProperty().addListener((obs, old, answer) -> results.getChildren().setAll(
                new VerdictView(answer, model, navigator, editor::moveTo)));
        model.ranProperty().addListener((obs, old, result) -> showRun(result));
        server.statusProperty().addListener(onServerChange);
        showServer();
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // later: the editor joins the scene after this page does, and the learner starts by typing
                Platform.runLater(editor::requestFocus);
            }
        });
    }

    /** The session's keys; a filter, so they work wherever the focus is inside the page, the editor included. */
    private void shortcut(KeyEvent event) {
        Button target = RUN.match(event) ? run : CHECK.match(event) ? check : EXPLAIN.match(event) ? explain : null;
        if (target != null) {
            event.consume();
            if (!target.isDisabled()) {
                target.fire();
            }
        } else if (HINT.match(event)) {
            event.consume();
            model.nextHint();
        } else if (event.getCode() == KeyCode.ESCAPE && cancel.isVisible()) {
            event.consume();
            model.cancel();
        }
    }

    private void showPhase(Countdown.Phase phase) {
        for (Countdown.Phase each : Countdown.Phase.values()) {
            countdown.getStyleClass().remove(ExerciseStyles.of(each));
        }
        countdown.getStyleClass().add(ExerciseStyles.of(phase));
    }

    private void showServer() {
        boolean ready = server.isReady();
        banner.setVisible(!ready);
        if (ready) {
            model.prepare();
            return;
        }
        String fix = server.status().fix().isEmpty() ? "" : " " + server.status().fix();
        banner.setText(switch (server.status().state()) {
            case STARTING -> "PostgreSQL is starting (" + server.status().summary() + "). Start writing: Check and Run work once it is ready.";
            case UNAVAILABLE -> "PostgreSQL is unavailable: " + server.status().summary() + "." + fix
                    + " Your answer stays in the editor; Check and Run come back with PostgreSQL.";
            case READY -> "";
        });
    }

    private void showRun(AttemptResult result) {
        results.getChildren().clear();
        if (result == null) {
            return;
        }
        Label heading = new Label("Your rows (not graded)");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        results.getChildren().add(heading);
        OutcomeView.showAll(results.getChildren(), result, editor::moveTo);
    }

    public ExerciseSessionViewModel model() {
        return model;
    }

    /** Stops the countdown's ticker and the editor's highlighter. */
    public void dispose() {
        ticker.stop();
        server.statusProperty().removeListener(onServerChange);
        editor.dispose();
    }
}
