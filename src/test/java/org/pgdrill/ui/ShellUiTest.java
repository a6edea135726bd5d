package org.pgdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
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
import org.pgdrill.testing.TestPostgres;
import org.pgdrill.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    @TempDir
    Path dataDir;
    private AppConfig config;
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        config = new AppConfig(dataDir, Optional.of(TestPostgres.adminUrl()), List.of());
        app = App.open(config);
        MainWindow window = new MainWindow(app, new InlineTaskRunner());
        stage.setScene(window.scene());
        stage.show();
        window.server().start();
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    private String pageTitle(FxRobot robot) {
        return robot.lookup("." + Styles.PAGE_TITLE).queryAll().stream()
                .filter(node -> node.isVisible() && node.getScene() != null)
                .map(node -> ((Label) node).getText()).findFirst().orElse("");
    }

    @Test
    void sidebarAndShortcutsSwitchSections(FxRobot robot) {
        assertThat(pageTitle(robot)).isEqualTo("Library");

        robot.clickOn("#nav-settings");
        assertThat(pageTitle(robot)).isEqualTo("Settings");

        robot.clickOn("#nav-sandbox");
        assertThat(pageTitle(robot)).isEqualTo("Sandbox");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageTitle(robot)).isEqualTo("Flashcards");
    }

    @Test
    void statusBarSaysPostgresIsReady(FxRobot robot) {
        Label status = robot.lookup("#serverStatus").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Ready: ").contains("PostgreSQL " + TestPostgres.server().version());
    }

    @Test
    void darkThemeIsAppliedAndRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        app.close();
        app = App.open(config);
        assertThat(app.settings().get(SettingKey.THEME)).isEqualTo("dark");

        robot.clickOn("#theme-light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void lastSectionIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#nav-progress");
        app.close();
        app = App.open(config);
        assertThat(app.settings().get(SettingKey.LAST_SECTION)).isEqualTo("PROGRESS");
    }
}
