package org.pgdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.QuestionAnswer;
import org.pgdrill.testing.TestPostgres;
import org.pgdrill.testing.Ui;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner's path on the example pack: library → lesson (ticks, done, confidence, notes) → quiz → sandbox. */
@ExtendWith(ApplicationExtension.class)
class LearningFlowUiTest {
    private static final Path EXAMPLE_PACK = Path.of("docs/example-pack");
    @TempDir
    Path dataDir;
    private App app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        app = App.open(new AppConfig(dataDir, Optional.of(TestPostgres.adminUrl()), List.of(EXAMPLE_PACK)));
        window = new MainWindow(app, new InlineTaskRunner());
        stage.setScene(window.scene());
        stage.setWidth(1100);
        stage.setHeight(760);
        stage.show();
        window.server().start();
    }

    @AfterEach
    void close() {
        window.dispose();
        app.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void openFirstLesson(FxRobot robot) {
        robot.clickOn("#nav-library");
        robot.clickOn("#lesson-overdue-loans");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLibraryShowsWhereTheLearnerStandsAndOpensLessons(FxRobot robot) {
        robot.clickOn("#nav-library");
        assertThat(text(robot, "#trackStep")).isEqualTo("Step 0/2, 0%");
        assertThat(text(robot, "#continueLesson")).isEqualTo("Start: Finding and fixing overdue loans");
        robot.clickOn("#continueLesson");
        assertThat(text(robot, "#lessonTitle")).isEqualTo("Finding and fixing overdue loans");
    }

    @Test
    void progressInTheLessonIsStoredAndShownInTheLibrary(FxRobot robot) throws Exception {
        openFirstLesson(robot);
        robot.clickOn(Ui.inView(robot, "#check-find-overdue"));
        robot.clickOn(Ui.inView(robot, "#confidence-4"));
        robot.clickOn(Ui.inView(robot, "#lessonNotes")).write("IS NULL, never = NULL");
        robot.clickOn(Ui.inView(robot, "#lessonDone"));
        robot.clickOn(Ui.inView(robot, "← Library"));

        assertThat(app.progress().checklists().ticks("example", "overdue-loans").get("find-overdue").ticked()).isTrue();
        assertThat(app.progress().confidence().latest("example", "overdue-loans").get(ConfidenceRating.WHOLE_LESSON).rating()).isEqualTo(4);
        assertThat(app.progress().notes().note("example", "overdue-loans").orElseThrow().body()).isEqualTo("IS NULL, never = NULL");
        assertThat(app.progress().lessons().completion("example", "overdue-loans").orElseThrow().completed()).isTrue();
        assertThat(text(robot, "#trackStep")).isEqualTo("Step 1/2, 50%");
        assertThat(text(robot, "#continueLesson")).startsWith("Continue: ");

        openFirstLesson(robot);
        assertThat(((javafx.scene.control.CheckBox) robot.lookup("#check-find-overdue").query()).isSelected()).as("ticks come back").isTrue();
        assertThat(text(robot, "#lessonDone")).isEqualTo("Done");
    }

    @Test
    void interviewAnswersAreHiddenUntilAsked(FxRobot robot) {
        openFirstLesson(robot);
        Node answer = robot.lookup(".qa-answer").query();
        assertThat(answer.isVisible()).isFalse();
        robot.clickOn(Ui.inView(robot, "#show-null-means-open"));
        assertThat(answer.isVisible()).isTrue();
    }

    @Test
    void theQuizGivesFeedbackForEveryOptionAndStoresAnswers(FxRobot robot) throws Exception {
        openFirstLesson(robot);
        robot.clickOn(Ui.inView(robot, "#openQuiz"));
        assertThat(text(robot, "#quizCounter")).isEqualTo("Question 1 of 3");
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertThat(text(robot, "#quizVerdict")).isEqualTo("Not quite: the explanations say why.");
        assertThat(robot.lookup(".quiz-explanation").queryAll()).hasSize(3);
        robot.clickOn("#quizNext");

        assertThat(text(robot, "#quizCounter")).isEqualTo("Question 2 of 3");
        robot.clickOn("#option-1").clickOn("#option-2").clickOn("#quizCheck");
        assertThat(text(robot, "#quizVerdict")).isEqualTo("Right.");
        robot.clickOn("#quizNext");

        robot.clickOn("#selfCheckAnswer").write("It would change the earlier loans too.");
        robot.clickOn("#revealModelAnswer");
        robot.clickOn("#judge-got_it");
        assertThat(text(robot, "#quizScore")).isEqualTo("1 of 2 multiple-choice answers right, 1 of 1 open questions answered well.");

        List<QuestionAnswer> answers = app.progress().answers().answers("example", "overdue-loans");
        assertThat(answers).extracting(QuestionAnswer::questionId)
                .containsExactlyInAnyOrder("overdue-condition", "safe-update-checks", "why-is-null-in-update");
        assertThat(answers).filteredOn(a -> a.questionId().equals("overdue-condition")).singleElement()
                .satisfies(a -> assertThat(a.correct()).contains(false));
    }

    @Test
    void tryInSandboxRunsTheLessonsSqlOnItsDatasetAndRollsBack(FxRobot robot) {
        openFirstLesson(robot);
        robot.clickOn(Ui.inView(robot, ".md-try"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().section().name()).isEqualTo("SANDBOX");
        Button run = robot.lookup("#sandboxRun").queryAs(Button.class);
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sandboxStatus")).startsWith("1 statement ran in ").endsWith("then everything was rolled back.");
        assertThat(robot.lookup(".result-grid").queryAll()).hasSize(1);
    }

    @Test
    void theSandboxRefusesTransactionControlAndShowsErrorsWithTheirPosition(FxRobot robot) {
        robot.clickOn("#nav-sandbox");
        robot.clickOn(".sql-code");
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.DELETE);
        robot.write("DELETE FROM loans;\nCOMMIT;");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sandboxStatus")).contains("COMMIT").contains("line 2, column 1");

        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.DELETE);
        robot.write("DELETE FROM loans;\nSELECT count(*) FROM loans;\nSELECT nope FROM loans;");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".outcome").queryAll()).hasSize(3);
        assertThat(robot.lookup(".error-text").queryAs(Labeled.class).getText())
                .startsWith("ERROR: column \"nope\" does not exist").contains("line 3, column 8");
        assertThat(robot.lookup("Go to line 3, column 8").tryQuery()).isPresent();
    }
}
