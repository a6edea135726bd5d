package org.pgdrill.ui.exercise;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/**
 * The Exercises page: every exercise grouped by track and lesson, with its kind, time limit, dataset and the
 * learner's status; filters; "Next unsolved" as the first thing to press.
 */
public final class ExerciseListView extends BorderPane {
    static final String NEXT_ID = "nextUnsolved";
    private final ExerciseListViewModel model;
    private final Navigator navigator;
    private final VBox rows = new VBox(2);
    private final Button next = new Button("Next unsolved", new FontIcon(Feather.PLAY));
    private final Label summary = new Label();

    public ExerciseListView(ExerciseListViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
        model.refresh();
    }

    private void createView() {
        getStyleClass().addAll(Styles.PAGE, ExerciseStyles.LIST);
        Label title = new Label("Exercises");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        summary.getStyleClass().add(Styles.PAGE_SUBTITLE);
        summary.setId("exerciseSummary");
        VBox heading = new VBox(2, title, summary);
        next.setId(NEXT_ID);
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setTooltip(new Tooltip("Start the first unsolved exercise of the chosen kind and level (Enter)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, next);
        top.setAlignment(Pos.CENTER_LEFT);

        CheckBox unsolved = new CheckBox("Unsolved only");
        unsolved.setId("unsolvedOnly");
        unsolved.selectedProperty().bindBidirectional(model.unsolvedOnlyProperty());
        ComboBox<ExerciseListViewModel.Choice<org.pgdrill.content.ExerciseKind>> kinds = new ComboBox<>();
        kinds.setId("kindFilter");
        kinds.getItems().setAll(model.kinds());
        kinds.valueProperty().bindBidirectional(model.kindProperty());
        kinds.setTooltip(new Tooltip("result: compare a query's rows · state: change data, tables compared · plan: rows and the plan"));
        ComboBox<ExerciseListViewModel.Choice<org.pgdrill.content.Level>> levels = new ComboBox<>();
        levels.setId("levelFilter");
        levels.getItems().setAll(model.levels());
        levels.valueProperty().bindBidirectional(model.levelProperty());
        levels.setTooltip(new Tooltip("The level of the exercise's lesson"));
        HBox filters = new HBox(12, unsolved, label("Kind"), kinds, label("Level"), levels);
        filters.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(14, top, filters);
        header.setPadding(new Insets(24, 24, 12, 24));
        rows.setPadding(new Insets(0, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        setTop(header);
        setCenter(scroll);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        model.shown().addListener((javafx.collections.ListChangeListener<ExerciseEntry>) change -> showRows());
        model.problemProperty().addListener((obs, old, problem) -> showRows());
        next.setOnAction(event -> model.nextUnsolved().ifPresent(this::start));
        next.disableProperty().bind(model.loadingProperty());
        showRows();
    }

    private void start(ExerciseEntry entry) {
        navigator.openExercise(entry.track(), entry.exercise());
    }

    private void showRows() {
        next.setText(model.nextUnsolved().map(entry -> "Next unsolved: " + entry.exercise().title()).orElse("Next unsolved"));
        next.setVisible(model.nextUnsolved().isPresent());
        next.setManaged(next.isVisible());
        List<ExerciseEntry> entries = model.shown();
        if (!model.problemProperty().get().isEmpty()) {
            rows.getChildren().setAll(message(model.problemProperty().get(), Styles.ERROR_TEXT));
            return;
        }
        if (entries.isEmpty()) {
            Label empty = message(model.emptyText(), Styles.MUTED);
            empty.setId("exercisesEmpty");
            rows.getChildren().setAll(empty);
            if (model.hasExercises()) {
                Button clear = new Button("Clear the filters");
                clear.setOnAction(event -> model.clearFilters());
                rows.getChildren().add(clear);
            }
            return;
        }
        rows.getChildren().clear();
        Track track = null;
        Lesson lesson = null;
        boolean severalTracks = entries.stream().map(entry -> entry.track().id()).distinct().count() > 1;
        for (ExerciseEntry entry : entries) {
            if (severalTracks && entry.track() != track) {
                rows.getChildren().add(heading(entry.track().title(), ExerciseStyles.TRACK_HEADING));
            }
            if (entry.lesson() != lesson) {
                rows.getChildren().add(heading(entry.lesson().title() + "  ·  " + entry.lesson().level().key(), ExerciseStyles.LESSON_HEADING));
            }
            track = entry.track();
            lesson = entry.lesson();
            rows.getChildren().add(row(entry));
        }
    }

    private static Label message(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setPadding(new Insets(12, 0, 8, 0));
        return label;
    }

    private static Label heading(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node row(ExerciseEntry entry) {
        Exercise exercise = entry.exercise();
        Label title = new Label(exercise.title());
        title.getStyleClass().add(ExerciseStyles.ROW_TITLE);
        Label meta = new Label(exercise.kind().key() + "  ·  " + Countdown.describeLimit(exercise.timeLimit()) + "  ·  "
                + exercise.dataset().title());
        meta.getStyleClass().add(Styles.MUTED);
        VBox text = new VBox(2, title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label status = new Label(entry.progress().describe());
        status.getStyleClass().addAll(ExerciseStyles.STATUS, ExerciseStyles.of(entry.progress().status()));
        Button start = new Button(entry.progress().status().solved() ? "Again" : "Start");
        start.setTooltip(new Tooltip("Start the countdown: the lesson is hidden until you finish or give up"));
        start.setOnAction(event -> start(entry));
        HBox row = new HBox(12, text, status, start);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ExerciseStyles.ROW);
        row.setUserData(entry);
        return row;
    }
}
