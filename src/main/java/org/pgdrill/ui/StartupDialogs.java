package org.pgdrill.ui;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.StoreDamage.Recovery;

/**
 * The questions pgdrill may have to ask before its window exists: what to do about a damaged progress file.
 * Asked from the launcher thread (the services open there), answered on the FX thread.
 */
final class StartupDialogs {
    static final String RESTORE = "Restore backup";
    static final String CONTINUE = "Continue without it";
    static final String QUIT = "Quit";

    private final ZoneId zone;
    private volatile boolean quitChosen;

    StartupDialogs(ZoneId zone) {
        this.zone = zone;
    }

    /** True once the learner answered "Quit": pgdrill then closes without another message. */
    boolean quitChosen() {
        return quitChosen;
    }

    /** A {@link StoreDamage.Handler}: blocks the calling (non-FX) thread until the learner answers. */
    Recovery askAboutDamage(StoreDamage damage) {
        FutureTask<Recovery> question = new FutureTask<>(() -> ask(damage));
        Platform.runLater(question);
        try {
            Recovery answer = question.get();
            quitChosen = answer == Recovery.CANCEL;
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quitChosen = true;
            return Recovery.CANCEL;
        } catch (ExecutionException e) {
            quitChosen = true;
            return Recovery.CANCEL;
        }
    }

    private Recovery ask(StoreDamage damage) {
        ButtonType restore = new ButtonType(RESTORE, ButtonBar.ButtonData.OK_DONE);
        ButtonType carryOn = new ButtonType(CONTINUE, ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(QUIT, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle("pgdrill");
        alert.setHeaderText("Your progress file needs attention");
        String consequence = damage.kind() == StoreDamage.Kind.OLDER_THAN_BACKUP
                ? "\n\nRestoring keeps the current file next to it, renamed. Continuing keeps using the current file as it is."
                : "\n\nEither way the current file is kept next to it, renamed. Continuing starts with empty progress.";
        Label text = new Label(damage.describe(zone) + consequence);
        text.setWrapText(true);
        text.setId("damage-description");
        alert.getDialogPane().setContent(text);
        alert.getButtonTypes().setAll(damage.backup().isPresent() ? new ButtonType[] {restore, carryOn, quit} : new ButtonType[] {carryOn, quit});
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == quit) {
            return Recovery.CANCEL;
        }
        return answer.get() == restore ? Recovery.RESTORE_BACKUP : Recovery.CONTINUE_WITHOUT_BACKUP;
    }
}
