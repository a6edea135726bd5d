package org.pgdrill.practice;

/**
 * One column of a result: its label as PostgreSQL reports it and its type name
 * ({@code int4}, {@code numeric}, {@code text}, …).
 */
public record ResultColumn(String name, String typeName) {
}
