package org.pgdrill.ui.library;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.app.TrackProgress;
import org.pgdrill.content.Problem;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/** The library page: a track's lessons in order, where the learner stands ("Step 12/36, 33%") and a Continue button. */
public final class LibraryView extends ScrollPane {
    private final LibraryViewModel model;
    private final Navigator navigator;
    private final VBox page = new VBox(16);
    private final Label step = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button resume = new Button("Start", new FontIcon(Feather.ARROW_RIGHT));
    private final VBox lessons = new VBox(8);
    private final VBox description = new VBox();

    public LibraryView(LibraryViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
    }

    private void createView() {
        Label title = new Label("Library");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        ComboBox<org.pgdrill.content.Track> tracks = new ComboBox<>(model.tracks());
        tracks.valueProperty().bindBidirectional(model.trackProperty());
        tracks.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.pgdrill.content.Track track) {
                return track == null ? "" : track.title();
            }

            @Override
            public org.pgdrill.content.Track fromString(String text) {
                return null;
            }
        });
        tracks.setVisible(model.tracks().size() > 1);
        tracks.setManaged(model.tracks().size() > 1);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, tracks);
        header.setAlignment(Pos.CENTER_LEFT);

        step.setId("trackStep");
        step.getStyleClass().add(Styles.SECTION_TITLE);
        bar.setPrefWidth(260);
        resume.setId("continueLesson");
        resume.getStyleClass().add("accent");
        resume.setDefaultButton(true);
        HBox progressRow = new HBox(16, step, bar, resume);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        VBox progressCard = new VBox(8, description, progressRow);
        progressCard.getStyleClass().add(Styles.CARD);

        page.getChildren().addAll(header, progressCard);
        if (!model.problems().isEmpty()) {
            page.getChildren().add(problemsPane());
        }
        lessons.setId("lessonList");
        page.getChildren().add(lessons);
        if (model.tracks().isEmpty()) {
            Label empty = new Label("No lessons are loaded. pgdrill looks in the lessons folder next to it, in --lessons DIR, "
                    + "PGDRILL_LESSONS and <data folder>/packs.");
            empty.setWrapText(true);
            page.getChildren().setAll(header, empty);
        }
        page.getStyleClass().add(Styles.PAGE);
        page.setPadding(new Insets(24));
        setContent(page);
        setFitToWidth(true);
    }

    private TitledPane problemsPane() {
        Label list = new Label(model.problems().stream().map(Problem::toString).limit(20).collect(Collectors.joining("\n")));
        list.setWrapText(true);
        list.getStyleClass().add(Styles.ERROR_TEXT);
        TitledPane pane = new TitledPane(model.problems().size() + " problem(s) in the lesson files: those lessons are left out", list);
        pane.setExpanded(false);
        pane.setId("libraryProblems");
        return pane;
    }

    private void initListeners() {
        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
    }

    private void show(TrackProgress.Summary summary) {
        lessons.getChildren().clear();
        if (summary == null) {
            return;
        }
        description.getChildren().setAll(new MarkdownView(summary.track().description(), link -> { }, null));
        step.setText(summary.stepText());
        bar.setProgress(summary.total() == 0 ? 0 : (double) summary.completed() / summary.total());
        summary.next().ifPresentOrElse(next -> {
            resume.setText((summary.completed() == 0 && next.step() == 1 ? "Start: " : "Continue: ") + next.lesson().title());
            resume.setOnAction(event -> navigator.openLesson(summary.track(), next.lesson()));
            resume.setDisable(false);
        }, () -> {
            resume.setText("Track complete");
            resume.setDisable(true);
        });
        for (TrackProgress.LessonState state : summary.lessons()) {
            lessons.getChildren().add(new LessonRow(state, () -> navigator.openLesson(summary.track(), state.lesson())));
        }
    }
}
