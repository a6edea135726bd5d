package org.pgdrill.content;

/**
 * Something a learner can tick off once they can do it.
 *
 * @param id   stable within the lesson, so a tick survives reordering
 * @param text inline Markdown
 */
public record ChecklistItem(String id, String text) {
}
