package org.pgdrill.review;

/** Where a flashcard is in its life: never seen, in the short learning steps, on day intervals, or relearning after a lapse. */
public enum CardState {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING
}
