package org.pgdrill.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of {@code pgdrill bench startup}: an empty JavaFX window started the same way as pgdrill
 * (same jar, same class path), timed to its first frame by {@link StartupProbe}.
 */
public final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1180, 760);
        stage.setScene(scene);
        stage.show();
        StartupProbe.watch(scene, () -> true);
    }

    /** Entry point without extending Application in the launching class, as pgdrill's Launcher does. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }
}
