package org.pgdrill.practice;

/** Quoting for SQL that pgdrill builds itself (never for learner text). */
public final class SqlText {
    private SqlText() {
    }

    /** A double-quoted identifier: {@code "my ""odd"" name"}. */
    public static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A standard-conforming string literal: {@code 'it''s'}. */
    public static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** {@code schema.table}, both parts quoted. */
    public static String qualified(String schema, String name) {
        return ident(schema) + '.' + ident(name);
    }
}
