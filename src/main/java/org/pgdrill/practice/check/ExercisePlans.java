package org.pgdrill.practice.check;

import static org.pgdrill.practice.SqlText.qualified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.sandbox.LearnerStatement;
import org.pgdrill.practice.server.PostgresServer;

/**
 * Works out, once per exercise and dataset build, which tables the reference solution reads and
 * which variants of them are valid; stores the variants for {@code apply_variant}. Uses the dataset
 * owner's login: author SQL never runs as a superuser.
 */
final class ExercisePlans implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SKIP_SCHEMAS = Set.of("pgdrill_meta", "pgdrill_variants");

    /**
     * Valid variants for one exercise, problems an author should fix (a hidden dataset that fails), and
     * the result columns the reference sorts by according to its plan (empty when unknown).
     */
    record ExercisePlan(List<Variant> variants, List<String> problems, List<Integer> sortKeys) {
    }

    private final PostgresServer server;
    private final PracticeRoles roles;
    private final DatasetInstaller installer;
    private final Map<String, ExercisePlan> plans = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExercisePlan> eldest) {
            return size() > 2_000;
        }
    });
    private final Map<String, TableCatalog> catalogs = new HashMap<>();
    private final Map<String, Connection> owners = new HashMap<>();

    ExercisePlans(PostgresServer server, PracticeRoles roles, DatasetInstaller installer) {
        this.server = server;
        this.roles = roles;
        this.installer = installer;
    }

    ExercisePlan plan(InstalledDataset dataset, CheckSpec spec) throws SQLException {
        String key = dataset.database() + "#" + dataset.generation() + "#" + spec.exerciseId() + "#" + spec.referenceText().hashCode()
                + "#" + spec.hidden().hashCode() + "#" + spec.stateTables();
        ExercisePlan known = plans.get(key);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            Connection owner = owner(dataset);
            TableCatalog catalog = catalog(dataset, owner);
            List<Integer> sortKeys = new ArrayList<>();
            Set<String> tables = new LinkedHashSet<>(referencedTables(owner, spec.reference(), sortKeys));
            for (String table : spec.stateTables()) {
                String resolved = resolve(owner, table);
                if (resolved != null) {
                    tables.add(resolved);
                }
            }
            List<ComparisonLiterals.Comparison> comparisons = new ArrayList<>();
            for (LearnerStatement statement : spec.reference()) {
                comparisons.addAll(ComparisonLiterals.find(statement.text()));
            }
            List<Variant> candidates = new ArrayList<>(new VariantPlanner(catalog).candidates(tables, comparisons, owner));
            List<Variant> hidden = new ArrayList<>();
            for (HiddenData data : spec.hidden()) {
                hidden.add(new Variant("hidden", "the author's test data \"" + data.name() + "\"", List.of(data.sql())));
            }
            List<Variant> valid = new ArrayList<>(VariantPlanner.validate(owner, candidates));
            List<String> problems = new ArrayList<>();
            for (Variant data : hidden) {
                if (VariantPlanner.validate(owner, List.of(data), false).isEmpty()) {
                    problems.add("hidden dataset " + data.description().substring(data.description().indexOf('"'))
                            + " fails on dataset '" + dataset.spec().datasetId() + "'");
                } else {
                    valid.add(data);
                }
            }
            for (Variant variant : valid) {
                installer.storeVariant(dataset, variant.key(), variant.statements());
            }
            ExercisePlan plan = new ExercisePlan(List.copyOf(valid), List.copyOf(problems), List.copyOf(sortKeys));
            plans.put(key, plan);
            return plan;
        }
    }

    private TableCatalog catalog(InstalledDataset dataset, Connection owner) throws SQLException {
        String key = dataset.database() + "#" + dataset.generation();
        TableCatalog catalog = catalogs.get(key);
        if (catalog == null) {
            catalog = TableCatalog.read(owner, SKIP_SCHEMAS);
            catalogs.put(key, catalog);
        }
        return catalog;
    }

    private Connection owner(InstalledDataset dataset) throws SQLException {
        String key = dataset.database() + "#" + dataset.generation();
        Connection connection = owners.get(key);
        if (connection != null && connection.isValid(2)) {
            return connection;
        }
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "pgdrill-planner");
        connection = server.connect(dataset.database(), PracticeRoles.OWNER, roles.ownerPassword(), properties);
        try (Statement s = connection.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
        }
        owners.put(key, connection);
        return connection;
    }

    /** Tables the statements read or write, from EXPLAIN VERBOSE; each statement runs so the next sees its effects. */
    private static Set<String> referencedTables(Connection owner, List<LearnerStatement> statements, List<Integer> sortKeys)
            throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            s.execute("SET LOCAL statement_timeout = '20s'");
            for (LearnerStatement statement : statements) {
                s.execute("SAVEPOINT plan");
                try (ResultSet rs = s.executeQuery("EXPLAIN (VERBOSE, FORMAT JSON) " + statement.text())) {
                    rs.next();
                    JsonNode plan = JSON.readTree(rs.getString(1));
                    collect(plan, tables);
                    sortKeys.clear();
                    sortKeys.addAll(PlanSortKeys.of(plan));
                } catch (SQLException | java.io.IOException notExplainable) {
                    s.execute("ROLLBACK TO SAVEPOINT plan"); // DDL and utility statements have no plan
                }
                try {
                    s.execute(statement.text());
                } catch (SQLException e) {
                    s.execute("ROLLBACK TO SAVEPOINT plan");
                    break;
                }
            }
        } finally {
            owner.rollback();
            owner.setAutoCommit(true);
        }
        return tables;
    }

    private static void collect(JsonNode node, Set<String> tables) {
        if (node.isObject()) {
            JsonNode relation = node.get("Relation Name");
            JsonNode schema = node.get("Schema");
            if (relation != null && schema != null && !SKIP_SCHEMAS.contains(schema.asText()) && !schema.asText().startsWith("pg_")) {
                tables.add(qualified(schema.asText(), relation.asText()));
            }
        }
        for (JsonNode child : node) {
            collect(child, tables);
        }
    }

    private static String resolve(Connection owner, String table) throws SQLException {
        try (PreparedStatement ps = owner.prepareStatement(
                "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? qualified(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Connection connection : owners.values()) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
        owners.clear();
    }
}
