package org.pgdrill.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A bordered box with a heading and an optional one-line explanation: the building block of the Settings and Progress pages. */
public final class CardBox extends VBox {
    public CardBox(String heading, String description, Node... body) {
        super(8);
        getStyleClass().add(Styles.CARD);
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().add(title);
        if (description != null && !description.isEmpty()) {
            Label text = new Label(description);
            text.getStyleClass().add(Styles.MUTED);
            text.setWrapText(true);
            getChildren().add(text);
        }
        getChildren().addAll(body);
    }
}
