package org.pgdrill.ui.settings;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Styles;

/** Flashcard scheduling: desired retention, new cards per day, when a study day starts. */
final class ReviewCard {
    private ReviewCard() {
    }

    static CardBox create(ReviewSettingsViewModel model) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        row(form, 0, "Desired retention (%)", spinner("retention", model.retentionPercentProperty(),
                        ReviewSettingsViewModel.MIN_RETENTION_PERCENT, ReviewSettingsViewModel.MAX_RETENTION_PERCENT),
                "How likely you should still know a card when it comes due. Higher means more reviews; 90 is usual.");
        row(form, 1, "New cards per day", spinner("newCardsPerDay", model.newCardsPerDayProperty(), 0,
                ReviewSettingsViewModel.MAX_NEW_CARDS_PER_DAY), "Cards you have never seen that a study day may start.");
        row(form, 2, "Day starts at (hour)", spinner("dayStartHour", model.dayStartHourProperty(), 0, 23),
                "0–23. Reviews after midnight but before this hour still count for the evening before.");
        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return new CardBox("Review", "How flashcards are scheduled (FSRS). Changes are saved at once.", form, message);
    }

    private static void row(GridPane form, int row, String label, Spinner<Integer> spinner, String hint) {
        Label name = new Label(label);
        name.setLabelFor(spinner);
        name.getStyleClass().add(Styles.FORM_LABEL);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label explanation = new Label(hint);
        explanation.getStyleClass().add(Styles.HINT);
        explanation.setWrapText(true);
        GridPane.setValignment(name, javafx.geometry.VPos.CENTER);
        form.addRow(row, name, spinner, explanation);
        GridPane.setFillWidth(explanation, true);
        explanation.setAlignment(Pos.CENTER_LEFT);
    }

    /** An editable spinner that takes digits only and saves when the learner presses Enter or leaves it. */
    private static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                // an emptied field keeps the value it had; the factory brings a number outside the range back into it
                return text == null || text.isBlank() ? factory.getValue() : Integer.valueOf(text.strip());
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,4}") ? change : null));
        spinner.getEditor().setOnAction(event -> spinner.commitValue());
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.commitValue();
            }
        });
        spinner.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                value.set(chosen);
            }
        });
        value.addListener((obs, old, stored) -> factory.setValue(stored.intValue()));
        return spinner;
    }
}
