package org.pgdrill.ui.flashcards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
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
import org.pgdrill.app.SettingKey;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.ScriptedFileDialogs;
import org.pgdrill.testing.StudyPack;
import org.pgdrill.testing.UiText;
import org.pgdrill.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Flashcards page driven like a learner: keys and clicks, then what the page shows and what was stored. */
@ExtendWith(ApplicationExtension.class)
class FlashcardsUiTest {
    /** Monday 23 November 2026, 19:00 in Berlin. */
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(EVENING);
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        app = App.open(new AppConfig(dir.resolve("data"), Optional.empty(), List.of(lessons)), clock, ZoneId.of("Europe/Berlin"),
                StoreDamage.Handler.CANCEL);
        app.settings().put(SettingKey.REVIEW_FUZZ, "false");
        app.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "2");
        MainWindow window = new MainWindow(app, new InlineTaskRunner(), dialogs);
        stage.setScene(window.scene());
        stage.show();
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    private static String text(FxRobot robot, String query) {
        return UiText.of(robot.lookup(query).query());
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void spaceShowsTheAnswerAndThreeRatesGood(FxRobot robot) throws Exception {
        robot.clickOn("#nav-flashcards");
        assertThat(text(robot, "#cardQuestion")).isEqualTo("What does SELECT * return?");
        assertThat(text(robot, "#cardSource")).isEqualTo("SQL basics › Your first SELECT");
        assertThat(text(robot, "#countNew")).isEqualTo("New 2");
        assertThat(visible(robot, "#cardAnswer")).isFalse();

        robot.type(KeyCode.SPACE);

        assertThat(visible(robot, "#cardAnswer")).isTrue();
        assertThat(text(robot, "#cardAnswer")).isEqualTo("Every column of every row the FROM clause produces.");
        assertThat(text(robot, "#rate-again")).isEqualTo("Again 1m");
        assertThat(text(robot, "#rate-hard")).isEqualTo("Hard 6m");
        assertThat(text(robot, "#rate-good")).isEqualTo("Good 10m");
        assertThat(text(robot, "#rate-easy")).isEqualTo("Easy 8d");

        robot.type(KeyCode.DIGIT3);

        assertThat(app.progress().flashcards().history(new FlashcardKey("basics", "select", "star")))
                .singleElement().satisfies(review -> assertThat(review.rating()).isEqualTo(3));
        assertThat(text(robot, "#cardQuestion")).isEqualTo("Which clause is evaluated first, FROM or SELECT?");
        assertThat(visible(robot, "#cardAnswer")).isFalse();
        assertThat(text(robot, "#countNew")).isEqualTo("New 1");
        assertThat(text(robot, "#countDone")).isEqualTo("Done today 1");
    }

    @Test
    void clickingThroughTodaysCardsEndsWithWhatToDoNextAndReviewAhead(FxRobot robot) throws Exception {
        robot.clickOn("#nav-flashcards");
        for (int card = 0; card < 2; card++) {
            assertThat(visible(robot, "#rate-good")).as("rating buttons wait for the answer").isFalse();
            robot.clickOn("#flip");
            robot.clickOn("#rate-good");
            clock.advance(java.time.Duration.ofSeconds(5));
        }

        assertThat(visible(robot, "#doneTitle")).isTrue();
        assertThat(robot.lookup("#doneTitle").queryAs(Label.class).getText()).isEqualTo("Done for today");
        assertThat(robot.lookup("#doneDetail").queryAs(Label.class).getText()).startsWith("The next card is due today at 19:10. ")
                .contains("5 new cards wait for tomorrow");

        robot.clickOn("#reviewAhead");

        assertThat(text(robot, "#cardSession")).isEqualTo("Reviewing ahead: card 1 of 2");
        assertThat(text(robot, "#cardQuestion")).isEqualTo("What does SELECT * return?");
        robot.clickOn("#backToToday");
        assertThat(visible(robot, "#doneTitle")).isTrue();
    }

    @Test
    void theFilterAndTheLessonChooserPickWhichCardsToStudy(FxRobot robot) {
        robot.clickOn("#nav-flashcards");
        robot.clickOn("#cardsFilter");
        robot.clickOn("Operations (2)");

        assertThat(text(robot, "#cardQuestion")).isEqualTo("What leaves dead tuples behind?");
        assertThat(text(robot, "#cardSource")).isEqualTo("Operations › VACUUM and dead rows");
        robot.type(KeyCode.SPACE).type(KeyCode.DIGIT4).type(KeyCode.SPACE).type(KeyCode.DIGIT4);

        assertThat(visible(robot, "#doneTitle")).isTrue();
        robot.clickOn("#lessonChoice");
        robot.clickOn("Filtering with WHERE · SQL basics (2)");
        robot.clickOn("#studyLesson");

        assertThat(text(robot, "#cardSession")).isEqualTo("Studying Filtering with WHERE: card 1 of 2");
        assertThat(text(robot, "#cardQuestion")).isEqualTo("Why does city = NULL match nothing?");
    }

    @Test
    void exportToAnkiAsksWhereAndWritesEveryCard(FxRobot robot) throws Exception {
        Path file = dir.resolve("my cards.tsv");
        dialogs.answer(file);
        robot.clickOn("#nav-flashcards");

        robot.clickOn("#exportAnki");

        assertThat(dialogs.lastTitle()).isEqualTo("Export flashcards to Anki");
        assertThat(robot.lookup("#flashcardsMessage").queryAs(Label.class).getText()).startsWith("Exported 7 flashcards to " + file);
        assertThat(Files.readAllLines(file)).filteredOn(line -> line.startsWith("pgdrill:")).hasSize(7);
    }
}
