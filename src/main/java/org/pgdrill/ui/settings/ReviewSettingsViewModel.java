package org.pgdrill.ui.settings;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.pgdrill.app.SettingKey;
import org.pgdrill.app.Settings;
import org.pgdrill.app.TaskRunner;

/**
 * How flashcards are scheduled: desired retention (as a percentage), new cards per day, the hour a study day
 * starts. A change is saved at once; a value outside its range is brought back into it, never stored.
 */
public final class ReviewSettingsViewModel {
    public static final int MIN_RETENTION_PERCENT = 80;
    public static final int MAX_RETENTION_PERCENT = 97;
    public static final int MAX_NEW_CARDS_PER_DAY = 9999;

    private final Settings settings;
    private final TaskRunner tasks;
    private final IntegerProperty retentionPercent = new SimpleIntegerProperty();
    private final IntegerProperty newCardsPerDay = new SimpleIntegerProperty();
    private final IntegerProperty dayStartHour = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean reloading;

    public ReviewSettingsViewModel(Settings settings, TaskRunner tasks) {
        this.settings = settings;
        this.tasks = tasks;
        reload();
        retentionPercent.addListener((obs, old, value) -> changed(SettingKey.REVIEW_DESIRED_RETENTION, value.intValue(),
                MIN_RETENTION_PERCENT, MAX_RETENTION_PERCENT, retentionPercent));
        newCardsPerDay.addListener((obs, old, value) -> changed(SettingKey.REVIEW_NEW_CARDS_PER_DAY, value.intValue(), 0,
                MAX_NEW_CARDS_PER_DAY, newCardsPerDay));
        dayStartHour.addListener((obs, old, value) -> changed(SettingKey.REVIEW_DAY_START_HOUR, value.intValue(), 0, 23, dayStartHour));
    }

    /** Desired retention in percent, 80–97: how likely a card should still be remembered when it comes due. */
    public IntegerProperty retentionPercentProperty() {
        return retentionPercent;
    }

    public IntegerProperty newCardsPerDayProperty() {
        return newCardsPerDay;
    }

    /** 0–23: a study day runs from this hour to the same hour the next day. */
    public IntegerProperty dayStartHourProperty() {
        return dayStartHour;
    }

    /** What the last change did, or why it was not saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the stored values again (after an import brought others). */
    public void reload() {
        reloading = true;
        try {
            double retention = settings.getDouble(SettingKey.REVIEW_DESIRED_RETENTION)
                    .orElse(Double.parseDouble(SettingKey.REVIEW_DESIRED_RETENTION.defaultValue()));
            retentionPercent.set(clamp((int) Math.round(retention * 100), MIN_RETENTION_PERCENT, MAX_RETENTION_PERCENT));
            newCardsPerDay.set(clamp(settings.getInt(SettingKey.REVIEW_NEW_CARDS_PER_DAY), 0, MAX_NEW_CARDS_PER_DAY));
            dayStartHour.set(clamp(settings.getInt(SettingKey.REVIEW_DAY_START_HOUR), 0, 23));
        } finally {
            reloading = false;
        }
    }

    private void changed(SettingKey key, int value, int min, int max, IntegerProperty property) {
        if (reloading) {
            return;
        }
        if (value < min || value > max) {
            property.set(clamp(value, min, max)); // saves through this listener again, in range
            return;
        }
        Map<SettingKey, String> change = new EnumMap<>(SettingKey.class);
        change.put(key, key == SettingKey.REVIEW_DESIRED_RETENTION ? String.format(Locale.ROOT, "%.2f", value / 100.0)
                : String.valueOf(value));
        tasks.run("Saving the review settings", context -> {
            settings.putAll(change);
            return change;
        }, saved -> message.set("Saved. " + describe(key, value)), failure -> message.set("Not saved: " + failure.getMessage()));
    }

    private static String describe(SettingKey key, int value) {
        return switch (key) {
            case REVIEW_DESIRED_RETENTION -> "Cards come due when you are " + value + "% likely to remember them.";
            case REVIEW_NEW_CARDS_PER_DAY -> "Up to " + value + " new " + (value == 1 ? "card" : "cards") + " a day.";
            default -> "A study day starts at " + String.format(Locale.ROOT, "%02d:00", value) + ".";
        };
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
