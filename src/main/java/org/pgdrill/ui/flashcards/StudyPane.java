package org.pgdrill.ui.flashcards;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pgdrill.app.FlashcardDeck.DeckCard;
import org.pgdrill.review.Rating;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Styles;
import org.pgdrill.ui.flashcards.StudyQueue.Mode;

/** One card: where it comes from, the question, then the answer and the four rating buttons with their intervals. */
final class StudyPane extends VBox {
    private final FlashcardsViewModel model;
    private final Label source = new Label();
    private final Label session = new Label();
    private final Hyperlink backToToday = new Hyperlink("Back to today's cards");
    /** A review-ahead or lesson session: where it stands and the way back to today's queue. */
    private final HBox sessionRow = new HBox(10);
    private final VBox question = new VBox();
    private final VBox answer = new VBox();
    private final Separator divider = new Separator();
    private final VBox face = new VBox(14);
    private final Button flip = new Button("Show answer");
    private final Map<Rating, Button> ratings = new EnumMap<>(Rating.class);
    private final HBox ratingRow = new HBox(10);

    StudyPane(FlashcardsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setSpacing(14);
        setFillWidth(true);
        setMaxWidth(760);
        source.setId("cardSource");
        source.getStyleClass().add(Styles.MUTED);
        session.setId("cardSession");
        session.getStyleClass().add(Styles.BADGE);
        backToToday.setId("backToToday");
        backToToday.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        sessionRow.getChildren().addAll(session, spacer, backToToday);
        sessionRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, sessionRow, source);

        question.setId("cardQuestion");
        answer.setId("cardAnswer");
        answer.getStyleClass().add(Styles.FLASHCARD_ANSWER);
        face.getStyleClass().add(Styles.FLASHCARD);
        face.getChildren().addAll(question, divider, answer);

        flip.setId("flip");
        flip.getStyleClass().add("accent");
        flip.setTooltip(new Tooltip("Show the answer (Space)"));
        flip.setFocusTraversable(false);
        flip.setMaxWidth(Double.MAX_VALUE);
        int key = 1;
        for (Rating rating : Rating.values()) {
            Label interval = new Label();
            interval.getStyleClass().add(Styles.RATING_INTERVAL);
            Button button = new Button(rating.label(), interval);
            button.setId("rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.setContentDisplay(ContentDisplay.BOTTOM);
            button.getStyleClass().addAll(Styles.RATING_BUTTON, "button-outlined");
            styleOf(rating).ifPresent(button.getStyleClass()::add);
            button.setTooltip(new Tooltip(rating.label() + " (" + key++ + ")"));
            button.setFocusTraversable(false);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(event -> model.rate(rating));
            ratings.put(rating, button);
            ratingRow.getChildren().add(button);
        }
        getChildren().addAll(top, face, flip, ratingRow);
    }

    /** AtlantaFX's colours: red for Again, green for Good, blue for Easy; Hard stays neutral. */
    private static java.util.Optional<String> styleOf(Rating rating) {
        return java.util.Optional.ofNullable(switch (rating) {
            case AGAIN -> "danger";
            case HARD -> null;
            case GOOD -> "success";
            case EASY -> "accent";
        });
    }

    private void initListeners() {
        flip.setOnAction(event -> model.flip());
        backToToday.setOnAction(event -> model.backToToday());
        model.cardProperty().addListener((obs, old, card) -> showCard(card));
        model.answerShownProperty().addListener((obs, old, shown) -> showAnswer(shown));
        model.intervalsProperty().addListener((obs, old, intervals) -> showIntervals(intervals));
        model.sessionTextProperty().addListener((obs, old, text) -> session.setText(text));
        session.visibleProperty().bind(session.textProperty().isNotEmpty());
        session.managedProperty().bind(session.visibleProperty());
        backToToday.visibleProperty().bind(model.modeProperty().isNotEqualTo(Mode.TODAY));
        backToToday.managedProperty().bind(backToToday.visibleProperty());
        sessionRow.visibleProperty().bind(session.visibleProperty().or(backToToday.visibleProperty()));
        sessionRow.managedProperty().bind(sessionRow.visibleProperty());
        ratings.values().forEach(button -> button.disableProperty().bind(model.busyProperty()));
        showCard(model.cardProperty().get());
        showAnswer(model.answerShownProperty().get());
        showIntervals(model.intervalsProperty().get());
    }

    private void showCard(DeckCard card) {
        if (card == null) {
            return;
        }
        source.setText(card.track().title() + "  ›  " + card.lesson().title());
        question.getChildren().setAll(new MarkdownView(card.flashcard().question(), link -> { }, null));
        answer.getChildren().setAll(new MarkdownView(card.flashcard().answer(), link -> { }, null));
    }

    private void showAnswer(boolean shown) {
        for (javafx.scene.Node node : new javafx.scene.Node[] {divider, answer, ratingRow}) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
        flip.setVisible(!shown);
        flip.setManaged(!shown);
    }

    private void showIntervals(Map<Rating, String> intervals) {
        ratings.forEach((rating, button) -> ((Label) button.getGraphic()).setText(intervals.getOrDefault(rating, "")));
    }

    /** The card's text area, which takes the keyboard focus so Space and 1–4 reach the page. */
    VBox face() {
        return face;
    }
}
