package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code \d} without a pattern, {@code \dt}, {@code \di}, {@code \dv}, {@code \dm}, {@code \ds}: psql's listTables. */
final class RelationLister {
    private static final Map<RelationKind, String> NOUNS = Map.of(RelationKind.TABLE, "tables", RelationKind.INDEX, "indexes",
            RelationKind.VIEW, "views", RelationKind.MATERIALIZED_VIEW, "materialized views", RelationKind.SEQUENCE, "sequences",
            RelationKind.FOREIGN_TABLE, "foreign tables");

    private RelationLister() {
    }

    static MetaAnswer list(Connection connection, MetaCommand command) throws SQLException {
        Set<RelationKind> kinds = command.relationKinds();
        boolean indexes = kinds.contains(RelationKind.INDEX);
        StringBuilder sql = new StringBuilder("SELECT n.nspname AS \"Schema\", c.relname AS \"Name\", "
                + "CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' "
                + "WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' "
                + "WHEN 'I' THEN 'partitioned index' END AS \"Type\", pg_catalog.pg_get_userbyid(c.relowner) AS \"Owner\"");
        if (indexes) {
            sql.append(", c2.relname AS \"Table\"");
        }
        if (command.verbose()) {
            sql.append(", CASE c.relpersistence WHEN 'p' THEN 'permanent' WHEN 't' THEN 'temporary' WHEN 'u' THEN 'unlogged' END "
                    + "AS \"Persistence\"");
            if (kinds.contains(RelationKind.TABLE) || kinds.contains(RelationKind.MATERIALIZED_VIEW) || indexes) {
                sql.append(", am.amname AS \"Access method\"");
            }
            sql.append(", pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)) AS \"Size\", "
                    + "pg_catalog.obj_description(c.oid, 'pg_class') AS \"Description\"");
        }
        sql.append(" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam");
        if (indexes) {
            sql.append(" LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        String relkinds = kinds.stream().flatMap(kind -> kind.relkinds().chars().mapToObj(c -> "'" + (char) c + "'"))
                .collect(Collectors.joining(","));
        sql.append(" WHERE c.relkind IN (").append(relkinds).append(")");
        if (!command.includeSystem() && command.pattern().isEmpty()) {
            sql.append(" AND n.nspname <> 'pg_catalog' AND n.nspname !~ '^pg_toast' AND n.nspname <> 'information_schema'");
        }
        PatternFilter filter = PatternFilter.of(connection, command.pattern(), "n.nspname", "c.relname", "pg_catalog.pg_table_is_visible(c.oid)");
        sql.append(filter.conditions()).append(" ORDER BY 1, 2");
        var table = Catalog.table(connection, sql.toString(), filter.parameters(), List.of());
        if (table.rowCount() == 0) {
            String noun = kinds.size() == 1 ? NOUNS.get(kinds.iterator().next()) : "relations";
            return MetaAnswer.nothingFound(command.pattern().map(p -> "Did not find any " + noun + " named \"" + p + "\".")
                    .orElse("Did not find any " + noun + "."));
        }
        return MetaAnswer.of(List.of(new MetaResult("List of relations", table)));
    }
}
