package org.pgdrill.content;

/**
 * An open question a learner answers in their own words, then compares with a model answer.
 *
 * @param id          stable within the lesson
 * @param question    inline Markdown
 * @param modelAnswer inline Markdown
 */
public record SelfCheck(String id, String question, String modelAnswer) {
}
