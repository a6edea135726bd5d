package org.pgdrill.app;

import java.util.Arrays;

/**
 * Every setting pgdrill remembers, with its stored key and default. Settings that only make sense on this
 * machine (window bounds, the database URL, which may hold a password) are not portable: a progress export
 * leaves them out and an import ignores them.
 */
public enum SettingKey {
    THEME("ui.theme", "light", true),
    WINDOW_X("window.x", "", false),
    WINDOW_Y("window.y", "", false),
    WINDOW_WIDTH("window.width", "1180", false),
    WINDOW_HEIGHT("window.height", "760", false),
    WINDOW_MAXIMIZED("window.maximized", "false", false),
    DATABASE_URL("postgres.url", "", false),
    LAST_SECTION("ui.section", "LIBRARY", false),
    /** Recall probability a flashcard should have when it comes due, 0.70–0.99. */
    REVIEW_DESIRED_RETENTION("review.desiredRetention", "0.9", true),
    /** Never-seen flashcards to start per study day. */
    REVIEW_NEW_CARDS_PER_DAY("review.newCardsPerDay", "20", true),
    /** Hour (0–23) at which a study day begins. */
    REVIEW_DAY_START_HOUR("review.dayStartHour", "4", true),
    /** Waits between a new card's first ratings, e.g. "1m 10m". */
    REVIEW_LEARNING_STEPS("review.learningSteps", "1m 10m", true),
    /** Waits after a lapse, e.g. "10m". */
    REVIEW_RELEARNING_STEPS("review.relearningSteps", "10m", true),
    /** Longest interval in days. */
    REVIEW_MAXIMUM_INTERVAL_DAYS("review.maximumIntervalDays", "36500", true),
    /** Whether day intervals are spread a little. */
    REVIEW_FUZZ("review.fuzz", "true", true);

    private final String key;
    private final String defaultValue;
    private final boolean portable;

    SettingKey(String key, String defaultValue, boolean portable) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.portable = portable;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** True if the setting travels with an export; machine-specific ones do not. */
    public boolean portable() {
        return portable;
    }

    /**
     * Whether a stored key travels with an export: the known machine-specific keys do not; unknown keys
     * (written by a newer pgdrill) do, so a round trip through an older version loses nothing.
     */
    public static boolean isPortable(String storedKey) {
        return Arrays.stream(values()).filter(k -> k.key.equals(storedKey)).findFirst().map(SettingKey::portable).orElse(true);
    }
}
