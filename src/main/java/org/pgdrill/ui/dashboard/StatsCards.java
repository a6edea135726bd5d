package org.pgdrill.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.pgdrill.app.ProgressSummary.ExerciseStats;
import org.pgdrill.app.ProgressSummary.FlashcardStats;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Styles;

/** The flashcard and exercise numbers as tiles: a big number over a caption. */
final class StatsCards {
    private StatsCards() {
    }

    static CardBox flashcards(FlashcardStats stats) {
        GridPane tiles = grid(
                tile("statReviewsToday", String.valueOf(stats.reviewsToday()), "reviews today", null),
                tile("statReviewsWeek", String.valueOf(stats.reviewsThisWeek()), "this week", "Since Monday's study day began"),
                tile("statLearned", stats.learned() + " / " + stats.cards(), "cards learned",
                        "Past their learning steps; " + stats.learning() + " more in learning"),
                tile("statRetention", DashboardTexts.percent(stats.retention()), "retention, 30 days",
                        stats.reviewsLast30() == 0 ? "No reviews in the last 30 days"
                                : stats.passedLast30() + " of " + DashboardTexts.count(stats.reviewsLast30(), "review")
                                        + " were not Again"));
        return new CardBox("Flashcards", "", tiles);
    }

    static CardBox exercises(ExerciseStats stats) {
        GridPane tiles = grid(
                tile("statAttempted", stats.attempted() + " / " + stats.exercises(), "exercises tried", null),
                tile("statSolved", String.valueOf(stats.solved()), "solved", null),
                tile("statClean", String.valueOf(stats.solvedWithoutHints()), "solved without hints",
                        "No hint revealed and no peek at the solution"),
                tile("statAverage", DashboardTexts.duration(stats.averageSolveMillis()), "average time to solve",
                        "From opening an exercise to its first correct answer"));
        return new CardBox("Exercises", "", tiles);
    }

    private static GridPane grid(Node... tiles) {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(14);
        for (int i = 0; i < tiles.length; i++) {
            grid.add(tiles[i], i % 2, i / 2);
        }
        return grid;
    }

    private static Node tile(String id, String value, String caption, String explanation) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().add(Styles.STAT_VALUE);
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.STAT_LABEL);
        VBox tile = new VBox(0, number, label);
        if (explanation != null) {
            Tooltip.install(tile, new Tooltip(explanation));
        }
        return tile;
    }
}
