package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Without PostgreSQL the list still works and an exercise says why Check is off, while the editor stays usable. */
@ExtendWith(ApplicationExtension.class)
class ExerciseOfflineUiTest {
    /** Nothing listens on port 1: the connection is refused at once. */
    private static final String NO_SERVER = "jdbc:postgresql://127.0.0.1:1/postgres?user=pgdrill&connectTimeout=2";
    @TempDir
    Path dataDir;
    private App app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ExercisePack.install(dataDir);
        app = App.open(new AppConfig(dataDir, Optional.of(NO_SERVER), List.of()));
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

    @Test
    void anExerciseSaysPostgresIsUnavailableAndKeepsTheEditorUsable(FxRobot robot) throws Exception {
        robot.clickOn("#nav-exercises");
        assertThat(robot.lookup("." + ExerciseStyles.ROW).queryAll()).hasSize(4);
        robot.clickOn("#" + ExerciseListView.NEXT_ID);

        Label banner = robot.lookup("#serverBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("PostgreSQL is unavailable: ").contains("127.0.0.1:1")
                .contains(window.server().status().fix()).endsWith("Your answer stays in the editor; Check and Run come back with PostgreSQL.");
        assertThat(window.server().status().fix()).isNotBlank();
        assertThat(robot.lookup("#" + ExerciseSessionView.CHECK_ID).queryButton().isDisabled()).isTrue();

        robot.clickOn(".sql-editor");
        robot.write("SELECT 1", 0);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sql-code").queryAs(CodeArea.class).getText()).isEqualTo("SELECT 1");
        assertThat(robot.lookup("#" + VerdictView.TITLE_ID).queryAll()).isEmpty();
        assertThat(app.progress().attempts().attempts(ExercisePack.TRACK, ExercisePack.OVERDUE)).isEmpty();
    }
}
