package org.pgdrill.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.ScriptedFileDialogs;
import org.pgdrill.testing.StudyPack;
import org.pgdrill.testing.UiText;
import org.pgdrill.ui.MainWindow;
import org.pgdrill.ui.common.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Progress page as a learner sees it after studying elsewhere in the app. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    /** Monday 23 November 2026, 19:00 in Berlin. */
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;
    private App app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        app = App.open(new AppConfig(dir.resolve("data"), Optional.empty(), List.of(lessons)), new MutableClock(EVENING),
                ZoneId.of("Europe/Berlin"), StoreDamage.Handler.CANCEL);
        app.progress().lessons().setCompletion(new LessonCompletion("basics", "select", true, 2, EVENING.minusSeconds(3600)));
        window = new MainWindow(app, new InlineTaskRunner(), new ScriptedFileDialogs());
        stage.setScene(window.scene());
        stage.show();
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsEachTracksStepAndContinuesWithTheNextLesson(FxRobot robot) {
        robot.clickOn("#nav-progress");

        assertThat(label(robot, "#dashboardDay")).isEqualTo("Where you stand on Monday 23 November.");
        assertThat(label(robot, "#track-basics-step")).isEqualTo("Step 1/3, 33%");
        assertThat(label(robot, "#track-ops-step")).isEqualTo("Step 0/1, 0%");
        assertThat(UiText.of(robot.lookup("#track-basics-continue").query())).isEqualTo("Continue: Filtering with WHERE");
        assertThat(label(robot, "#noConfidence")).startsWith("No lesson rated yet.");

        robot.clickOn("#track-basics-continue");

        assertThat(window.shell().section()).isEqualTo(Section.LIBRARY);
    }

    @Test
    void aFlashcardRatedAMomentAgoIsCountedWhenThePageIsShownAgain(FxRobot robot) throws Exception {
        robot.clickOn("#nav-progress");
        assertThat(label(robot, "#statReviewsToday")).isEqualTo("0");
        assertThat(label(robot, "#activitySummary")).startsWith("Nothing in the last 30 days yet: review flashcards (Ctrl+2)");

        robot.clickOn("#nav-flashcards");
        robot.type(KeyCode.SPACE).type(KeyCode.DIGIT4);
        app.progress().confidence().rate(new ConfidenceRating("basics", "select", "", 2, EVENING));
        robot.clickOn("#nav-progress");

        assertThat(label(robot, "#statReviewsToday")).isEqualTo("1");
        assertThat(label(robot, "#statRetention")).isEqualTo("100%");
        assertThat(label(robot, "#activitySummary")).startsWith("Active on 1 of the last 30 days: 1 flashcard review");
        assertThat(UiText.of(robot.lookup("#revisit").query())).isEqualTo("Your first SELECT SQL basics ●●○○○ 2/5 rated once");
    }
}
