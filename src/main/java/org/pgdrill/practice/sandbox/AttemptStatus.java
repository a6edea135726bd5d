package org.pgdrill.practice.sandbox;

/** How an attempt ended, as a learner would tell it apart. */
public enum AttemptStatus {
    /** Every statement ran. */
    OK,
    /** A statement failed; the outcomes say which and why. */
    ERROR,
    /** pgdrill refused the text before running it (transaction control, role switching, too long …). */
    REFUSED,
    /** Only comments or whitespace. */
    NOTHING_TO_RUN,
    /** The time limit stopped it. */
    TIMED_OUT,
    /** The learner pressed Cancel. */
    CANCELLED,
    /** PostgreSQL went away during the attempt; nothing is graded. */
    INTERRUPTED,
    /** The result was larger than pgdrill fetches. */
    TOO_LARGE
}
