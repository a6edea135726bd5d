package org.pgdrill.ui.flashcards;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.ui.common.Styles;

/** What the page says when no card is left: when the next one is due, and what to study instead. */
final class DonePane extends VBox {
    private final FlashcardsViewModel model;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button ahead = new Button("Review ahead", new FontIcon(Feather.FAST_FORWARD));
    private final ComboBox<CardScope> lessons = new ComboBox<>();
    private final Button study = new Button("Study these cards", new FontIcon(Feather.BOOK));

    DonePane(FlashcardsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setSpacing(12);
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);
        FontIcon check = new FontIcon(Feather.CHECK_CIRCLE);
        check.getStyleClass().add(Styles.SUCCESS_TEXT);
        title.setId("doneTitle");
        title.setGraphic(check);
        title.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        detail.setId("doneDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.MUTED);
        ahead.setId("reviewAhead");
        ahead.setTooltip(new Tooltip("Study the next " + FlashcardsViewModel.AHEAD_COUNT + " cards before they are due"));
        lessons.setId("lessonChoice");
        lessons.getItems().setAll(model.lessons());
        lessons.setPromptText("Choose a lesson");
        lessons.setMaxWidth(420);
        study.setId("studyLesson");
        HBox lessonRow = new HBox(8, lessons, study);
        lessonRow.setAlignment(Pos.CENTER_LEFT);
        Label lessonLabel = new Label("Study a lesson's cards, due or not:");
        lessonLabel.getStyleClass().add(Styles.FORM_LABEL);
        getChildren().addAll(title, detail, ahead, lessonLabel, lessonRow);
    }

    private void initListeners() {
        title.textProperty().bind(model.doneTitleProperty());
        detail.textProperty().bind(model.doneDetailProperty());
        ahead.disableProperty().bind(model.canReviewAheadProperty().not().or(model.busyProperty()));
        ahead.setOnAction(event -> model.reviewAhead());
        study.disableProperty().bind(lessons.valueProperty().isNull().or(model.busyProperty()));
        study.setOnAction(event -> model.studyLesson(lessons.getValue()));
        boolean anyLesson = !lessons.getItems().isEmpty();
        for (javafx.scene.Node node : getChildren().subList(3, getChildren().size())) {
            node.setVisible(anyLesson);
            node.setManaged(anyLesson);
        }
        ahead.setVisible(anyLesson);
        ahead.setManaged(anyLesson);
    }
}
