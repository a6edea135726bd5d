package org.pgdrill.practice.check;

import static org.pgdrill.practice.SqlText.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the variant planner needs to know about a dataset's tables, read from the catalogs. */
final class TableCatalog {

    record Column(String name, String type, boolean nullable, boolean generated, boolean identityAlways, boolean integer) {
    }

    record ForeignKey(String childTable, List<String> childColumns, String parentTable, List<String> parentColumns) {
    }

    record Table(String schema, String name, List<Column> columns, List<String> primaryKey, List<List<String>> uniqueKeys,
                 List<ForeignKey> references, long estimatedRows, long pages) {
        String qualifiedName() {
            return qualified(schema, name);
        }

        String label() {
            return name;
        }

        boolean isKeyColumn(String column) {
            if (primaryKey.contains(column)) {
                return true;
            }
            for (List<String> unique : uniqueKeys) {
                if (unique.contains(column)) {
                    return true;
                }
            }
            return false;
        }

        boolean isForeignKeyColumn(String column) {
            return references.stream().anyMatch(fk -> fk.childColumns().contains(column));
        }

        /**
         * The order rows are picked in: the primary key (or, without one, the whole row's text). Unlike
         * physical order it does not depend on where earlier statements of a variant moved rows, so every run
         * of a variant picks the same rows and cached reference results stay valid.
         */
        String pickOrder(String alias) {
            if (primaryKey.isEmpty()) {
                return alias + "::text";
            }
            return primaryKey.stream().map(column -> alias + "." + org.pgdrill.practice.SqlText.ident(column))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        Column column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
        }
    }

    private final Map<String, Table> tables;

    private TableCatalog(Map<String, Table> tables) {
        this.tables = tables;
    }

    Table table(String qualifiedName) {
        return tables.get(qualifiedName);
    }

    List<Table> all() {
        return List.copyOf(tables.values());
    }

    /** Foreign keys whose parent is {@code parent}. */
    List<ForeignKey> referencing(Table parent) {
        List<ForeignKey> found = new ArrayList<>();
        for (Table table : tables.values()) {
            for (ForeignKey fk : table.references()) {
                if (fk.parentTable().equals(parent.qualifiedName())) {
                    found.add(fk);
                }
            }
        }
        return found;
    }

    static TableCatalog read(Connection admin, Set<String> skipSchemas) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        String tableSql = "SELECT c.oid, n.nspname, c.relname, greatest(c.reltuples, 0)::bigint, greatest(c.relpages, 1) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " AND n.nspname <> ALL (?) AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' ORDER BY 2, 3";
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String[]> parts = new LinkedHashMap<>();
        Map<Long, Long> estimates = new LinkedHashMap<>();
        Map<Long, Long> pages = new LinkedHashMap<>();
        try (PreparedStatement ps = admin.prepareStatement(tableSql)) {
            ps.setArray(1, admin.createArrayOf("text", skipSchemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long oid = rs.getLong(1);
                    parts.put(oid, new String[] {rs.getString(2), rs.getString(3)});
                    names.put(oid, qualified(rs.getString(2), rs.getString(3)));
                    estimates.put(oid, rs.getLong(4));
                    pages.put(oid, rs.getLong(5));
                }
            }
        }
        for (Map.Entry<Long, String> entry : names.entrySet()) {
            long oid = entry.getKey();
            String[] schemaAndName = parts.get(oid);
            tables.put(entry.getValue(), new Table(schemaAndName[0], schemaAndName[1], columns(admin, oid), primaryKey(admin, oid),
                    uniqueKeys(admin, oid), foreignKeys(admin, oid, entry.getValue(), names), estimates.get(oid), pages.get(oid)));
        }
        return new TableCatalog(tables);
    }

    private static List<Column> columns(Connection admin, long oid) throws SQLException {
        List<Column> columns = new ArrayList<>();
        String sql = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, a.attgenerated <> '', a.attidentity = 'a',"
                + " a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)"
                + " FROM pg_attribute a WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)));
                }
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection admin, long oid) throws SQLException {
        List<List<String>> keys = constraintColumns(admin, oid, "p");
        return keys.isEmpty() ? List.of() : keys.get(0);
    }

    private static List<List<String>> uniqueKeys(Connection admin, long oid) throws SQLException {
        List<List<String>> keys = new ArrayList<>(constraintColumns(admin, oid, "u"));
        // unique indexes that are not constraints count too
        String sql = "SELECT array_agg(a.attname ORDER BY k.ord) FROM pg_index i"
                + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE i.indrelid = ? AND i.indisunique AND NOT i.indisprimary"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) GROUP BY i.indexrelid";
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(List.of((String[]) rs.getArray(1).getArray()));
                }
            }
        }
        return keys;
    }

    private static List<List<String>> constraintColumns(Connection admin, long oid, String type) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        String sql = "SELECT array_agg(a.attname ORDER BY k.ord) FROM pg_constraint c"
                + " CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum"
                + " WHERE c.conrelid = ? AND c.contype = ? GROUP BY c.oid ORDER BY c.oid";
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setLong(1, oid);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(List.of((String[]) rs.getArray(1).getArray()));
                }
            }
        }
        return keys;
    }

    private static List<ForeignKey> foreignKeys(Connection admin, long oid, String childName, Map<Long, String> names) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        String sql = "SELECT c.confrelid,"
                + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),"
                + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)"
                + " FROM pg_constraint c WHERE c.conrelid = ? AND c.contype = 'f' ORDER BY c.oid";
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String parent = names.get(rs.getLong(1));
                    if (parent != null) {
                        keys.add(new ForeignKey(childName, List.of((String[]) rs.getArray(2).getArray()), parent,
                                List.of((String[]) rs.getArray(3).getArray())));
                    }
                }
            }
        }
        return keys;
    }
}
