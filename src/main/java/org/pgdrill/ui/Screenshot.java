package org.pgdrill.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.pgdrill.practice.server.ServerStatus;
import org.pgdrill.ui.common.Section;

/**
 * Writes a PNG of the main window once PostgreSQL has settled (ready or unavailable), then exits.
 * Used by {@code scripts/screenshot.sh} for the README picture.
 */
final class Screenshot {
    private Screenshot() {
    }

    static void takeWhenSettled(MainWindow window, Stage stage, Path file, String sectionName) {
        Runnable shoot = () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(event -> {
                write(window.scene().snapshot(null), file);
                stage.close();
                Platform.exit();
            });
            javafx.beans.value.ObservableBooleanValue busy = sectionName != null ? show(window, sectionName) : null;
            if (busy == null || !busy.get()) {
                settle.play();
            } else {
                busy.addListener((obs, was, running) -> {
                    if (!running) {
                        settle.play();
                    }
                });
            }
        };
        if (window.server().status().state() != ServerStatus.State.STARTING) {
            shoot.run();
            return;
        }
        ChangeListener<ServerStatus> onSettled = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ServerStatus> obs, ServerStatus old, ServerStatus status) {
                if (status.state() != ServerStatus.State.STARTING) {
                    window.server().statusProperty().removeListener(this);
                    shoot.run();
                }
            }
        };
        window.server().statusProperty().addListener(onSettled);
    }

    /**
     * "library", "sandbox", … a section; "lesson:ID" / "quiz:ID" / "flashcards:ID" a lesson (its page, its quiz, its
     * cards); "exercise:ID" an exercise session; "sandbox:SQL" runs SQL on the first track's first dataset.
     */
    private static javafx.beans.value.ObservableBooleanValue show(MainWindow window, String target) {
        var tracks = window.app().library().tracks();
        if (target.startsWith("lesson:") || target.startsWith("quiz:") || target.startsWith("flashcards:")) {
            String id = target.substring(target.indexOf(':') + 1);
            tracks.stream().flatMap(track -> track.lesson(id).map(lesson -> java.util.Map.entry(track, lesson)).stream()).findFirst()
                    .ifPresent(found -> {
                        if (target.startsWith("quiz:")) {
                            window.openQuiz(found.getKey(), found.getValue());
                        } else if (target.startsWith("flashcards:")) {
                            window.openFlashcards(found.getKey(), found.getValue());
                        } else {
                            window.openLesson(found.getKey(), found.getValue());
                        }
                    });
        } else if (target.startsWith("exercise:")) {
            org.pgdrill.app.ExerciseCatalog.find(tracks, target.substring("exercise:".length()))
                    .ifPresent(found -> window.openExercise(found.track(), found.exercise()));
        } else if (target.startsWith("sandbox:") && !tracks.isEmpty() && !tracks.get(0).datasets().isEmpty()) {
            window.openSandbox(tracks.get(0), tracks.get(0).datasets().get(0), target.substring("sandbox:".length()));
            return window.runSandbox();
        } else {
            window.shell().select(Section.fromSetting(target));
        }
        return null;
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(buffered, "png", file.toFile());
            System.out.println("Screenshot written to " + file);
        } catch (IOException e) {
            System.err.println("Could not write the screenshot " + file + ": " + e.getMessage());
        }
    }
}
