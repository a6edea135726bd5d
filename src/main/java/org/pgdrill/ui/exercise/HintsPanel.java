package org.pgdrill.ui.exercise;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Styles;

/** The exercise's hints, revealed one at a time ("Hint 1 of 3"); every revealed hint is counted. */
final class HintsPanel extends VBox {
    static final String BUTTON_ID = "nextHint";
    private final ExerciseSessionViewModel model;
    private final VBox shown = new VBox(8);
    private final Button reveal = new Button("", new FontIcon(Feather.HELP_CIRCLE));

    HintsPanel(ExerciseSessionViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setSpacing(8);
        getStyleClass().add(Styles.CARD);
        Label title = new Label("Hints");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        reveal.setId(BUTTON_ID);
        reveal.setTooltip(new Tooltip("Reveals one more hint; hints used are recorded with your attempts (Ctrl+H)"));
        getChildren().addAll(title, shown, reveal);
    }

    private void initListeners() {
        reveal.setOnAction(event -> model.nextHint());
        model.hintsShownProperty().addListener((obs, old, count) -> update());
        update();
    }

    private void update() {
        int total = model.exercise().hints().size();
        int count = model.hintsShownProperty().get();
        shown.getChildren().clear();
        for (int i = 0; i < count; i++) {
            Label number = new Label("Hint " + (i + 1) + " of " + total);
            number.getStyleClass().add(Styles.HINT);
            TextFlow text = MarkdownView.inline(model.exercise().hints().get(i), link -> { });
            text.getStyleClass().add(ExerciseStyles.HINT_TEXT);
            shown.getChildren().add(new VBox(2, number, text));
        }
        if (total == 0) {
            reveal.setText("This exercise has no hints");
            reveal.setDisable(true);
        } else if (count < total) {
            reveal.setText("Show hint " + (count + 1) + " of " + total);
            reveal.setDisable(false);
        } else {
            reveal.setText("No more hints");
            reveal.setDisable(true);
        }
    }
}
