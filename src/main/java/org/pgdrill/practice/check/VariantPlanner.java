package org.pgdrill.practice.check;

import static org.pgdrill.practice.SqlText.ident;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the mutations of each variant for the tables an exercise reads. Every mutation touches a
 * bounded number of rows (checking stays fast on big tables) and respects the schema: foreign keys,
 * NOT NULL, unique keys. Each statement is tried once by {@link #validate}; those the schema rejects
 * or that change nothing are dropped.
 */
final class VariantPlanner {
    private static final int REORDER_ROWS = 200;
    private static final int SUBSET_WINDOW = 900;
    private static final int NULL_WINDOW = 300;
    private static final int DUPLICATE_ROWS = 20;
    private static final int SHUFFLE_ROWS = 60;
    private static final int BOUNDARY_WINDOW = 200;

    private final TableCatalog catalog;

    VariantPlanner(TableCatalog catalog) {
        this.catalog = catalog;
    }

    /** Candidate variants for {@code tables} (qualified names), before validation. */
    List<Variant> candidates(Collection<String> tableNames, List<ComparisonLiterals.Comparison> comparisons, Connection owner)
            throws SQLException {
        List<TableCatalog.Table> tables = tableNames.stream().map(catalog::table).filter(t -> t != null).toList();
        List<Variant> variants = new ArrayList<>();
        if (tables.isEmpty()) {
            return variants;
        }
        variants.add(new Variant("reorder", "the same rows stored in a different physical order", reorder(tables)));
        variants.add(new Variant("subset", "about a third of the rows of " + names(tables) + " removed", subset(tables)));
        List<String> childless = childless(tables);
        if (!childless.isEmpty()) {
            variants.add(new Variant("childless", childlessDescription(tables), childless));
        }
        variants.add(new Variant("nulls", "NULL in some nullable columns (" + nullableColumns(tables) + ")", nulls(tables)));
        if (!pinsRowsByKey(tables, comparisons)) {
            // When the reference picks rows by id (WHERE facid = 1), an answer that picks the same rows by
            // name is right too; copying rows or moving names between ids would tell them apart wrongly.
            variants.add(new Variant("duplicates", "some rows of " + names(tables) + " copied under new keys", duplicates(tables, owner)));
            variants.add(new Variant("shuffle", "the values of " + names(tables) + " moved between rows, so ids no longer go with the same names",
                    shuffle(tables)));
        }
        List<String> extremes = extremes(tables);
        if (!extremes.isEmpty()) {
            variants.add(new Variant("extremes", "the largest and smallest values of " + names(tables) + " moved further out", extremes));
        }
        List<String> boundary = boundary(tables, comparisons);
        if (!boundary.isEmpty()) {
            variants.add(new Variant("boundary", "rows exactly on the boundaries the exercise mentions ("
                    + comparisons.stream().map(c -> c.column() + " = " + c.literal()).distinct().collect(Collectors.joining(", ")) + ")",
                    boundary));
        }
        return variants.stream().filter(v -> !v.statements().isEmpty()).toList();
    }

    /** The reference compares a key column (primary, unique or foreign key) with a constant. */
    static boolean pinsRowsByKey(List<TableCatalog.Table> tables, List<ComparisonLiterals.Comparison> comparisons) {
        for (ComparisonLiterals.Comparison comparison : comparisons) {
            for (TableCatalog.Table table : tables) {
                String column = comparison.column();
                if (table.column(column) != null && (table.isKeyColumn(column) || table.isForeignKeyColumn(column))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String names(List<TableCatalog.Table> tables) {
        List<String> names = tables.stream().map(TableCatalog.Table::label).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Every {@code every}-th of the first {@code window} rows in key order: bounded, and the same rows on every run. */
    private static String pick(TableCatalog.Table table, String condition, int window, int every, int phase) {
        String order = table.pickOrder("x");
        return "ARRAY(SELECT tid FROM (SELECT x.ctid AS tid, row_number() OVER (ORDER BY " + order + ") AS n FROM " + table.qualifiedName()
                + " x" + (condition.isEmpty() ? "" : " WHERE " + condition) + " ORDER BY " + order + " LIMIT " + window + ") a WHERE n % "
                + every + " = " + phase + ")";
    }

    /** The first {@code rows} rows in key order. */
    private static String first(TableCatalog.Table table, long rows) {
        return "ARRAY(SELECT x.ctid FROM " + table.qualifiedName() + " x ORDER BY " + table.pickOrder("x") + " LIMIT " + rows + ")";
    }

    private List<String> reorder(List<TableCatalog.Table> tables) {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            long half = Math.max(1, Math.min(REORDER_ROWS, table.estimatedRows() / 2));
            String column = ident(table.columns().get(0).name());
            statements.add("UPDATE " + table.qualifiedName() + " SET " + column + " = " + column + " WHERE ctid = ANY(" + first(table, half) + ")");
        }
        return statements;
    }

    private String notReferenced(TableCatalog.Table table, String alias) {
        List<String> conditions = new ArrayList<>();
        for (TableCatalog.ForeignKey fk : catalog.referencing(table)) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < fk.childColumns().size(); i++) {
                pairs.add("c." + ident(fk.childColumns().get(i)) + " = " + alias + "." + ident(fk.parentColumns().get(i)));
            }
            conditions.add("NOT EXISTS (SELECT 1 FROM " + catalog.table(fk.childTable()).qualifiedName() + " c WHERE "
                    + String.join(" AND ", pairs) + ")");
        }
        return String.join(" AND ", conditions);
    }

    private List<String> subset(List<TableCatalog.Table> tables) {
        List<TableCatalog.Table> childrenFirst = new ArrayList<>(tables);
        childrenFirst.sort(Comparator.comparingInt(t -> catalog.referencing(t).size()));
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : childrenFirst) {
            statements.add("DELETE FROM " + table.qualifiedName() + " WHERE ctid = ANY("
                    + pick(table, notReferenced(table, "x"), SUBSET_WINDOW, 3, 0) + ")");
        }
        return statements;
    }

    private List<String> childless(List<TableCatalog.Table> tables) {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table parent : tables) {
            for (TableCatalog.ForeignKey fk : catalog.referencing(parent)) {
                TableCatalog.Table child = catalog.table(fk.childTable());
                if (child == parent || !tables.contains(child)) {
                    continue;
                }
                String columns = fk.childColumns().stream().map(c -> "x." + ident(c)).collect(Collectors.joining(", "));
                String grandchildren = notReferenced(child, "x");
                statements.add("DELETE FROM " + child.qualifiedName() + " x WHERE (" + columns + ") IN (SELECT " + columns.replace("x.", "y.")
                        + " FROM " + child.qualifiedName() + " y WHERE " + fk.childColumns().stream().map(c -> "y." + ident(c) + " IS NOT NULL")
                        .collect(Collectors.joining(" AND ")) + " GROUP BY " + columns.replace("x.", "y.") + " ORDER BY count(*), "
                        + columns.replace("x.", "y.") + " LIMIT 2)"
                        + (grandchildren.isEmpty() ? "" : " AND " + grandchildren));
            }
        }
        return statements;
    }

    private String childlessDescription(List<TableCatalog.Table> tables) {
        List<String> pairs = new ArrayList<>();
        for (TableCatalog.Table parent : tables) {
            for (TableCatalog.ForeignKey fk : catalog.referencing(parent)) {
                TableCatalog.Table child = catalog.table(fk.childTable());
                if (child != parent && tables.contains(child)) {
                    pairs.add("some " + parent.label() + " have no " + child.label());
                }
            }
        }
        return String.join(", ", pairs.stream().distinct().toList());
    }

    private static String nullableColumns(List<TableCatalog.Table> tables) {
        List<String> names = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            for (TableCatalog.Column column : table.columns()) {
                if (column.nullable() && !column.generated() && !table.primaryKey().contains(column.name())) {
                    names.add(table.label() + "." + column.name());
                }
            }
        }
        return String.join(", ", names);
    }

    private static List<String> nulls(List<TableCatalog.Table> tables) {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            int phase = 0;
            for (TableCatalog.Column column : table.columns()) {
                if (column.nullable() && !column.generated() && !table.primaryKey().contains(column.name())) {
                    statements.add("UPDATE " + table.qualifiedName() + " SET " + ident(column.name()) + " = NULL WHERE ctid = ANY("
                            + pick(table, "", NULL_WINDOW, 4, phase++ % 4) + ")");
                }
            }
        }
        return statements;
    }

    private List<String> duplicates(List<TableCatalog.Table> tables, Connection owner) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean possible = true;
            for (TableCatalog.Column column : table.columns()) {
                if (column.generated()) {
                    continue;
                }
                String name = ident(column.name());
                columns.add(name);
                if (!table.isKeyColumn(column.name()) || table.isForeignKeyColumn(column.name())) {
                    values.add(name); // a tenant_id in a composite key stays: the copy belongs to the same parent
                } else if (column.integer()) {
                    values.add(name + " + " + (maxOf(owner, table, column.name()) + 1));
                } else if (column.type().startsWith("text") || column.type().startsWith("character")) {
                    values.add(name + " || ' #2'");
                } else {
                    possible = false;
                }
            }
            boolean keyStillUnique = table.primaryKey().isEmpty() || !table.primaryKey().stream().allMatch(table::isForeignKeyColumn);
            if (possible && keyStillUnique && !columns.isEmpty()) {
                statements.add("INSERT INTO " + table.qualifiedName() + " (" + String.join(", ", columns) + ") OVERRIDING SYSTEM VALUE SELECT "
                        + String.join(", ", values) + " FROM " + table.qualifiedName() + " WHERE ctid = ANY(" + first(table, DUPLICATE_ROWS) + ")");
            }
        }
        return statements;
    }

    private static long maxOf(Connection owner, TableCatalog.Table table, String column) throws SQLException {
        try (Statement s = owner.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(" + ident(column) + "), 0) FROM " + table.qualifiedName())) {
            rs.next();
            return Math.max(0, rs.getLong(1));
        }
    }

    private static List<String> shuffle(List<TableCatalog.Table> tables) {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            List<String> attributes = table.columns().stream()
                    .filter(c -> !c.generated() && !table.isKeyColumn(c.name()) && !table.isForeignKeyColumn(c.name()))
                    .map(c -> ident(c.name())).toList();
            if (attributes.isEmpty() || table.estimatedRows() < 3) {
                continue;
            }
            String list = String.join(", ", attributes);
            String set = attributes.stream().map(a -> a + " = r." + a).collect(Collectors.joining(", "));
            String fromQ = attributes.stream().map(a -> "q." + a).collect(Collectors.joining(", "));
            statements.add("WITH picked AS (SELECT x.ctid AS tid, row_number() OVER (ORDER BY " + table.pickOrder("x") + ") AS n, "
                    + attributes.stream().map(a -> "x." + a).collect(Collectors.joining(", ")) + " FROM " + table.qualifiedName() + " x ORDER BY "
                    + table.pickOrder("x") + " LIMIT " + SHUFFLE_ROWS + "), size AS (SELECT count(*) AS m FROM picked)"
                    + " UPDATE " + table.qualifiedName() + " t SET " + set + " FROM (SELECT p.tid, " + fromQ
                    + " FROM picked p JOIN picked q ON q.n = p.n % (SELECT m FROM size) + 1) r WHERE t.ctid = r.tid");
        }
        return statements;
    }

    /** Raises each measure's maximum and lowers its minimum, so a hard-coded max(), min() or "latest" shows. */
    private static List<String> extremes(List<TableCatalog.Table> tables) {
        List<String> statements = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            for (TableCatalog.Column column : table.columns()) {
                String step = step(column.type());
                if (step == null || column.generated() || table.isKeyColumn(column.name()) || table.isForeignKeyColumn(column.name())) {
                    continue;
                }
                String name = ident(column.name());
                statements.add("UPDATE " + table.qualifiedName() + " SET " + name + " = " + name + " + " + step + " WHERE " + name
                        + " = (SELECT max(" + name + ") FROM " + table.qualifiedName() + ")");
                statements.add("UPDATE " + table.qualifiedName() + " SET " + name + " = " + name + " - " + step + " WHERE " + name
                        + " = (SELECT min(" + name + ") FROM " + table.qualifiedName() + ")");
            }
        }
        return statements;
    }

    private static String step(String type) {
        if (type.startsWith("timestamp")) {
            return "interval '1 day'";
        }
        if (type.equals("date") || type.equals("integer") || type.equals("bigint") || type.equals("smallint") || type.startsWith("numeric")
                || type.equals("double precision") || type.equals("real")) {
            return "1";
        }
        return null;
    }

    private static List<String> boundary(List<TableCatalog.Table> tables, List<ComparisonLiterals.Comparison> comparisons) {
        List<String> statements = new ArrayList<>();
        int phase = 0;
        for (ComparisonLiterals.Comparison comparison : comparisons) {
            for (TableCatalog.Table table : tables) {
                TableCatalog.Column column = table.column(comparison.column().toLowerCase(Locale.ROOT));
                if (column == null) {
                    column = table.column(comparison.column());
                }
                if (column == null || column.generated() || table.isKeyColumn(column.name()) || table.isForeignKeyColumn(column.name())) {
                    continue;
                }
                statements.add("UPDATE " + table.qualifiedName() + " SET " + ident(column.name()) + " = (" + comparison.literal() + ")::"
                        + column.type() + " WHERE ctid = ANY(" + pick(table, "", BOUNDARY_WINDOW, 5, phase++ % 5) + ")");
            }
        }
        return statements;
    }

    /** Rows changed by every result of the last execute (a hidden dataset may be several statements). */
    private static long changedRows(Statement s) throws SQLException {
        long changed = 0;
        do {
            long count = s.getUpdateCount();
            if (count > 0) {
                changed += count;
            }
        } while (s.getMoreResults() || s.getUpdateCount() != -1);
        return changed;
    }

    /**
     * Tries each statement of each variant on the owner login inside a transaction that is rolled back;
     * keeps statements that work and change rows, and variants left with at least one statement.
     */
    static List<Variant> validate(Connection owner, List<Variant> candidates) throws SQLException {
        return validate(owner, candidates, true);
    }

    /**
     * @param mustChangeRows false for author-written hidden datasets: DDL (an index, a trigger) changes no rows and
     *                       still makes a different dataset
     */
    static List<Variant> validate(Connection owner, List<Variant> candidates, boolean mustChangeRows) throws SQLException {
        List<Variant> valid = new ArrayList<>();
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            s.execute("SET LOCAL statement_timeout = '10s'");
            for (Variant variant : candidates) {
                s.execute("SAVEPOINT variant");
                List<String> kept = new ArrayList<>();
                for (String statement : variant.statements()) {
                    s.execute("SAVEPOINT step");
                    try {
                        s.execute(statement);
                        if (!mustChangeRows || changedRows(s) > 0) {
                            kept.add(statement);
                            s.execute("RELEASE SAVEPOINT step");
                        } else {
                            s.execute("ROLLBACK TO SAVEPOINT step");
                        }
                    } catch (SQLException e) {
                        s.execute("ROLLBACK TO SAVEPOINT step");
                    }
                }
                s.execute("ROLLBACK TO SAVEPOINT variant");
                if (!kept.isEmpty()) {
                    valid.add(variant.withStatements(kept));
                }
            }
        } finally {
            owner.rollback();
            owner.setAutoCommit(autoCommit);
        }
        return valid;
    }
}
