package org.pgdrill.content;

/** How much a learner should know before a lesson; written in lowercase in the front matter. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** The spelling used in lesson files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
