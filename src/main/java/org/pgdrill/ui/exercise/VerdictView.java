package org.pgdrill.ui.exercise;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.ResultGrid;
import org.pgdrill.ui.common.Section;
import org.pgdrill.ui.common.Styles;

/**
 * The verdict of one check, explained: correct (time, the author's explanation, what next), incorrect (what
 * differs, which copy of the data showed it, expected and actual rows side by side), error (PostgreSQL's message
 * and a link to its position) or interrupted (nothing graded; check again).
 */
final class VerdictView extends VBox {
    static final String TITLE_ID = "verdictTitle";
    static final String NEXT_ID = "nextExercise";
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+)\\)");

    private final ExerciseSessionViewModel model;
    private final Navigator navigator;
    /** Held here because the model only keeps a weak reference: a replaced verdict panel must not stay reachable. */
    private ChangeListener<Optional<ExerciseEntry>> showNext;

    VerdictView(CheckedAnswer answer, ExerciseSessionViewModel model, Navigator navigator, BiConsumer<Integer, Integer> goTo) {
        this.model = model;
        this.navigator = navigator;
        Verdict verdict = answer.verdict();
        setSpacing(10);
        getStyleClass().addAll(Styles.CARD, ExerciseStyles.VERDICT, ExerciseStyles.of(verdict.outcome()));
        switch (verdict.outcome()) {
            case CORRECT -> correct(answer);
            case INCORRECT -> incorrect(verdict);
            case ERROR -> error(verdict, goTo);
            case INTERRUPTED -> interrupted(verdict);
        }
    }

    private void title(String text) {
        Label title = new Label(text);
        title.setId(TITLE_ID);
        title.getStyleClass().add(ExerciseStyles.VERDICT_TITLE);
        getChildren().add(title);
    }

    private Label text(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        getChildren().add(label);
        return label;
    }

    private void correct(CheckedAnswer answer) {
        String limit = Countdown.format(model.exercise().timeLimit());
        if (answer.afterSolution()) {
            title("Correct, after seeing the solution");
            text("This does not count as solved. Come back to the exercise another day and write it from memory.");
        } else if (answer.overTime()) {
            title("Correct — solved over time");
            text("You took " + Countdown.format(answer.taken()) + "; the limit is " + limit + ". It counts as solved over time.");
        } else {
            title("Correct");
            text("Solved in " + Countdown.format(answer.taken()) + " of " + limit + ", checked on " + model.exercise().dataset().title()
                    + " and on changed copies of it.");
        }
        if (!model.exercise().explanation().isBlank()) {
            Label why = new Label("Why it works");
            why.getStyleClass().add(Styles.SECTION_TITLE);
            getChildren().addAll(why, new MarkdownView(model.exercise().explanation(), link -> navigator.openLink(model.track(), link), null));
        }
        getChildren().add(whatNext());
    }

    /** "Next exercise" once the next unsolved one is known, and the ways back. */
    private HBox whatNext() {
        Button next = new Button("Next exercise", new FontIcon(Feather.ARROW_RIGHT));
        next.setId(NEXT_ID);
        next.getStyleClass().add("accent");
        next.setDisable(true);
        Hyperlink list = new Hyperlink("All exercises");
        list.setOnAction(event -> navigator.back(Section.EXERCISES));
        Hyperlink lesson = new Hyperlink("Back to lesson");
        lesson.setOnAction(event -> navigator.openLesson(model.track(), model.lesson()));
        HBox actions = new HBox(12, next, list, lesson);
        actions.setAlignment(Pos.CENTER_LEFT);
        showNext = (obs, old, found) -> offerNext(next, found);
        model.nextProperty().addListener(new WeakChangeListener<>(showNext));
        offerNext(next, model.nextProperty().get());
        return actions;
    }

    private void offerNext(Button next, Optional<ExerciseEntry> found) {
        if (found == null) {
            return;
        }
        if (found.isEmpty()) {
            next.setText("Every other exercise is solved");
            return;
        }
        ExerciseEntry entry = found.get();
        next.setText("Next exercise: " + entry.exercise().title());
        next.setDisable(false);
        next.setOnAction(event -> navigator.openExercise(entry.track(), entry.exercise()));
    }

    private void incorrect(Verdict verdict) {
        title("Incorrect");
        if (!verdict.exposedBy().isEmpty()) {
            // first: the numbers and rows below are those of the copy, not of the data the learner can query
            text("On a copy of the data with " + verdict.exposedBy() + ", your answer differs from the expected one: on the exercise's own "
                    + "data it matched only by coincidence.", ExerciseStyles.EXPOSED).setId("verdictExposedBy");
        }
        text(verdict.summary()).setId("verdictSummary");
        details(verdict);
        if (verdict.expected() != null && verdict.actual() != null) {
            VBox expected = side("Expected", verdict.expected());
            VBox actual = side("Your rows", verdict.actual());
            HBox sideBySide = new HBox(12, expected, actual);
            sideBySide.setId("rowsSideBySide");
            getChildren().add(sideBySide);
        }
    }

    private static VBox side(String heading, ResultTable table) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, title, new ResultGrid(table));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(1); // share the width equally whatever the column count
        return box;
    }

    private void details(Verdict verdict) {
        for (String detail : verdict.details()) {
            text("• " + detail, ExerciseStyles.DETAIL);
        }
    }

    private void error(Verdict verdict, BiConsumer<Integer, Integer> goTo) {
        title("Error");
        text(verdict.summary(), Styles.ERROR_TEXT).setId("verdictSummary");
        details(verdict);
        position(verdict).ifPresent(position -> {
            Hyperlink go = new Hyperlink("Go to line " + position[0] + ", column " + position[1]);
            go.setId("goToError");
            go.setOnAction(event -> goTo.accept(position[0], position[1]));
            getChildren().add(go);
        });
        text("Errors count as attempts but cost nothing else: fix it and check again.", Styles.MUTED);
    }

    /** Where in the editor the error is, from PostgreSQL's "(line 2, column 8)" in the summary or a detail. */
    static Optional<int[]> position(Verdict verdict) {
        StringBuilder all = new StringBuilder(verdict.summary());
        verdict.details().forEach(detail -> all.append('\n').append(detail));
        Matcher matcher = POSITION.matcher(all);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))});
    }

    private void interrupted(Verdict verdict) {
        title("Not checked");
        text(verdict.summary()).setId("verdictSummary");
        details(verdict);
        text("Nothing was graded. Your answer is still in the editor.", Styles.MUTED);
        Button retry = new Button("Check again", new FontIcon(Feather.REFRESH_CW));
        retry.setId("checkAgain");
        retry.setOnAction(event -> model.check());
        getChildren().add(retry);
    }
}
