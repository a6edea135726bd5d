package org.pgdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.StoreDamage.Recovery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question pgdrill asks at start when its progress file is damaged, answered by clicking. */
@ExtendWith(ApplicationExtension.class)
class StartupDialogsUiTest {
    private final StartupDialogs dialogs = new StartupDialogs(ZoneOffset.UTC);
    private final Path file = Path.of("/home/ana/.local/share/pgdrill/progress/pgdrill.mv.db");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    private CompletableFuture<Recovery> ask(StoreDamage damage) {
        // asked from a background thread, as App.open does during Application.init()
        CompletableFuture<Recovery> answer = CompletableFuture.supplyAsync(() -> dialogs.askAboutDamage(damage));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void theLearnerRestoresTheBackup(FxRobot robot) throws Exception {
        BackupFile backup = new BackupFile(Path.of("b.zip"), Instant.parse("2026-11-22T17:45:00Z"), 41, "0123456789abcdef");
        CompletableFuture<Recovery> answer = ask(new StoreDamage(StoreDamage.Kind.UNREADABLE, file, Optional.of(backup), "corrupt"));

        assertThat(robot.lookup("#damage-description").queryAs(Label.class).getText())
                .startsWith("The progress file " + file + " is damaged and cannot be read.")
                .contains("The newest good backup is from Sunday 22 November 2026, 17:45.");
        robot.clickOn(StartupDialogs.RESTORE);

        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(Recovery.RESTORE_BACKUP);
        assertThat(dialogs.quitChosen()).isFalse();
    }

    @Test
    void withoutABackupThereIsNothingToRestoreAndQuitMeansQuit(FxRobot robot) throws Exception {
        CompletableFuture<Recovery> answer = ask(new StoreDamage(StoreDamage.Kind.UNREADABLE, file, Optional.empty(), "corrupt"));

        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains(StartupDialogs.CONTINUE, StartupDialogs.QUIT).doesNotContain(StartupDialogs.RESTORE);
        robot.clickOn(StartupDialogs.QUIT);

        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(Recovery.CANCEL);
        assertThat(dialogs.quitChosen()).isTrue();
    }
}
