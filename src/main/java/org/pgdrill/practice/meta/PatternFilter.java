package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The WHERE conditions psql adds for a name pattern: regex matches on schema and name, and, when the
 * pattern names no schema, only objects visible on the search path. Patterns go in as bind parameters.
 *
 * @param conditions SQL to append after a WHERE clause, each condition starting with " AND "
 * @param parameters the values for its placeholders, in order
 */
record PatternFilter(String conditions, List<String> parameters) {

    /**
     * @param pattern      the psql pattern, if given
     * @param schemaColumn e.g. {@code n.nspname}
     * @param nameColumn   e.g. {@code c.relname}
     * @param visibility   e.g. {@code pg_catalog.pg_table_is_visible(c.oid)}, or null when objects have no visibility rule (schemas)
     */
    static PatternFilter of(Connection connection, Optional<String> pattern, String schemaColumn, String nameColumn, String visibility)
            throws SQLException {
        StringBuilder conditions = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        NamePattern names = pattern.map(NamePattern::of).orElse(new NamePattern(Optional.empty(), Optional.empty(), Optional.empty()));
        if (names.database().isPresent() && !currentDatabase(connection).equals(names.database().get())) {
            throw new MetaCommandException("cross-database references are not implemented: " + pattern.orElse(""));
        }
        if (names.schema().isPresent()) {
            conditions.append(" AND ").append(schemaColumn).append(" OPERATOR(pg_catalog.~) ? COLLATE pg_catalog.default");
            parameters.add(names.schema().get());
        } else if (visibility != null) {
            conditions.append(" AND ").append(visibility);
        }
        if (names.name().isPresent()) {
            conditions.append(" AND ").append(nameColumn).append(" OPERATOR(pg_catalog.~) ? COLLATE pg_catalog.default");
            parameters.add(names.name().get());
        }
        return new PatternFilter(conditions.toString(), parameters);
    }

    /** A schema-name pattern ({@code \dn}): one part only, no visibility rule. */
    static PatternFilter forSchemas(Optional<String> pattern, String nameColumn) {
        if (pattern.isEmpty()) {
            return new PatternFilter("", List.of());
        }
        NamePattern names = NamePattern.of(pattern.get());
        if (names.schema().isPresent()) {
            throw new MetaCommandException("improper qualified name (too many dotted names): " + pattern.get());
        }
        return names.name().map(regex -> new PatternFilter(" AND " + nameColumn + " OPERATOR(pg_catalog.~) ? COLLATE pg_catalog.default",
                List.of(regex))).orElse(new PatternFilter("", List.of()));
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        return Catalog.rows(connection, "SELECT pg_catalog.current_database()", List.of()).get(0).get(0);
    }
}
