package org.pgdrill.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The places the sidebar leads to, in sidebar order; Ctrl+1 … Ctrl+6 select them. */
public enum Section {
    LIBRARY("Library", "Lessons of every track", Feather.BOOK_OPEN),
    FLASHCARDS("Flashcards", "Interview questions, spaced repetition", Feather.LAYERS),
    EXERCISES("Exercises", "Timed queries, checked on PostgreSQL", Feather.TARGET),
    SANDBOX("Sandbox", "Try SQL on a lesson's dataset", Feather.TERMINAL),
    PROGRESS("Progress", "Your stats and confidence", Feather.BAR_CHART_2),
    SETTINGS("Settings", "Theme, PostgreSQL, data", Feather.SETTINGS);

    private final String title;
    private final String description;
    private final Ikon icon;

    Section(String title, String description, Ikon icon) {
        this.title = title;
        this.description = description;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Ikon icon() {
        return icon;
    }

    /** The id of the section's sidebar button, for tests and accessibility tools. */
    public String buttonId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Section fromSetting(String value) {
        for (Section section : values()) {
            if (section.name().equalsIgnoreCase(value)) {
                return section;
            }
        }
        return LIBRARY;
    }
}
