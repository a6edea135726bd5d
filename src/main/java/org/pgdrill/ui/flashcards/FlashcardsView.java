package org.pgdrill.ui.flashcards;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.review.Rating;
import org.pgdrill.ui.common.FileDialogs;
import org.pgdrill.ui.common.Styles;
import org.pgdrill.ui.flashcards.StudyQueue.Counts;

/**
 * The Flashcards page: today's counts and the filter on top, the card (or what to do when none is left) in the
 * middle, the keys at the bottom. Space shows the answer, 1–4 rate it, wherever the focus is on this page.
 */
public final class FlashcardsView extends BorderPane {
    private static final FileDialogs.FileType ANKI_FILE = new FileDialogs.FileType("Anki text file (*.tsv)", "*.tsv");
    /** A learning card due within this long is waited for on the page, so it appears without a click. */
    private static final Duration WAIT_FOR_DUE = Duration.ofHours(1);

    private final FlashcardsViewModel model;
    private final FileDialogs dialogs;
    private final DueText dueText;
    private final StudyPane study;
    private final DonePane done;
    private final Label countNew = chip("countNew");
    private final Label countLearning = chip("countLearning");
    private final Label countReview = chip("countReview");
    private final Label countDone = chip("countDone");
    private final ComboBox<CardScope> filter = new ComboBox<>();
    private final Button export = new Button("Export to Anki…", new FontIcon(Feather.DOWNLOAD));
    private final Label message = new Label();
    private final PauseTransition dueTimer = new PauseTransition();
    private final EventHandler<KeyEvent> keys = this::onKey;

    public FlashcardsView(FlashcardsViewModel model, FileDialogs dialogs, DueText dueText) {
        this.model = model;
        this.dialogs = dialogs;
        this.dueText = dueText;
        this.study = new StudyPane(model);
        this.done = new DonePane(model);
        createView();
        initListeners();
    }

    private static Label chip(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.COUNT_CHIP);
        return label;
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        Label title = new Label("Flashcards");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        filter.setId("cardsFilter");
        filter.setItems(model.scopes());
        filter.valueProperty().bindBidirectional(model.scopeProperty());
        filter.setTooltip(new Tooltip("Study the cards of one track or lesson"));
        filter.setFocusTraversable(false);
        export.setId("exportAnki");
        export.setTooltip(new Tooltip("Write every card to a file Anki imports (File > Import)"));
        export.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, filter, export);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox countsRow = new HBox(8, countNew, countLearning, countReview, countDone);
        countsRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, header, countsRow);
        top.setPadding(new Insets(16, 24, 8, 24));

        StackPane middle = new StackPane(study, done);
        StackPane.setAlignment(study, Pos.TOP_CENTER);
        StackPane.setAlignment(done, Pos.TOP_CENTER);
        middle.setPadding(new Insets(12, 24, 12, 24));
        ScrollPane scroll = new ScrollPane(middle);
        scroll.setFitToWidth(true);

        message.setId("flashcardsMessage");
        message.setWrapText(true);
        Label hint = new Label("Space  show answer     1  Again     2  Hard     3  Good     4  Easy");
        hint.setId("flashcardKeys");
        hint.getStyleClass().add(Styles.KEY_HINT);
        VBox bottom = new VBox(6, message, hint);
        bottom.setPadding(new Insets(8, 24, 12, 24));
        setTop(top);
        setCenter(scroll);
        setBottom(bottom);
        study.face().setFocusTraversable(true);
    }

    private void initListeners() {
        export.setOnAction(event -> dialogs.save(getScene().getWindow(), "Export flashcards to Anki", "pgdrill-flashcards.tsv", ANKI_FILE)
                .ifPresent(model::exportAnki));
        export.disableProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        model.countsProperty().addListener((obs, old, counts) -> showCounts(counts));
        showCounts(model.countsProperty().get());
        study.visibleProperty().bind(model.cardProperty().isNotNull());
        done.visibleProperty().bind(model.cardProperty().isNull().and(model.doneTitleProperty().isNotEmpty()));
        model.nextDueProperty().addListener((obs, old, due) -> waitFor(due));
        dueTimer.setOnFinished(event -> model.refresh());
        sceneProperty().addListener((obs, old, scene) -> attached(old, scene));
    }

    /** Shown (put into a scene) or hidden: listen for keys only while shown, and read the queue afresh. */
    private void attached(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            model.refresh();
            study.face().requestFocus();
        } else {
            dueTimer.stop();
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.getTarget() instanceof TextInputControl
                || event.getTarget() instanceof ComboBox) {
            return;
        }
        Rating rating = switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> Rating.AGAIN;
            case DIGIT2, NUMPAD2 -> Rating.HARD;
            case DIGIT3, NUMPAD3 -> Rating.GOOD;
            case DIGIT4, NUMPAD4 -> Rating.EASY;
            default -> null;
        };
        if (event.getCode() == KeyCode.SPACE && model.cardProperty().get() != null) {
            model.flip();
            event.consume();
        } else if (rating != null && model.answerShownProperty().get()) {
            model.rate(rating);
            event.consume();
        }
    }

    private void showCounts(Counts counts) {
        countNew.setText("New " + counts.newCards());
        countLearning.setText("Learning " + counts.learning());
        countReview.setText("Review " + counts.reviews());
        countDone.setText("Done today " + counts.doneToday());
    }

    private void waitFor(Instant due) {
        dueTimer.stop();
        if (due != null && dueText.until(due).compareTo(WAIT_FOR_DUE) < 0) {
            dueTimer.setDuration(javafx.util.Duration.millis(dueText.until(due).toMillis() + 1_000));
            dueTimer.playFromStart();
        }
    }
}
