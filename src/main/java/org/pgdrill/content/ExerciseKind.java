package org.pgdrill.content;

/** How an exercise's answer is checked. */
public enum ExerciseKind {
    /** The rows of the learner's query are compared with the reference solution's. */
    RESULT,
    /** The learner's statements change data; the named tables are compared afterwards. */
    STATE,
    /** As {@link #RESULT}, and the query's plan must have (or must not have) named nodes. */
    PLAN;

    /** The spelling used in lesson files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
