package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pgdrill.practice.ResultTable;

/** {@code \d} of a sequence (its settings and owner) and of an index (its columns and what it indexes), as psql shows them. */
final class SequenceAndIndexDescriber {

    private SequenceAndIndexDescriber() {
    }

    static ResultTable sequence(Connection connection, RelationDescriber.Relation relation) throws SQLException {
        List<String> footer = new ArrayList<>();
        for (List<String> owner : Catalog.rows(connection, "SELECT pg_catalog.quote_ident(n.nspname) || '.' || "
                + "pg_catalog.quote_ident(c.relname) || '.' || pg_catalog.quote_ident(a.attname), d.deptype::text "
                + "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_depend d ON c.oid = d.refobjid "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid "
                + "WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass "
                + "AND d.objid = ?::pg_catalog.oid AND d.deptype IN ('a', 'i')", List.of(relation.oid()))) {
            footer.add((owner.get(1).equals("i") ? "Sequence for identity column: " : "Owned by: ") + owner.get(0));
        }
        return Catalog.table(connection, "SELECT pg_catalog.format_type(s.seqtypid, NULL) AS \"Type\", s.seqstart AS \"Start\", "
                + "s.seqmin AS \"Minimum\", s.seqmax AS \"Maximum\", s.seqincrement AS \"Increment\", "
                + "CASE WHEN s.seqcycle THEN 'yes' ELSE 'no' END AS \"Cycles?\", s.seqcache AS \"Cache\" "
                + "FROM pg_catalog.pg_sequence s WHERE s.seqrelid = ?::pg_catalog.oid", List.of(relation.oid()), footer);
    }

    static ResultTable index(Connection connection, RelationDescriber.Relation relation, boolean verbose, int version) throws SQLException {
        String sql = "SELECT a.attname AS \"Column\", pg_catalog.format_type(a.atttypid, a.atttypmod) AS \"Type\", "
                + "CASE WHEN a.attnum <= (SELECT i.indnkeyatts FROM pg_catalog.pg_index i WHERE i.indexrelid = a.attrelid) "
                + "THEN 'yes' ELSE 'no' END AS \"Key?\", pg_catalog.pg_get_indexdef(a.attrelid, a.attnum, true) AS \"Definition\""
                + (verbose ? ", CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' "
                        + "WHEN 'e' THEN 'external' END AS \"Storage\", "
                        + "CASE WHEN a.attstattarget = -1 THEN NULL ELSE a.attstattarget END AS \"Stats target\"" : "")
                + " FROM pg_catalog.pg_attribute a WHERE a.attrelid = ?::pg_catalog.oid AND a.attnum > 0 AND NOT a.attisdropped"
                + " ORDER BY a.attnum";
        return Catalog.table(connection, sql, List.of(relation.oid()), List.of(indexFooter(connection, relation, version)));
    }

    /** psql's one-line summary: "primary key, btree, for table "shop.orders"", with the predicate and flags that apply. */
    private static String indexFooter(Connection connection, RelationDescriber.Relation relation, int version) throws SQLException {
        List<String> info = Catalog.rows(connection, "SELECT i.indisprimary::text, i.indisunique::text, "
                + (version >= 15 ? "i.indnullsnotdistinct::text" : "'false'") + ", am.amname, t.relname, "
                + "pg_catalog.pg_get_expr(i.indpred, i.indrelid, true), i.indisclustered::text, i.indisvalid::text, "
                + "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid AND con.condeferrable)::text, "
                + "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid AND con.condeferred)::text, "
                + "i.indisreplident::text FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
                + "JOIN pg_catalog.pg_am am ON am.oid = c.relam JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
                + "WHERE i.indexrelid = ?::pg_catalog.oid", List.of(relation.oid())).get(0);
        StringBuilder footer = new StringBuilder();
        if (info.get(0).equals("true")) {
            footer.append("primary key, ");
        } else if (info.get(1).equals("true")) {
            footer.append("unique").append(info.get(2).equals("true") ? " nulls not distinct" : "").append(", ");
        }
        footer.append(info.get(3)).append(", for table \"").append(relation.schema()).append('.').append(info.get(4)).append('"');
        if (info.get(5) != null) {
            footer.append(", predicate (").append(info.get(5)).append(')');
        }
        String[] flags = {", clustered", ", invalid", ", deferrable", ", initially deferred", ", replica identity"};
        boolean[] set = {info.get(6).equals("true"), !info.get(7).equals("true"), info.get(8).equals("true"), info.get(9).equals("true"),
                info.get(10).equals("true")};
        for (int i = 0; i < flags.length; i++) {
            if (set[i]) {
                footer.append(flags[i]);
            }
        }
        return footer.toString();
    }
}
