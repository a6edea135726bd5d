package org.pgdrill.practice.check;

/** Extra test data an author ships: SQL applied on top of the dataset, as one more variant. */
public record HiddenData(String name, String sql) {
}
