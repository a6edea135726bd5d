package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines psql prints under a table's or view's columns, in psql's order: partition of, partition key,
 * indexes, check constraints, foreign keys, referencing foreign keys, view definition, triggers,
 * partitions, and with + the access method. Lines are exactly as psql prints them ("Indexes:", then items indented four spaces).
 * Unlike psql, a view's definition is shown without + too: learners look for it first.
 */
final class RelationFooters {
    private static final String ITEM = "    ";

    private RelationFooters() {
    }

    static List<String> of(Connection connection, RelationDescriber.Relation relation, boolean verbose) throws SQLException {
        List<String> footer = new ArrayList<>();
        List<String> oid = List.of(relation.oid());
        for (List<String> parent : Catalog.rows(connection, "SELECT i.inhparent::pg_catalog.regclass::text, "
                + "pg_catalog.pg_get_expr(c.relpartbound, c.oid) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = i.inhrelid "
                + "WHERE c.oid = ?::pg_catalog.oid AND c.relispartition", oid)) {
            footer.add("Partition of: " + parent.get(0) + " " + parent.get(1));
        }
        if (relation.is("p")) {
            footer.add("Partition key: " + Catalog.rows(connection, "SELECT pg_catalog.pg_get_partkeydef(?::pg_catalog.oid)", oid).get(0).get(0));
        }
        if (relation.is("r", "p", "m")) {
            section(footer, "Indexes:", indexes(connection, oid));
        }
        if (relation.is("r", "p", "f")) {
            section(footer, "Check constraints:", quotedNameAndDefinition(connection, "SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true) "
                    + "FROM pg_catalog.pg_constraint r WHERE r.conrelid = ?::pg_catalog.oid AND r.contype = 'c' ORDER BY 1", oid));
        }
        if (relation.is("r", "p")) {
            section(footer, "Foreign-key constraints:", quotedNameAndDefinition(connection, "SELECT conname, "
                    + "pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r "
                    + "WHERE r.conrelid = ?::pg_catalog.oid AND r.contype = 'f' AND r.conparentid = 0 ORDER BY conname", oid));
            List<String> referencedBy = new ArrayList<>();
            for (List<String> row : Catalog.rows(connection, "SELECT conname, conrelid::pg_catalog.regclass::text, "
                    + "pg_catalog.pg_get_constraintdef(oid, true) FROM pg_catalog.pg_constraint "
                    + "WHERE confrelid = ?::pg_catalog.oid AND contype = 'f' AND conparentid = 0 ORDER BY conname", oid)) {
                referencedBy.add(ITEM + "TABLE \"" + row.get(1) + "\" CONSTRAINT \"" + row.get(0) + "\" " + row.get(2));
            }
            section(footer, "Referenced by:", referencedBy);
        }
        if (relation.is("v", "m")) {
            String definition = Catalog.rows(connection, "SELECT pg_catalog.pg_get_viewdef(?::pg_catalog.oid, true)", oid).get(0).get(0);
            footer.add("View definition:");
            footer.addAll(definition.lines().toList());
        }
        triggers(connection, oid, footer);
        if (relation.is("p")) {
            partitions(connection, oid, verbose, footer);
        }
        if (verbose && relation.is("r", "m")) {
            Catalog.rows(connection, "SELECT am.amname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_am am ON am.oid = c.relam "
                    + "WHERE c.oid = ?::pg_catalog.oid", oid).forEach(row -> footer.add("Access method: " + row.get(0)));
        }
        return footer;
    }

    private static void section(List<String> footer, String heading, List<String> items) {
        if (!items.isEmpty()) {
            footer.add(heading);
            footer.addAll(items);
        }
    }

