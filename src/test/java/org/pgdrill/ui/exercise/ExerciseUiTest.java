package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.ui.exercise.ExercisePack.OVERDUE;
import static org.pgdrill.ui.exercise.ExercisePack.RIGHT_OVERDUE;
import static org.pgdrill.ui.exercise.ExercisePack.TRACK;
import static org.pgdrill.ui.exercise.ExercisePack.WRONG_OVERDUE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.TestPostgres;
import org.pgdrill.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Exercises section driven like a learner would: a real app on a temporary data folder, PostgreSQL from TestPostgres. */
@ExtendWith(ApplicationExtension.class)
class ExerciseUiTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private App app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ExercisePack.install(dataDir);
        app = App.open(new AppConfig(dataDir, Optional.of(TestPostgres.adminUrl()), List.of()), clock, ZoneOffset.UTC,
                StoreDamage.Handler.CANCEL);
        window = new MainWindow(app, new InlineTaskRunner());
        stage.setScene(window.scene());
        stage.show();
        window.server().start();
    }

    @AfterEach
    void closeApp() {
        window.dispose();
        app.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<ExerciseAttempt> stored() throws Exception {
        return app.progress().attempts().attempts(TRACK, OVERDUE);
    }

    private HBox row(FxRobot robot, String title) {
        return robot.lookup("." + ExerciseStyles.ROW).queryAllAs(HBox.class).stream()
                .filter(row -> ((ExerciseEntry) row.getUserData()).exercise().title().equals(title)).findFirst().orElseThrow();
    }

    private static String status(HBox row) {
        return ((Label) row.lookup("." + ExerciseStyles.STATUS)).getText();
    }

    /** Opens the Exercises section and starts the first unsolved exercise, the overdue loans. */
    private void startFirstExercise(FxRobot robot) {
        robot.clickOn("#nav-exercises");
        robot.clickOn("#" + ExerciseListView.NEXT_ID);
        assertThat(robot.lookup(".page-title").queryAllAs(Label.class)).extracting(Label::getText).contains("Overdue loans");
    }

    private void type(FxRobot robot, String sql) {
        robot.clickOn(".sql-editor");
        robot.write(sql, 0);
    }

    private void pressCheck(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void advance(FxRobot robot, Duration time) {
        clock.advance(time);
        ExerciseSessionView session = robot.lookup(node -> node instanceof ExerciseSessionView).queryAs(ExerciseSessionView.class);
        robot.interact(() -> session.model().tick());
    }

    @Test
    void theListShowsEachExerciseWithKindLimitDatasetAndStatus(FxRobot robot) throws Exception {
        app.progress().attempts().record(new ExerciseAttempt(TRACK, ExercisePack.OLD_BOOKS, clock.instant(), "SELECT 1", "CORRECT", 42_000,
                0, false));
        robot.clickOn("#nav-exercises");

        HBox overdue = row(robot, "Overdue loans");
        assertThat(overdue.lookupAll(".label")).extracting(node -> ((Label) node).getText())
                .contains("result  ·  4 min  ·  A lending library", "Not tried");
        assertThat(status(row(robot, "Books from before 1905"))).isEqualTo("Solved · best 00:42 · no hints");
        assertThat(text(robot, "#exerciseSummary")).isEqualTo("4 exercises · 1 solved · 0 tried");
        assertThat(robot.lookup("#" + ExerciseListView.NEXT_ID).queryButton().getText()).isEqualTo("Next unsolved: Overdue loans");

        robot.clickOn("#unsolvedOnly");
        assertThat(robot.lookup("." + ExerciseStyles.ROW).queryAll()).hasSize(3);
    }

    @Test
    void aWrongAnswerShowsIncorrectWithWhatDiffersAndIsStored(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        type(robot, WRONG_OVERDUE);
        pressCheck(robot);

        assertThat(text(robot, "#" + VerdictView.TITLE_ID)).isEqualTo("Incorrect");
        assertThat(text(robot, "#verdictSummary")).contains("rows");
        assertThat(robot.lookup("#rowsSideBySide").queryAll()).hasSize(1);
        assertThat(robot.lookup("#rowsSideBySide .section-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Expected", "Your rows");
        assertThat(stored()).extracting(ExerciseAttempt::verdict, ExerciseAttempt::sql)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INCORRECT", WRONG_OVERDUE));
    }

    @Test
    void anAnswerRightOnlyByCoincidenceIsRejectedWithTheDataThatShowsIt(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        type(robot, ExercisePack.COINCIDENCE_OVERDUE);
        pressCheck(robot);

        assertThat(text(robot, "#" + VerdictView.TITLE_ID)).isEqualTo("Incorrect");
        assertThat(text(robot, "#verdictExposedBy")).startsWith("On a copy of the data with ").contains("matched only by coincidence");
        assertThat(stored()).extracting(ExerciseAttempt::verdict).containsExactly("INCORRECT");
    }

    @Test
    void aRightAnswerShowsCorrectStoresTheAttemptAndTheListSaysSolved(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        clock.advance(Duration.ofSeconds(30));
        type(robot, RIGHT_OVERDUE);
        robot.clickOn("#" + ExerciseSessionView.CHECK_ID);

        assertThat(text(robot, "#" + VerdictView.TITLE_ID)).isEqualTo("Correct");
        assertThat(text(robot, "#" + ExerciseSessionView.COUNTDOWN_ID)).isEqualTo("Solved in 00:30");
        assertThat(robot.lookup("#backToLesson").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#" + VerdictView.NEXT_ID).queryButton().getText()).isEqualTo("Next exercise: Member 42 returns everything");
        assertThat(stored()).singleElement().satisfies(attempt -> {
            assertThat(attempt.verdict()).isEqualTo("CORRECT");
            assertThat(attempt.timeTakenMillis()).isEqualTo(30_000);
            assertThat(attempt.hintsUsed()).isZero();
        });

        robot.clickOn("#" + SolutionPanel.SHOW_ID);
        assertThat(robot.lookup("#solutionSql").queryAll()).as("solved: the reference is shown without asking").hasSize(1);
        assertThat(stored()).extracting(ExerciseAttempt::verdict).containsExactly("CORRECT");

        robot.clickOn("All exercises");
        assertThat(status(row(robot, "Overdue loans"))).isEqualTo("Solved · best 00:30 · no hints");
        assertThat(robot.lookup("#" + ExerciseListView.NEXT_ID).queryButton().getText())
                .isEqualTo("Next unsolved: Member 42 returns everything");
    }

    @Test
    void aHintIsRevealedWithCtrlHAndCountedInTheAttempt(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        assertThat(robot.lookup("#" + HintsPanel.BUTTON_ID).queryButton().getText()).isEqualTo("Show hint 1 of 2");

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".hint").queryAllAs(Label.class)).extracting(Label::getText).contains("Hint 1 of 2");
        assertThat(robot.lookup("#" + HintsPanel.BUTTON_ID).queryButton().getText()).isEqualTo("Show hint 2 of 2");

        type(robot, "SELECT loan_id FROM loans");
        pressCheck(robot);
        assertThat(stored()).singleElement().extracting(ExerciseAttempt::hintsUsed).isEqualTo(1);
    }

    @Test
    void theCountdownWarnsInTheLastMinuteThenSaysTimesUpAndRecordsIt(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        Label countdown = robot.lookup("#" + ExerciseSessionView.COUNTDOWN_ID).queryAs(Label.class);
        assertThat(countdown.getText()).isEqualTo("04:00");
        assertThat(countdown.getStyleClass()).contains("running");

        advance(robot, Duration.ofSeconds(185));
        assertThat(countdown.getText()).isEqualTo("00:55");
        assertThat(countdown.getStyleClass()).contains("last-minute").doesNotContain("running");

        advance(robot, Duration.ofSeconds(60));
        assertThat(countdown.getText()).isEqualTo("Time's up (+00:05)");
        assertThat(countdown.getStyleClass()).contains("time-up");
        assertThat(stored()).extracting(ExerciseAttempt::verdict).containsExactly(AttemptLog.TIMEOUT);

        type(robot, RIGHT_OVERDUE);
        pressCheck(robot);
        assertThat(text(robot, "#" + VerdictView.TITLE_ID)).isEqualTo("Correct — solved over time");
    }

    @Test
    void anErrorLinksToItsPositionInTheEditor(FxRobot robot) {
        startFirstExercise(robot);
        type(robot, "SELECT retuned_on FROM loans");
        pressCheck(robot);

        assertThat(text(robot, "#" + VerdictView.TITLE_ID)).isEqualTo("Error");
        assertThat(text(robot, "#verdictSummary")).contains("retuned_on").contains("line 1, column 8");
        CodeArea area = robot.lookup(".sql-code").queryAs(CodeArea.class);
        assertThat(area.getCaretColumn()).isEqualTo(28);
        robot.clickOn("#goToError");
        assertThat(area.getCaretColumn()).isEqualTo(7);
    }

    @Test
    void theSolutionIsShownOnlyAfterConfirmingAndIsRecordedAsAPeek(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        assertThat(robot.lookup("#backToLesson").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#" + SolutionPanel.SHOW_ID);
        assertThat(robot.lookup("#solutionSql").queryAll()).isEmpty();
        assertThat(stored()).isEmpty();

        robot.clickOn("#" + SolutionPanel.CONFIRM_ID);
        assertThat(robot.lookup("#solutionSql").queryAll()).hasSize(1);
        assertThat(robot.lookup("#backToLesson").queryAs(Node.class).isVisible()).isTrue();
        assertThat(text(robot, "#" + ExerciseSessionView.COUNTDOWN_ID)).isEqualTo("Solution shown");
        assertThat(stored()).extracting(ExerciseAttempt::verdict, ExerciseAttempt::solutionPeeked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttemptLog.SOLUTION_SHOWN, true));
    }

    @Test
    void runShowsTheRowsUnderTheEditorWithoutGrading(FxRobot robot) throws Exception {
        startFirstExercise(robot);
        type(robot, "SELECT count(*) FROM loans");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#exerciseResults .section-title").queryAs(Label.class).getText()).isEqualTo("Your rows (not graded)");
        assertThat(robot.lookup("#exerciseResults .result-grid").queryAll()).hasSize(1);
        assertThat(robot.lookup("#" + VerdictView.TITLE_ID).queryAll()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void theCheckButtonSaysWhatItDoesAndItsShortcut(FxRobot robot) {
        startFirstExercise(robot);
        Button check = robot.lookup("#" + ExerciseSessionView.CHECK_ID).queryButton();
        assertThat(check.isDisabled()).isFalse();
        assertThat(check.getTooltip().getText()).contains("Ctrl+Enter");
    }
}
