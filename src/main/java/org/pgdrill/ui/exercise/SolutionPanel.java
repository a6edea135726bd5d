package org.pgdrill.ui.exercise;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.SqlHighlighter;
import org.pgdrill.ui.common.Styles;

/**
 * "Show solution": asks first (it ends the timed attempt and counts as a peek), then shows the reference
 * solution and the author's explanation.
 */
final class SolutionPanel extends VBox {
    static final String SHOW_ID = "showSolution";
    static final String CONFIRM_ID = "confirmSolution";
    private final ExerciseSessionViewModel model;
    private final Button show = new Button("Show solution…", new FontIcon(Feather.EYE));
    private final Button confirm = new Button("Show it");
    private final Button keepTrying = new Button("Keep trying");
    private final HBox question;

    SolutionPanel(ExerciseSessionViewModel model) {
        this.model = model;
        Label ask = new Label("The solution ends the timed attempt and is recorded as a peek: a correct answer after it does not count as solved.");
        ask.setWrapText(true);
        ask.getStyleClass().add(Styles.MUTED);
        question = new HBox(8, confirm, keepTrying);
        question.setAlignment(Pos.CENTER_LEFT);
        VBox asking = new VBox(6, ask, question);
        createView(asking);
        initListeners(asking);
    }

    private void createView(VBox asking) {
        setSpacing(8);
        getStyleClass().add(Styles.CARD);
        Label title = new Label("Solution");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        show.setId(SHOW_ID);
        show.setTooltip(new Tooltip("Gives up this attempt and shows the reference solution"));
        confirm.setId(CONFIRM_ID);
        confirm.getStyleClass().add("danger");
        asking.setVisible(false);
        asking.managedProperty().bind(asking.visibleProperty());
        getChildren().addAll(title, show, asking);
    }

    private void initListeners(VBox asking) {
        show.setOnAction(event -> {
            if (model.solvedProperty().get()) {
                model.showSolution(); // solved already: comparing with the reference gives nothing away
                return;
            }
            show.setVisible(false);
            show.setManaged(false);
            asking.setVisible(true);
            confirm.requestFocus();
        });
        keepTrying.setOnAction(event -> {
            asking.setVisible(false);
            show.setVisible(true);
            show.setManaged(true);
        });
        confirm.setOnAction(event -> model.showSolution());
        model.solvedProperty().addListener((obs, old, solved) -> {
            if (solved) {
                show.setText("Compare with the reference solution");
                show.setTooltip(new Tooltip("You solved it: seeing the reference now is no peek"));
            }
        });
        model.solutionShownProperty().addListener((obs, old, shown) -> {
            if (shown) {
                reveal();
            }
        });
    }

    private void reveal() {
        getChildren().remove(1, getChildren().size());
        TextFlow sql = SqlHighlighter.flow(model.exercise().solution().strip());
        VBox code = new VBox(sql);
        code.getStyleClass().add("md-code");
        code.setId("solutionSql");
        getChildren().add(code);
        if (!model.exercise().explanation().isBlank()) {
            getChildren().add(new MarkdownView(model.exercise().explanation(), link -> { }, null));
        }
    }
}