    /** psql: "name" [PRIMARY KEY, | UNIQUE CONSTRAINT, | UNIQUE,] everything after USING [DEFERRABLE] [INITIALLY DEFERRED] [CLUSTER] [INVALID]. */
    private static List<String> indexes(Connection connection, List<String> oid) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (List<String> row : Catalog.rows(connection, "SELECT c2.relname, i.indisprimary::text, i.indisunique::text, "
                + "i.indisclustered::text, i.indisvalid::text, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), "
                + "pg_catalog.pg_get_constraintdef(con.oid, true), con.contype::text, con.condeferrable::text, con.condeferred::text, "
                + "i.indisreplident::text FROM pg_catalog.pg_class c2 JOIN pg_catalog.pg_index i ON i.indexrelid = c2.oid "
                + "LEFT JOIN pg_catalog.pg_constraint con ON con.conrelid = i.indrelid AND con.conindid = i.indexrelid "
                + "AND con.contype IN ('p', 'u', 'x') WHERE i.indrelid = ?::pg_catalog.oid ORDER BY i.indisprimary DESC, c2.relname", oid)) {
            StringBuilder line = new StringBuilder(ITEM + "\"" + row.get(0) + "\"");
            if ("x".equals(row.get(7))) {
                line.append(' ').append(row.get(6));
            } else {
                if (row.get(1).equals("true")) {
                    line.append(" PRIMARY KEY,");
                } else if (row.get(2).equals("true")) {
                    line.append("u".equals(row.get(7)) ? " UNIQUE CONSTRAINT," : " UNIQUE,");
                }
                String definition = row.get(5);
                int using = definition.indexOf(" USING ");
                line.append(' ').append(using >= 0 ? definition.substring(using + 7) : definition);
                line.append("true".equals(row.get(8)) ? " DEFERRABLE" : "").append("true".equals(row.get(9)) ? " INITIALLY DEFERRED" : "");
            }
            line.append(row.get(3).equals("true") ? " CLUSTER" : "").append(row.get(4).equals("true") ? "" : " INVALID")
                    .append(row.get(10).equals("true") ? " REPLICA IDENTITY" : "");
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> quotedNameAndDefinition(Connection connection, String sql, List<String> oid) throws SQLException {
        return Catalog.rows(connection, sql, oid).stream().map(row -> ITEM + "\"" + row.get(0) + "\" " + row.get(1)).toList();
    }

    /** User triggers grouped like psql: enabled ones under "Triggers:", others under their state's heading. */
    private static void triggers(Connection connection, List<String> oid, List<String> footer) throws SQLException {
        List<List<String>> rows = Catalog.rows(connection, "SELECT pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled::text "
                + "FROM pg_catalog.pg_trigger t WHERE t.tgrelid = ?::pg_catalog.oid AND NOT t.tgisinternal ORDER BY t.tgname", oid);
        String[][] groups = {{"O", "Triggers:"}, {"D", "Disabled user triggers:"}, {"A", "Triggers firing always:"},
                {"R", "Triggers firing on replica only:"}};
        for (String[] group : groups) {
            List<String> items = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.get(1).equals(group[0])) {
                    String definition = row.get(0);
                    int trigger = definition.indexOf(" TRIGGER ");
                    items.add(ITEM + (trigger >= 0 ? definition.substring(trigger + 9) : definition));
                }
            }
            section(footer, group[1], items);
        }
    }

    /** psql lists partitions only with +; plain \d gives their number. */
    private static void partitions(Connection connection, List<String> oid, boolean verbose, List<String> footer) throws SQLException {
        List<List<String>> rows = Catalog.rows(connection, "SELECT c.oid::pg_catalog.regclass::text, c.relkind::text, "
                + "pg_catalog.pg_get_expr(c.relpartbound, c.oid) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = ?::pg_catalog.oid ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', "
                + "c.oid::pg_catalog.regclass::pg_catalog.text", oid);
        if (!verbose) {
            footer.add("Number of partitions: " + rows.size() + " (Use \\d+ to list them.)");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String kind = row.get(1).equals("p") ? ", PARTITIONED" : row.get(1).equals("f") ? ", FOREIGN" : "";
            footer.add((i == 0 ? "Partitions: " : " ".repeat(12)) + row.get(0) + " " + row.get(2) + kind + (i < rows.size() - 1 ? "," : ""));
        }
    }
}
