package org.pgdrill.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** The text a learner reads in a part of the window: labels, buttons and Markdown text, visible ones only. */
public final class UiText {
    private UiText() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        // icon fonts draw glyphs from the private use area: no text a learner reads
        return text.toString().replaceAll("\\p{Co}", "").strip().replaceAll("\\s+", " ");
    }

    private static void collect(Node node, StringBuilder text) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            text.append(labeled.getText()).append(' ');
            if (labeled.getGraphic() != null) {
                collect(labeled.getGraphic(), text);
            }
            return;
        }
        if (node instanceof Text piece) {
            text.append(piece.getText());
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, text);
            }
            text.append(' ');
        }
    }
}
