package org.pgdrill.content;

/** Whether a lesson is practised in SQL ({@code hands-on}, it has exercises) or read and discussed ({@code concept}). */
public enum LessonMode {
    HANDS_ON("hands-on"), CONCEPT("concept");

    private final String key;

    LessonMode(String key) {
        this.key = key;
    }

    /** The spelling used in lesson files. */
    public String key() {
        return key;
    }
}
