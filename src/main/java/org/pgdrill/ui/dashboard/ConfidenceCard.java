package org.pgdrill.ui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.pgdrill.app.ProgressSummary.LessonConfidence;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/** "Can you explain this in 30 seconds?" per lesson: the least confident first, as lessons worth revisiting. */
final class ConfidenceCard {
    private ConfidenceCard() {
    }

    static Node create(List<LessonConfidence> ratings, Navigator navigator) {
        String question = "\"Can you explain this in 30 seconds?\" — your latest answer per lesson, 1 to 5.";
        if (ratings.isEmpty()) {
            Label none = new Label("No lesson rated yet. At the end of a lesson, rate how well you could explain it;"
                    + " lessons you rate low show up here to revisit.");
            none.setId("noConfidence");
            none.setWrapText(true);
            return new CardBox("Confidence", question, none);
        }
        VBox body = new VBox(10);
        List<LessonConfidence> low = ratings.stream().filter(LessonConfidence::worthRevisiting).toList();
        List<LessonConfidence> rest = ratings.stream().filter(rating -> !rating.worthRevisiting()).toList();
        if (!low.isEmpty()) {
            body.getChildren().addAll(heading("Worth revisiting"), table("revisit", low, navigator));
        }
        if (!rest.isEmpty()) {
            body.getChildren().addAll(heading(low.isEmpty() ? "Rated lessons" : "Other rated lessons"), table("rated", rest, navigator));
        }
        return new CardBox("Confidence", question, body);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.FORM_LABEL);
        return heading;
    }

    private static GridPane table(String id, List<LessonConfidence> ratings, Navigator navigator) {
        GridPane table = new GridPane();
        table.setId(id);
        table.setHgap(16);
        table.setVgap(2);
        int row = 0;
        for (LessonConfidence rating : ratings) {
            Hyperlink lesson = new Hyperlink(rating.lesson().title());
            lesson.setOnAction(event -> navigator.openLesson(rating.track(), rating.lesson()));
            Label track = new Label(rating.track().title());
            track.getStyleClass().add(Styles.MUTED);
            Label dots = new Label(DashboardTexts.dots(rating.latest()) + "  " + rating.latest() + "/5");
            dots.getStyleClass().add(Styles.CONFIDENCE_DOTS);
            Label trend = new Label(DashboardTexts.trend(rating));
            trend.getStyleClass().add(rating.trend() > 0 ? Styles.TREND_UP : rating.trend() < 0 ? Styles.TREND_DOWN : Styles.MUTED);
            for (Node cell : new Node[] {lesson, track, dots, trend}) {
                GridPane.setValignment(cell, javafx.geometry.VPos.CENTER);
            }
            table.addRow(row++, lesson, track, dots, trend);
        }
        table.setAlignment(Pos.TOP_LEFT);
        return table;
    }
}
