package org.pgdrill.practice.dataset;

import static org.pgdrill.practice.SqlText.ident;
import static org.pgdrill.practice.SqlText.literal;
import static org.pgdrill.practice.SqlText.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pgdrill's bookkeeping inside a dataset database, all through the admin connection:
 * <ul>
 * <li>{@code pgdrill_meta} (admin-owned, learners see nothing in it): the install checksum, a
 *     {@code touched} table that a statement trigger on every dataset table writes to — its rows survive
 *     only if a learner's change was committed, so checking integrity is one count;</li>
 * <li>{@code pgdrill_variants} (owner-owned): {@code apply_variant(key)}, a SECURITY DEFINER function
 *     that applies a stored variant mutation inside the caller's transaction, so a SELECT-only learner
 *     can be checked on variant datasets without any write privilege of its own.</li>
 * </ul>
 */
final class DatasetMeta {
    static final String META_SCHEMA = "pgdrill_meta";
    static final String VARIANT_SCHEMA = "pgdrill_variants";
    private static final String SCHEMA_FILTER = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrill_meta', 'pgdrill_variants')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    private DatasetMeta() {
    }

    /** Creates the bookkeeping objects right after the dataset script ran (admin connection, autocommit). */
    static void create(Connection admin, String checksum, String searchPath) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + META_SCHEMA);
            s.execute("REVOKE ALL ON SCHEMA " + META_SCHEMA + " FROM PUBLIC");
            s.execute("CREATE TABLE " + META_SCHEMA + ".dataset_info (checksum text NOT NULL, search_path text NOT NULL,"
                    + " installed_at timestamptz NOT NULL DEFAULT now())");
            s.execute("CREATE TABLE " + META_SCHEMA + ".touched (relid oid NOT NULL, changed_at timestamptz NOT NULL DEFAULT now())");
            s.execute("CREATE TABLE " + META_SCHEMA + ".variant_sql (variant_key text PRIMARY KEY, statements text[] NOT NULL, search_path text NOT NULL)");
            s.execute("CREATE FUNCTION " + META_SCHEMA + ".note_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                    + " SET search_path = pg_catalog, pg_temp AS $fn$ BEGIN INSERT INTO " + META_SCHEMA
                    + ".touched(relid) VALUES (TG_RELID); RETURN NULL; END $fn$");
            s.execute("REVOKE ALL ON FUNCTION " + META_SCHEMA + ".note_change() FROM PUBLIC");
            // partitions too: a statement naming a partition fires only the partition's own triggers
            for (String table : tables(admin)) {
                s.execute("CREATE TRIGGER pgdrill_note_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION " + META_SCHEMA + ".note_change()");
            }
            s.execute("CREATE SCHEMA " + VARIANT_SCHEMA + " AUTHORIZATION " + ident(PracticeRoles.OWNER));
            s.execute("REVOKE ALL ON SCHEMA " + VARIANT_SCHEMA + " FROM PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA " + META_SCHEMA + " TO " + ident(PracticeRoles.OWNER));
            s.execute("GRANT SELECT ON " + META_SCHEMA + ".variant_sql TO " + ident(PracticeRoles.OWNER));
            s.execute("SET ROLE " + ident(PracticeRoles.OWNER));
            s.execute("CREATE FUNCTION " + VARIANT_SCHEMA + ".apply_variant(wanted text) RETURNS bigint LANGUAGE plpgsql"
                    + " SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$\n"
                    + "DECLARE stmts text[]; path text; stmt text; changed bigint := 0; affected bigint;\n"
                    + "BEGIN\n"
                    + "  SELECT v.statements, v.search_path INTO stmts, path FROM " + META_SCHEMA + ".variant_sql v WHERE v.variant_key = wanted;\n"
                    + "  IF NOT FOUND THEN RAISE EXCEPTION 'pgdrill: unknown dataset variant %', wanted; END IF;\n"
                    + "  PERFORM set_config('search_path', path, true);\n"
                    + "  FOREACH stmt IN ARRAY stmts LOOP\n"
                    + "    EXECUTE stmt;\n"
                    + "    GET DIAGNOSTICS affected = ROW_COUNT;\n"
                    + "    changed := changed + affected;\n"
                    + "  END LOOP;\n"
                    + "  RETURN changed;\n"
                    + "END $fn$");
            s.execute("RESET ROLE");
            s.execute("INSERT INTO " + META_SCHEMA + ".dataset_info (checksum, search_path) VALUES (" + literal(checksum) + ", "
                    + literal(searchPath) + ")");
        }
    }

    /**
     * Keeps the statistics the install measured: autovacuum off on the dataset's tables, because thousands of
     * rolled-back attempts leave dead rows whose analysis would drift row counts and flip the plans that plan
     * exercises expect. pgdrill vacuums them itself ({@link #vacuumIfNeeded}).
     */
    static void freezeStatistics(Connection owner) throws SQLException {
        for (String table : tables(owner)) {
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false, toast.autovacuum_enabled = false)");
            } catch (SQLException partitionedParent) {
                // a partitioned table has no storage options of its own; its partitions are in the list too
            }
        }
    }

    /**
     * Vacuums (without re-analysing) the dataset tables where rolled-back attempts left many dead rows or
     * grew the file by a fifth (and a page) since the last vacuum. The file size counts at once (the statistics
     * counters lag by seconds), and it is what the planner scales its row estimates by.
     */
    static void vacuumIfNeeded(Connection admin) throws SQLException {
        List<String> bloated = new ArrayList<>();
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " LEFT JOIN pg_stat_user_tables st ON st.relid = c.oid"
                     + " WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pgdrill_meta', 'pgdrill_variants', 'pg_catalog', 'information_schema')"
                     + " AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'"
                     + " AND ((st.n_dead_tup > 1000 AND st.n_dead_tup > st.n_live_tup / 5)"
                     + " OR pg_relation_size(c.oid) > (greatest(c.relpages, 0) * 1.2 + 1) * current_setting('block_size')::bigint)")) {
            while (rs.next()) {
                bloated.add(rs.getString(1));
            }
        }
        for (String table : bloated) {
            try (Statement s = admin.createStatement()) {
                s.execute("VACUUM " + table);
            }
        }
    }

    /** The checksum of the installed script, or null if the database has no (complete) install. */
    static String installedChecksum(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + META_SCHEMA + ".dataset_info') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT checksum FROM " + META_SCHEMA + ".dataset_info LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Gives the learner roles exactly the access of their {@link Access} level (idempotent, run at every start). */
    static void grant(Connection admin, String database, List<String> schemas) throws SQLException {
        String learners = ident(PracticeRoles.READER) + ", " + ident(PracticeRoles.WRITER) + ", " + ident(PracticeRoles.BUILDER);
        try (Statement s = admin.createStatement()) {
            s.execute("REVOKE ALL ON DATABASE " + ident(database) + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + ident(database) + " TO " + learners + ", " + ident(PracticeRoles.OWNER));
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            for (String schema : schemas) {
                s.execute("GRANT USAGE ON SCHEMA " + ident(schema) + " TO " + learners);
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + ident(schema) + " TO " + learners);
                s.execute("GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA " + ident(schema) + " TO " + ident(PracticeRoles.WRITER));
                s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + ident(schema) + " TO " + ident(PracticeRoles.WRITER));
            }
            s.execute("GRANT USAGE ON SCHEMA " + VARIANT_SCHEMA + " TO " + learners);
            s.execute("REVOKE ALL ON FUNCTION " + VARIANT_SCHEMA + ".apply_variant(text) FROM PUBLIC");
            s.execute("GRANT EXECUTE ON FUNCTION " + VARIANT_SCHEMA + ".apply_variant(text) TO " + learners);
        }
    }

    /** The dataset's own schemas (not system, not pgdrill's), in name order. */
    static List<String> schemas(Connection admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT n.nspname FROM pg_namespace n WHERE " + SCHEMA_FILTER + " ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The dataset's tables, partitioned ones and their partitions included. */
    static List<String> tables(Connection admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind IN ('r', 'p') AND " + SCHEMA_FILTER + " ORDER BY 1, 2")) {
            while (rs.next()) {
                names.add(qualified(rs.getString(1), rs.getString(2)));
            }
        }
        return names;
    }

    /** A digest of the dataset's catalog rows: committed DDL (or GRANTs) changes it. */
    static String fingerprint(Connection admin) throws SQLException {
        String sql = "SELECT md5(coalesce(string_agg(item, ',' ORDER BY item), '')) FROM ("
                + " SELECT 'c' || c.oid || ':' || c.relfilenode || ':' || c.xmin::text AS item FROM pg_class c"
                + "   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + SCHEMA_FILTER
                + " UNION ALL SELECT 'n' || n.oid || ':' || n.xmin::text FROM pg_namespace n WHERE " + SCHEMA_FILTER
                + " UNION ALL SELECT 'p' || p.oid || ':' || p.xmin::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE "
                + SCHEMA_FILTER
                + " UNION ALL SELECT 't' || t.oid || ':' || t.xmin::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + "   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + SCHEMA_FILTER
                + ") items";
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Map<String, InstalledDataset.SequenceState> sequences(Connection admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind = 'S' AND " + SCHEMA_FILTER + " ORDER BY 1, 2")) {
            while (rs.next()) {
                names.add(qualified(rs.getString(1), rs.getString(2)));
            }
        }
        Map<String, InstalledDataset.SequenceState> states = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + name)) {
                rs.next();
                states.put(name, new InstalledDataset.SequenceState(rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return states;
    }

    static long committedChanges(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + META_SCHEMA + ".touched")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Stores a variant's mutation statements so {@code apply_variant(key)} can run them. */
    static void storeVariant(Connection admin, String key, List<String> statements, String searchPath) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + META_SCHEMA + ".variant_sql (variant_key, statements, search_path)"
                + " VALUES (?, ?, ?) ON CONFLICT (variant_key) DO UPDATE SET statements = EXCLUDED.statements, search_path = EXCLUDED.search_path")) {
            ps.setString(1, key);
            ps.setArray(2, admin.createArrayOf("text", statements.toArray()));
            ps.setString(3, searchPath);
            ps.executeUpdate();
        }
    }
}
