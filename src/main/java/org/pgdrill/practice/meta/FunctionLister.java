package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@code \df}: psql's describeFunctions, all kinds (functions, procedures, aggregates, window functions). */
final class FunctionLister {

    private FunctionLister() {
    }

    static MetaAnswer list(Connection connection, MetaCommand command) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT n.nspname AS \"Schema\", p.proname AS \"Name\", "
                + "pg_catalog.pg_get_function_result(p.oid) AS \"Result data type\", "
                + "pg_catalog.pg_get_function_arguments(p.oid) AS \"Argument data types\", "
                + "CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END AS \"Type\"");
        if (command.verbose()) {
            sql.append(", CASE WHEN p.provolatile = 'i' THEN 'immutable' WHEN p.provolatile = 's' THEN 'stable' "
                    + "WHEN p.provolatile = 'v' THEN 'volatile' END AS \"Volatility\", "
                    + "CASE WHEN p.proparallel = 'r' THEN 'restricted' WHEN p.proparallel = 's' THEN 'safe' "
                    + "WHEN p.proparallel = 'u' THEN 'unsafe' END AS \"Parallel\", "
                    + "pg_catalog.pg_get_userbyid(p.proowner) AS \"Owner\", "
                    + "CASE WHEN p.prosecdef THEN 'definer' ELSE 'invoker' END AS \"Security\", "
                    + "l.lanname AS \"Language\", pg_catalog.obj_description(p.oid, 'pg_proc') AS \"Description\"");
        }
        sql.append(" FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE true");
        if (!command.includeSystem() && command.pattern().isEmpty()) {
            sql.append(" AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'");
        }
        PatternFilter filter = PatternFilter.of(connection, command.pattern(), "n.nspname", "p.proname",
                "pg_catalog.pg_function_is_visible(p.oid)");
        sql.append(filter.conditions()).append(" ORDER BY 1, 2, 4");
        var table = Catalog.table(connection, sql.toString(), filter.parameters(), List.of());
        if (table.rowCount() == 0) {
            return MetaAnswer.nothingFound(command.pattern().map(p -> "Did not find any functions named \"" + p + "\".")
                    .orElse("Did not find any functions."));
        }
        return MetaAnswer.of(List.of(new MetaResult("List of functions", table)));
    }
}
