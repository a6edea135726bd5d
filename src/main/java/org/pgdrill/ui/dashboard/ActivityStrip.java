package org.pgdrill.ui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pgdrill.app.ProgressSummary.DayActivity;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Styles;

/** The last 30 study days as bars: flashcard reviews, exercise attempts and lesson visits per day. */
final class ActivityStrip {
    private static final double MAX_BAR = 64;
    private static final double IDLE_BAR = 3;

    private ActivityStrip() {
    }

    static Node create(List<DayActivity> days) {
        int busiest = days.stream().mapToInt(DayActivity::total).max().orElse(0);
        HBox bars = new HBox(4);
        bars.setId("activityBars");
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.setMinHeight(MAX_BAR);
        for (DayActivity day : days) {
            Region bar = new Region();
            double height = day.total() == 0 ? IDLE_BAR : Math.max(6, MAX_BAR * day.total() / busiest);
            bar.setMinHeight(height);
            bar.setPrefHeight(height);
            bar.setMaxHeight(height);
            bar.setPrefWidth(16);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.getStyleClass().add(day.total() == 0 ? Styles.ACTIVITY_BAR_IDLE : Styles.ACTIVITY_BAR);
            Tooltip.install(bar, new Tooltip(DashboardTexts.day(day)));
            bars.getChildren().add(bar);
        }
        Label first = new Label(days.isEmpty() ? "" : DashboardTexts.shortDay(days.get(0).day()));
        first.getStyleClass().add(Styles.HINT);
        Label last = new Label("today");
        last.getStyleClass().add(Styles.HINT);
        BorderPane axis = new BorderPane();
        axis.setLeft(first);
        axis.setRight(last);
        Label summary = new Label(DashboardTexts.activitySummary(days));
        summary.setId("activitySummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.MUTED);
        return new CardBox("Activity", "", new VBox(4, bars, axis), summary);
    }
}
