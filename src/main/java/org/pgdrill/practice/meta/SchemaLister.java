package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@code \dn}: psql's listSchemas. */
final class SchemaLister {

    private SchemaLister() {
    }

    static MetaAnswer list(Connection connection, MetaCommand command) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT n.nspname AS \"Name\", pg_catalog.pg_get_userbyid(n.nspowner) AS \"Owner\"");
        if (command.verbose()) {
            sql.append(", pg_catalog.array_to_string(n.nspacl, E'\\n') AS \"Access privileges\", "
                    + "pg_catalog.obj_description(n.oid, 'pg_namespace') AS \"Description\"");
        }
        sql.append(" FROM pg_catalog.pg_namespace n WHERE true");
        if (!command.includeSystem() && command.pattern().isEmpty()) {
            sql.append(" AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'");
        }
        PatternFilter filter = PatternFilter.forSchemas(command.pattern(), "n.nspname");
        sql.append(filter.conditions()).append(" ORDER BY 1");
        var table = Catalog.table(connection, sql.toString(), filter.parameters(), List.of());
        if (table.rowCount() == 0) {
            return MetaAnswer.nothingFound(command.pattern().map(p -> "Did not find any schemas named \"" + p + "\".")
                    .orElse("Did not find any schemas."));
        }
        return MetaAnswer.of(List.of(new MetaResult("List of schemas", table)));
    }
}
