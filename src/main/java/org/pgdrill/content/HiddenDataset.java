package org.pgdrill.content;

/**
 * Extra rows (or changes) applied on top of an exercise's dataset; the answer must be right there too.
 * Authors add them where a query could match the visible data by coincidence.
 *
 * @param name says what the variant tests, shown when an answer fails on it
 * @param sql  statements run after the dataset script, inside the checking transaction
 */
public record HiddenDataset(String name, String sql) {
}
