package org.pgdrill.ui.common;

/** Style-class names used by pgdrill's views and defined in {@code pgdrill.css}. */
public final class Styles {
    public static final String STYLESHEET = "/org/pgdrill/ui/pgdrill.css";

    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_BRAND = "sidebar-brand";
    public static final String NAV_BUTTON = "nav-button";
    public static final String CONTENT = "content";
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_SUBTITLE = "page-subtitle";
    public static final String SECTION_TITLE = "section-title";
    public static final String CARD = "card";
    public static final String MUTED = "muted";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_DOT = "status-dot";
    public static final String STATE_STARTING = "starting";
    public static final String STATE_READY = "ready";
    public static final String STATE_UNAVAILABLE = "unavailable";
    public static final String FORM_LABEL = "form-label";
    public static final String HINT = "hint";
    public static final String ERROR_TEXT = "error-text";
    public static final String SUCCESS_TEXT = "success-text";
    public static final String BADGE = "badge";

    // flashcards, progress page and settings cards
    public static final String KEY_HINT = "key-hint";
    public static final String COUNT_CHIP = "count-chip";
    public static final String FLASHCARD = "flashcard";
    public static final String FLASHCARD_ANSWER = "flashcard-answer";
    public static final String RATING_BUTTON = "rating-button";
    public static final String RATING_INTERVAL = "rating-interval";
    public static final String EMPTY_STATE_TITLE = "empty-state-title";
    public static final String STAT_VALUE = "stat-value";
    public static final String STAT_LABEL = "stat-label";
    public static final String ACTIVITY_BAR = "activity-bar";
    public static final String ACTIVITY_BAR_IDLE = "activity-bar-idle";
    public static final String CONFIDENCE_DOTS = "confidence-dots";
    public static final String TREND_UP = "trend-up";
    public static final String TREND_DOWN = "trend-down";

    private Styles() {
    }
}
