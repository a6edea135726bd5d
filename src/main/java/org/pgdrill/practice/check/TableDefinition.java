package org.pgdrill.practice.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pgdrill.practice.SqlText;

/**
 * A table's definition as comparable text, for state exercises that change it: columns (type, NOT NULL,
 * default), constraints as PostgreSQL prints them (including NOT VALID), indexes without their names
 * (a learner may name an index differently) and triggers. pgdrill's own change-detection trigger is left out.
 */
final class TableDefinition {
    private TableDefinition() {
    }

    /** A scalar SQL expression giving the definition of {@code table}, one sorted line per item. */
    static String query(String table) {
        String oid = SqlText.literal(table) + "::regclass";
        return "SELECT string_agg(item, E'\\n' ORDER BY item) FROM ("
                + " SELECT 'column ' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)"
                + "   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
                + "   || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS item"
                + "   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + "   WHERE a.attrelid = " + oid + " AND a.attnum > 0 AND NOT a.attisdropped"
                + " UNION ALL SELECT 'constraint ' || pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conrelid = " + oid
                + " UNION ALL SELECT 'index ' || regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX \\S+ ON ', 'CREATE \\1INDEX ON ')"
                + "   FROM pg_index i WHERE i.indrelid = " + oid
                + " UNION ALL SELECT 'trigger ' || regexp_replace(pg_get_triggerdef(t.oid), '^CREATE (CONSTRAINT )?TRIGGER \\S+ ', 'CREATE \\1TRIGGER ')"
                + "   FROM pg_trigger t WHERE t.tgrelid = " + oid + " AND NOT t.tgisinternal AND t.tgname <> 'pgdrill_note_change'"
                + ") items";
    }

    /** What the learner's definition lacks and adds compared with the reference's, or empty when they agree. */
    static Optional<String> difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        Set<String> want = new LinkedHashSet<>(expected.lines().toList());
        Set<String> got = new LinkedHashSet<>(actual.lines().toList());
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append("Missing: ").append(String.join("; ", missing)).append('.');
        }
        if (!extra.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append("Not expected: ").append(String.join("; ", extra)).append('.');
        }
        return Optional.of(text.toString());
    }
}
