package org.pgdrill.ui.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pgdrill.app.ProgressSummary;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/** The Progress page: tracks, flashcards, exercises, confidence and the last 30 days, read afresh whenever it is shown. */
public final class DashboardView extends ScrollPane {
    private final DashboardViewModel model;
    private final Navigator navigator;
    private final Label subtitle = new Label("Reading your progress…");
    private final Label error = new Label();
    private final VBox cards = new VBox(16);

    public DashboardView(DashboardViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
    }

    private void createView() {
        Label title = new Label("Progress");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        subtitle.setId("dashboardDay");
        subtitle.getStyleClass().add(Styles.PAGE_SUBTITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        error.setId("dashboardError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox page = new VBox(16, header, subtitle, error, cards);
        page.getStyleClass().add(Styles.PAGE);
        page.setPadding(new Insets(24));
        setContent(page);
        setFitToWidth(true);
    }

    private void initListeners() {
        error.textProperty().bind(model.errorProperty());
        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private void show(ProgressSummary summary) {
        if (summary == null) {
            return;
        }
        subtitle.setText("Where you stand on " + DashboardTexts.longDay(summary.today()) + ".");
        VBox flashcards = StatsCards.flashcards(summary.flashcards());
        VBox exercises = StatsCards.exercises(summary.exercises());
        HBox.setHgrow(flashcards, Priority.ALWAYS);
        HBox.setHgrow(exercises, Priority.ALWAYS);
        flashcards.setMaxWidth(Double.MAX_VALUE);
        exercises.setMaxWidth(Double.MAX_VALUE);
        flashcards.setPrefWidth(1);
        exercises.setPrefWidth(1);
        cards.getChildren().setAll(TracksCard.create(summary.tracks(), model.lessonFolders(), navigator),
                new HBox(16, flashcards, exercises), ConfidenceCard.create(summary.confidence(), navigator),
                ActivityStrip.create(summary.activity()));
    }
}
