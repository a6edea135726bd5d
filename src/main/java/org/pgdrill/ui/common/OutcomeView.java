package org.pgdrill.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.pgdrill.practice.meta.MetaResult;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.StatementOutcome;

/**
 * What one statement did: rows, a plan tree, psql's description, a change count or the error with a link to its
 * position. Used wherever learner SQL runs without grading (the sandbox, Run in an exercise).
 */
public final class OutcomeView extends VBox {
    public static final String STYLE = "outcome";

    /** Adds a view per statement of {@code result} to {@code into}, or its message when no statement ran. */
    public static void showAll(List<Node> into, AttemptResult result,
                               BiConsumer<Integer, Integer> goToPosition) {
        for (StatementOutcome outcome : result.outcomes()) {
            into.add(new OutcomeView(outcome, goToPosition));
        }
        if (result.outcomes().isEmpty()) {
            Label message = new Label(result.message());
            message.setWrapText(true);
            message.getStyleClass().add(Styles.ERROR_TEXT);
            into.add(message);
        }
    }

    public OutcomeView(StatementOutcome outcome, BiConsumer<Integer, Integer> goToPosition) {
        getStyleClass().addAll(STYLE, Styles.CARD);
        setSpacing(6);
        String first = outcome.statement().text().lines().findFirst().orElse("").strip();
        Label heading = new Label("line " + outcome.statement().line() + ":  " + (first.length() > 90 ? first.substring(0, 90) + "…" : first));
        heading.getStyleClass().add("outcome-heading");
        getChildren().add(heading);
        if (outcome.failed()) {
            Label error = new Label(outcome.failure().describe());
            error.getStyleClass().add(Styles.ERROR_TEXT);
            error.setWrapText(true);
            getChildren().add(error);
            outcome.failure().position().ifPresent(position -> {
                Hyperlink go = new Hyperlink("Go to " + position);
                go.setOnAction(event -> goToPosition.accept(position.line(), position.column()));
                getChildren().add(go);
            });
        } else if (outcome.plan() != null) {
            TabPane views = new TabPane();
            views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            views.getTabs().add(new Tab("Plan tree", new PlanView(outcome.plan())));
            views.getTabs().add(new Tab("As psql shows it", new ResultGrid(outcome.table())));
            getChildren().add(views);
        } else if (!outcome.described().isEmpty()) {
            for (MetaResult result : outcome.described()) {
                Label title = new Label(result.title());
                title.getStyleClass().add(Styles.SECTION_TITLE);
                getChildren().addAll(title, new ResultGrid(result.table()));
            }
        } else if (outcome.hasRows()) {
            getChildren().add(new ResultGrid(outcome.table()));
        } else {
            Label done = new Label(outcome.updateCount() >= 0 ? outcome.updateCount() + (outcome.updateCount() == 1 ? " row" : " rows")
                    + " affected (rolled back afterwards)" : "Done");
            done.getStyleClass().add(Styles.SUCCESS_TEXT);
            getChildren().add(done);
        }
        for (String notice : outcome.notices()) {
            Label note = new Label(notice);
            note.getStyleClass().add(Styles.MUTED);
            note.setWrapText(true);
            getChildren().add(note);
        }
    }
}
