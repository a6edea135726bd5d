package org.pgdrill.content;

/**
 * An interview question and its answer, reviewed on a spaced-repetition schedule.
 *
 * @param id       stable within the lesson, so review history survives edits
 * @param question inline Markdown
 * @param answer   inline Markdown
 */
public record Flashcard(String id, String question, String answer) {
}
