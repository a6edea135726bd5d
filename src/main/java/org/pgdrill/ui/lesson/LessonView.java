package org.pgdrill.ui.lesson;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.content.Drill;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.LessonParts;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Section;
import org.pgdrill.ui.common.Styles;

/** A lesson: header and actions, the prose, then its parts, the confidence rating and personal notes. */
public final class LessonView extends ScrollPane {
    private static final String[] CONFIDENCE = {"Not yet", "Barely", "Roughly", "Well", "Easily"};
    private final LessonViewModel model;
    private final Navigator navigator;
    private final VBox page = new VBox(18);
    private final ToggleButton complete = new ToggleButton("Mark as done", new FontIcon(Feather.CHECK_CIRCLE));
    private final ToggleGroup confidence = new ToggleGroup();
    private final TextArea notes = new TextArea();
    private final Label message = new Label();

    public LessonView(LessonViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
        model.open();
    }

    private void createView() {
        Lesson lesson = model.lesson();
        LessonParts parts = lesson.parts();
        Hyperlink back = new Hyperlink("← Library");
        back.setOnAction(event -> navigator.back(Section.LIBRARY));
        Label where = new Label("Lesson " + model.step() + " of " + model.track().lessons().size() + " · " + model.track().title());
        where.getStyleClass().add(Styles.MUTED);
        Label title = new Label(lesson.title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setWrapText(true);
        title.setId("lessonTitle");
        Label facts = new Label(lesson.level().name().charAt(0) + lesson.level().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                + " · " + lesson.readingMinutes() + " min read · version " + lesson.version() + " · reviewed " + lesson.lastReviewed());
        facts.getStyleClass().add(Styles.MUTED);
        Label updated = new Label("Updated since you finished it: have a look at what changed.");
        updated.getStyleClass().add("badge-warning");
        updated.visibleProperty().bind(model.updatedSinceProperty());
        updated.managedProperty().bind(model.updatedSinceProperty());
        page.getChildren().addAll(back, where, title, facts, updated, actions(parts),
                new MarkdownView(withoutTitleHeading(lesson), this::openLink, this::trySql));

        if (!parts.checklist().isEmpty()) {
            page.getChildren().add(PartCards.checklist(parts.checklist(), model, this::openLink));
        }
        for (Drill drill : parts.drills()) {
            page.getChildren().add(PartCards.drill(drill, this::trySql, this::openLink));
        }
        if (!parts.tips().isEmpty()) {
            page.getChildren().add(PartCards.tips(parts.tips(), this::openLink));
        }
        if (!parts.flashcards().isEmpty()) {
            page.getChildren().add(PartCards.interviewQuestions(parts.flashcards(), this::openLink,
                    () -> navigator.openFlashcards(model.track(), lesson)));
        }
        if (!parts.exercises().isEmpty()) {
            page.getChildren().add(PartCards.exercises(parts.exercises(), exercise -> navigator.openExercise(model.track(), exercise)));
        }
        page.getChildren().add(confidenceCard());
        if (!parts.nextSteps().isEmpty()) {
            page.getChildren().add(PartCards.nextSteps(model.track(), parts.nextSteps(), this::openLink));
        }
        page.getChildren().add(notesCard());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        page.getChildren().add(message);
        page.getStyleClass().addAll(Styles.PAGE, "lesson-page");
        page.setPadding(new Insets(24, 32, 40, 32));
        page.setMaxWidth(920);
        setContent(page);
        setFitToWidth(true);
    }

    /** Lesson files usually open with "# Title"; the page shows the title already. */
    static String withoutTitleHeading(Lesson lesson) {
        String text = lesson.markdown().stripLeading();
        String heading = "# " + lesson.title();
        if (text.startsWith(heading) && (text.length() == heading.length() || text.charAt(heading.length()) == '\n'
                || text.charAt(heading.length()) == '\r')) {
            return text.substring(heading.length()).stripLeading();
        }
        return lesson.markdown();
    }

    private HBox actions(LessonParts parts) {
        complete.setId("lessonDone");
        HBox actions = new HBox(8, complete);
        int questions = parts.multipleChoice().size() + parts.selfChecks().size();
        if (questions > 0) {
            Button quiz = new Button("Self-check quiz (" + questions + ")", new FontIcon(Feather.HELP_CIRCLE));
            quiz.setId("openQuiz");
            quiz.setOnAction(event -> navigator.openQuiz(model.track(), model.lesson()));
            actions.getChildren().add(quiz);
        }
        if (!parts.exercises().isEmpty()) {
            Button practise = new Button("Practise (" + parts.exercises().size() + ")", new FontIcon(Feather.TARGET));
            practise.setOnAction(event -> navigator.openExercise(model.track(), parts.exercises().get(0)));
            actions.getChildren().add(practise);
        }
        model.dataset().ifPresent(dataset -> {
            Button sandbox = new Button("Sandbox", new FontIcon(Feather.TERMINAL));
            sandbox.setOnAction(event -> navigator.openSandbox(model.track(), dataset, ""));
            actions.getChildren().add(sandbox);
        });
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private VBox confidenceCard() {
        VBox card = PartCards.card("confidence", "Can you explain this lesson in 30 seconds?",
                "Rate yourself after reading and again later: the Progress page shows which lessons to revisit.");
        HBox buttons = new HBox(6);
        for (int rating = 1; rating <= 5; rating++) {
            ToggleButton button = new ToggleButton(rating + " · " + CONFIDENCE[rating - 1]);
            button.setId("confidence-" + rating);
            button.setUserData(rating);
            button.setToggleGroup(confidence);
            buttons.getChildren().add(button);
        }
        Label history = new Label();
        history.getStyleClass().add(Styles.MUTED);
        history.textProperty().bind(model.ratingsProperty().asString("Rated %d time(s)"));
        card.getChildren().addAll(buttons, history);
        return card;
    }

    private VBox notesCard() {
        VBox card = PartCards.card("notes", "Your notes", "Saved as you type; they stay on this machine and go with an export.");
        notes.setId("lessonNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        card.getChildren().add(notes);
        return card;
    }

    private void initListeners() {
        complete.selectedProperty().addListener((obs, old, done) -> {
            if (done != model.completedProperty().get()) {
                model.setCompleted(done);
            }
        });
        model.completedProperty().addListener((obs, old, done) -> {
            complete.setSelected(done);
            complete.setText(done ? "Done" : "Mark as done");
        });
        confidence.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null && (int) selected.getUserData() != model.confidenceProperty().get()) {
                model.rate((int) selected.getUserData());
            }
        });
        model.confidenceProperty().addListener((obs, old, rating) -> selectConfidence(rating.intValue()));
        model.noteProperty().addListener((obs, old, saved) -> {
            if (!notes.isFocused()) {
                notes.setText(saved);
            }
        });
        PauseTransition typingPause = new PauseTransition(Duration.millis(800));
        typingPause.setOnFinished(event -> model.saveNote(notes.getText()));
        notes.textProperty().addListener((obs, old, text) -> typingPause.playFromStart());
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                typingPause.stop();
                model.saveNote(notes.getText());
            }
        });
        message.textProperty().bind(model.messageProperty());
    }

    private void selectConfidence(int rating) {
        confidence.getToggles().stream().filter(toggle -> (int) toggle.getUserData() == rating).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private void openLink(String destination) {
        navigator.openLink(model.track(), destination);
    }

    private void trySql(String sql) {
        model.dataset().ifPresent(dataset -> navigator.openSandbox(model.track(), dataset, sql));
    }

    /** Saves a note still being typed (the learner navigates away). */
    public void flush() {
        model.saveNote(notes.getText());
    }

}
