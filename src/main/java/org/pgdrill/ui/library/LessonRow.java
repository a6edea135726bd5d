package org.pgdrill.ui.library;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.app.TrackProgress;
import org.pgdrill.content.LessonMode;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Styles;

/** One lesson in the library list: step, title, summary, level, reading time, status and confidence. */
final class LessonRow extends HBox {
    static final String STYLE = "lesson-row";

    LessonRow(TrackProgress.LessonState state, Runnable open) {
        getStyleClass().add(STYLE);
        getStyleClass().add("status-" + state.status().name().toLowerCase(java.util.Locale.ROOT));
        setId("lesson-" + state.lesson().id());
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        Label step = new Label(state.status() == TrackProgress.Status.COMPLETED ? "" : String.valueOf(state.step()),
                state.status() == TrackProgress.Status.COMPLETED ? new FontIcon(Feather.CHECK) : null);
        step.getStyleClass().add("lesson-step");
        step.setMinSize(34, 34);
        step.setAlignment(Pos.CENTER);

        Label title = new Label(state.lesson().title());
        title.getStyleClass().add("lesson-title");
        TextFlow summary = MarkdownView.inline(state.lesson().summary(), link -> { });
        summary.getStyleClass().add("lesson-summary");
        HBox badges = new HBox(6, badge(capitalised(state.lesson().level().name())),
                badge(state.lesson().readingMinutes() + " min read"));
        if (state.lesson().mode() == LessonMode.HANDS_ON) {
            badges.getChildren().add(badge(state.lesson().parts().exercises().size() + " exercises"));
        }
        if (state.status() != TrackProgress.Status.NOT_STARTED) {
            Label status = badge(state.status().label());
            status.getStyleClass().add("badge-status");
            badges.getChildren().add(status);
        }
        state.confidence().ifPresent(confidence -> badges.getChildren().add(badge("Confidence " + confidence + "/5")));
        VBox text = new VBox(4, title, summary, badges);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(step, text);
        setOnMouseClicked(event -> open.run());
        setFocusTraversable(true);
        setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER || event.getCode() == javafx.scene.input.KeyCode.SPACE) {
                open.run();
            }
        });
    }

    private static Label badge(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.BADGE);
        return label;
    }

    private static String capitalised(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
