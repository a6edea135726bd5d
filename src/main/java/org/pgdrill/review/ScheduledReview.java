package org.pgdrill.review;

/** The outcome of rating a card: its new state and the log entry to keep. */
public record ScheduledReview(Card card, ReviewLog log) {
}
