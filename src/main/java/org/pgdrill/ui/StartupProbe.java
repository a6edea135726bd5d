package org.pgdrill.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * For {@code pgdrill bench startup}: prints the milliseconds from JVM start to the first laid-out frame
 * in which {@code ready} holds, then exits. The same probe times pgdrill (library rows with progress on
 * screen) and the empty-window baseline, so both are measured the same way.
 */
public final class StartupProbe {
    static final String OUTPUT_PREFIX = "startup-ms ";

    private StartupProbe() {
    }

    static void watch(Scene scene, java.util.function.BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println(OUTPUT_PREFIX + millis);
                System.out.flush();
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** True once the library's lesson list shows rows. */
    static boolean libraryShown(Scene scene) {
        Node list = scene.lookup("#lessonList");
        return list instanceof Parent parent && !parent.getChildrenUnmodifiable().isEmpty() && list.isVisible();
    }
}
