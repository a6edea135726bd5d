package org.pgdrill.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.pgdrill.app.SettingKey;
import org.pgdrill.app.Settings;

/** Restores the main window where the learner left it, if that place is still on a screen. */
public final class WindowBounds {
    private WindowBounds() {
    }

    public static void restore(Stage stage, Settings settings) {
        double width = settings.getDouble(SettingKey.WINDOW_WIDTH).orElse(1180);
        double height = settings.getDouble(SettingKey.WINDOW_HEIGHT).orElse(760);
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.max(640, Math.min(width, Math.max(640, visual.getWidth()))));
        stage.setHeight(Math.max(480, Math.min(height, Math.max(480, visual.getHeight()))));
        var x = settings.getDouble(SettingKey.WINDOW_X);
        var y = settings.getDouble(SettingKey.WINDOW_Y);
        if (x.isPresent() && y.isPresent()
                && !Screen.getScreensForRectangle(x.getAsDouble(), y.getAsDouble(), 80, 40).isEmpty()) {
            stage.setX(x.getAsDouble());
            stage.setY(y.getAsDouble());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(SettingKey.WINDOW_MAXIMIZED));
    }

    /** The values to store for {@code stage}; the bounds of a maximised window are not remembered. */
    public static Map<SettingKey, String> capture(Stage stage) {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        values.put(SettingKey.WINDOW_MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.put(SettingKey.WINDOW_X, Double.toString(stage.getX()));
            values.put(SettingKey.WINDOW_Y, Double.toString(stage.getY()));
            values.put(SettingKey.WINDOW_WIDTH, Double.toString(stage.getWidth()));
            values.put(SettingKey.WINDOW_HEIGHT, Double.toString(stage.getHeight()));
        }
        return values;
    }
}
