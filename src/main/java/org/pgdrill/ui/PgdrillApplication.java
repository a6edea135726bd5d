package org.pgdrill.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InstanceLock;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.ui.common.FxTaskRunner;
import org.pgdrill.ui.common.WindowBounds;

/** The JavaFX application: opens the services off the FX thread, shows the main window, closes everything on exit. */
public final class PgdrillApplication extends Application {
    private static final Logger LOG = Logger.getLogger(PgdrillApplication.class.getName());
    private static final String DATA_DIR = "data-dir";
    private static final String DB = "db";
    private static final String LESSONS = "lessons";
    private static final String SCREENSHOT = "screenshot";
    private static final String SCREENSHOT_SECTION = "screenshot-section";
    private static final String STARTUP_PROBE = "startup-probe";
    /** How often automatic backups check for changes (they back up at most every 30 minutes). */
    private static final Duration BACKUP_CHECK = Duration.ofMinutes(1);

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final StartupDialogs dialogs = new StartupDialogs(ZoneId.systemDefault());
    private App app;
    private Exception openFailure;
    private Stage stage;
    private MainWindow window;

    /** Starts the GUI with an already resolved configuration; returns when the last window closes. */
    public static void launch(AppConfig config, Optional<Path> screenshot, Optional<String> screenshotSection, boolean startupProbe) {
        List<String> args = new ArrayList<>();
        args.add("--" + DATA_DIR + "=" + config.dataDir());
        config.databaseUrl().ifPresent(url -> args.add("--" + DB + "=" + url));
        if (!config.lessonFolders().isEmpty()) {
            args.add("--" + LESSONS + "=" + String.join(File.pathSeparator, config.lessonFolders().stream().map(Path::toString).toList()));
        }
        screenshot.ifPresent(file -> args.add("--" + SCREENSHOT + "=" + file.toAbsolutePath()));
        screenshotSection.ifPresent(section -> args.add("--" + SCREENSHOT_SECTION + "=" + section));
        if (startupProbe) {
            args.add("--" + STARTUP_PROBE + "=true");
        }
        Application.launch(PgdrillApplication.class, args.toArray(String[]::new));
    }

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        List<Path> lessons = Optional.ofNullable(named.get(LESSONS))
                .map(value -> Arrays.stream(value.split(File.pathSeparator)).map(Path::of).toList()).orElse(List.of());
        AppConfig config = new AppConfig(Path.of(named.get(DATA_DIR)), Optional.ofNullable(named.get(DB)), lessons);
        try {
            app = App.open(config, Clock.systemUTC(), ZoneId.systemDefault(), dialogs::askAboutDamage);
        } catch (ProgressStoreException e) {
            if (e.reason() == ProgressStoreException.Reason.LOCKED && InstanceLock.requestFocus(config.dataDir())) {
                System.err.println("pgdrill is already running with the data folder " + config.dataDir()
                        + "; its window was brought to the front.");
            } else if (!dialogs.quitChosen()) {
                openFailure = e;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "pgdrill could not start", e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        if (app == null && openFailure == null) {
            Platform.exit(); // another pgdrill has come to the front, or the learner chose Quit
            return;
        }
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openFailure.getMessage());
            alert.setHeaderText("pgdrill cannot open its progress");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        stage = primaryStage;
        window = new MainWindow(app, tasks, org.pgdrill.ui.common.FileDialogs.system(), address -> getHostServices().showDocument(address));
        stage.setTitle("pgdrill");
        stage.setScene(window.scene());
        WindowBounds.restore(stage, app.settings());
        stage.show();
        // PostgreSQL and the start-up backup are not needed for the first screen: let the window paint first
        javafx.animation.PauseTransition afterFirstFrames = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        afterFirstFrames.setOnFinished(event -> {
            window.server().start();
            app.backups().startAutomatic(java.time.Duration.ofSeconds(15), BACKUP_CHECK);
        });
        afterFirstFrames.play();
        try {
            app.instance().listenForFocusRequests(() -> Platform.runLater(this::bringToFront));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A second launch will say pgdrill is running but cannot bring this window forward", e);
        }
        if (getParameters().getNamed().containsKey(STARTUP_PROBE)) {
            window.shell().select(org.pgdrill.ui.common.Section.LIBRARY);
            StartupProbe.watch(window.scene(), () -> StartupProbe.libraryShown(window.scene()));
        }
        String screenshot = getParameters().getNamed().get(SCREENSHOT);
        if (screenshot != null) {
            Screenshot.takeWhenSettled(window, stage, Path.of(screenshot), getParameters().getNamed().get(SCREENSHOT_SECTION));
        }
    }

    private void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public void stop() {
        if (app == null) {
            return;
        }
        if (window != null) {
            window.dispose(); // saves a note still being typed, stops the editors' highlighters
        }
        if (stage != null) {
            var bounds = WindowBounds.capture(stage);
            tasks.run("Saving the window", context -> {
                app.settings().putAll(bounds);
                return bounds;
            }, ignored -> { }, failure -> LOG.log(Level.WARNING, "Could not remember the window", failure));
        }
        tasks.shutdown();
        app.close();
    }
}
