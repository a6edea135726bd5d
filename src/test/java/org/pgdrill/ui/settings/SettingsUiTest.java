package org.pgdrill.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
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
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.ScriptedFileDialogs;
import org.pgdrill.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Settings page's review options, backups and import, used with keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 23 November 2026, 19:00 in Berlin. */
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        app = open(dir.resolve("data"));
        MainWindow window = new MainWindow(app, new InlineTaskRunner(), dialogs);
        stage.setScene(window.scene());
        stage.show();
    }

    private static App open(Path dataDir) throws Exception {
        return App.open(new AppConfig(dataDir, Optional.empty(), List.of()), new MutableClock(EVENING), BERLIN, StoreDamage.Handler.CANCEL);
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    /** Scrolls the page to its end, where a learner finds the data cards (Monocle's robot has no mouse wheel). */
    private static void scrollDown(FxRobot robot) {
        SettingsView page = robot.lookup(node -> node instanceof SettingsView).queryAs(SettingsView.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void typingNewCardsPerDayStoresIt(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.doubleClickOn("#newCardsPerDay .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("5").type(KeyCode.ENTER);

        assertThat(app.settings().get(SettingKey.REVIEW_NEW_CARDS_PER_DAY)).isEqualTo("5");
        assertThat(label(robot, "#reviewMessage")).isEqualTo("Saved. Up to 5 new cards a day.");

        robot.clickOn("#dayStartHour .increment-arrow-button");
        assertThat(app.settings().get(SettingKey.REVIEW_DAY_START_HOUR)).isEqualTo("5");
    }

    @Test
    void backUpNowShowsTheNewBackup(FxRobot robot) {
        robot.clickOn("#nav-settings");
        scrollDown(robot);
        assertThat(label(robot, "#newestBackup")).startsWith("No backup yet");

        robot.clickOn("#backUpNow");

        assertThat(label(robot, "#newestBackup")).isEqualTo("Newest backup: Monday 23 November 2026, 19:00 (1 backup kept).");
        assertThat(app.backups().backups().list()).hasSize(1);
    }

    @Test
    void importingProgressBringsItsThemeAndReviewOptions(FxRobot robot) throws Exception {
        Path file = dir.resolve("from-laptop.json");
        try (App laptop = open(dir.resolve("laptop"))) {
            laptop.settings().put(SettingKey.THEME, "dark");
            laptop.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "7");
            laptop.transfer().export(file);
        }
        dialogs.answer(file);
        robot.clickOn("#nav-settings");
        scrollDown(robot);

        robot.clickOn("#importProgress");

        assertThat(dialogs.lastTitle()).isEqualTo("Import progress");
        assertThat(label(robot, "#transferMessage")).startsWith("Imported from-laptop.json: 2 added");
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(robot.lookup("#newCardsPerDay").queryAs(Spinner.class).getValue()).isEqualTo(7);
        assertThat(app.settings().get(SettingKey.REVIEW_NEW_CARDS_PER_DAY)).isEqualTo("7");

        SettingsView page = robot.lookup(node -> node instanceof SettingsView).queryAs(SettingsView.class);
        robot.interact(() -> page.setVvalue(page.getVmin()));
        robot.clickOn("#theme-light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }
}
