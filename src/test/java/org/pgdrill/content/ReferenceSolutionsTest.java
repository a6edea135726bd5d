package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgdrill.testing.DatasetDatabase;

/**
 * Every exercise that ships (the PostgreSQL track and the guide's example pack) on a real PostgreSQL:
 * its reference solution runs as a learner, inside a transaction that is rolled back, on its dataset
 * and on each hidden dataset; a plan exercise's solution has the plan it demands; and each hidden
 * dataset catches the mistake it was written for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceSolutionsTest {
    static final List<Path> PACKS = List.of(Path.of("lessons"), Path.of("docs/example-pack"));

    /**
     * Wrong answers that give the right rows on the visible data: the hidden datasets must expose them.
     * {@code {ids}} stands for the first column of the reference solution's rows on the visible data,
     * the answer of someone who copied ids from a first attempt.
     */
    static final Map<String, List<String>> TRAPS = Map.of(
            "select/berlin-customers", List.of(
                    "SELECT customer_id, first_name, last_name, email FROM customers WHERE customer_id IN ({ids})"),
            "select/march-problem-orders", List.of(
                    "SELECT order_id, status, ordered_at FROM orders WHERE status IN ('cancelled', 'refunded')"
                            + " AND ordered_at BETWEEN timestamptz '2024-03-01 00:00:00+00' AND timestamptz '2024-04-01 00:00:00+00'",
                    "SELECT order_id, status, ordered_at FROM orders WHERE status IN ('cancelled', 'refunded')"
                            + " AND ordered_at > timestamptz '2024-03-01 00:00:00+00' AND ordered_at < timestamptz '2024-04-01 00:00:00+00'"),
            "select/hundred-percent", List.of("SELECT product_id, name, price FROM products WHERE name LIKE '100\\%%'"),
            "order/cheapest-products", List.of(
                    "SELECT product_id, name, price FROM products WHERE product_id IN ({ids}) ORDER BY price, product_id"),
            "order/keyset-next-page", List.of("SELECT order_id, ordered_at, status FROM orders"
                    + " WHERE ordered_at < timestamptz '2025-02-27 18:22:32+00' ORDER BY ordered_at DESC, order_id DESC LIMIT 20"),
            "overdue-loans", List.of("SELECT loan_id, member_id, book_id, due_on FROM loans WHERE loan_id IN ({ids})"));

    private final Map<Path, DatasetDatabase> databases = new HashMap<>();
    private final List<Exercise> exercises = new ArrayList<>();

    @BeforeAll
    void installDatasets() throws Exception {
        for (Path pack : PACKS) {
            PackLoadResult loaded = new PackLoader().load(pack);
            assertThat(loaded.problems()).as(pack + " loads cleanly").isEmpty();
            for (Track track : loaded.tracks()) {
                for (DatasetRef dataset : track.datasets()) {
                    databases.put(dataset.script(), DatasetDatabase.install(dataset.script(), dataset.searchPath()));
                }
                track.lessons().forEach(lesson -> exercises.addAll(lesson.parts().exercises()));
            }
        }
    }

    @AfterAll
    void dropDatasets() throws SQLException {
        for (DatasetDatabase database : databases.values()) {
            database.close();
        }
    }

    Stream<Arguments> exercises() {
        return exercises.stream().map(exercise -> Arguments.of(exercise.id(), exercise));
    }

    Stream<Arguments> traps() {
        return exercises.stream().filter(exercise -> TRAPS.containsKey(exercise.id()))
                .flatMap(exercise -> TRAPS.get(exercise.id()).stream().map(trap -> Arguments.of(exercise.id(), exercise, trap)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void theReferenceSolutionRunsOnTheDatasetAndEveryHiddenDataset(String id, Exercise exercise) throws Exception {
        try (Connection learner = learnerConnection(exercise)) {
            checkSolution(learner, exercise);
            for (HiddenDataset hidden : exercise.hiddenDatasets()) {
                try (Statement statement = learner.createStatement()) {
                    statement.execute("SAVEPOINT hidden");
                    statement.execute(hidden.sql());
                    checkSolution(learner, exercise);
                    statement.execute("ROLLBACK TO SAVEPOINT hidden");
                }
            }
            learner.rollback();
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("traps")
    void eachHiddenDatasetCatchesTheMistakeItWasWrittenFor(String id, Exercise exercise, String trap) throws Exception {
        assertThat(exercise.hiddenDatasets()).as("hidden datasets of " + id).isNotEmpty();
        try (Connection learner = learnerConnection(exercise)) {
            List<List<String>> expected = rows(learner, exercise.solution(), exercise.orderMatters());
            String wrong = trap.replace("{ids}", expected.stream().map(row -> row.get(0)).collect(Collectors.joining(", ")));
            assertThat(rows(learner, wrong, exercise.orderMatters())).as("the mistake passes on the visible data").isEqualTo(expected);
            boolean caught = false;
            for (HiddenDataset hidden : exercise.hiddenDatasets()) {
                try (Statement statement = learner.createStatement()) {
                    statement.execute("SAVEPOINT hidden");
                    statement.execute(hidden.sql());
                    caught |= !rows(learner, wrong, exercise.orderMatters()).equals(rows(learner, exercise.solution(), exercise.orderMatters()));
                    statement.execute("ROLLBACK TO SAVEPOINT hidden");
                }
            }
            assertThat(caught).as("a hidden dataset of " + id + " exposes: " + wrong).isTrue();
            learner.rollback();
        }
    }

    private Connection learnerConnection(Exercise exercise) throws SQLException {
        Connection connection = databases.get(exercise.dataset().script()).asLearner(exercise.dataset().searchPath());
        connection.setAutoCommit(false);
        return connection;
    }

    private static void checkSolution(Connection learner, Exercise exercise) throws Exception {
        if (exercise.kind() == ExerciseKind.STATE) {
            try (Statement statement = learner.createStatement()) {
                statement.execute(exercise.solution());
                assertThat(statement.getUpdateCount()).as(exercise.id() + " changes rows").isPositive();
            }
            for (String table : exercise.tables()) {
                assertThat(rows(learner, "SELECT * FROM " + table, false)).as(table + " after " + exercise.id()).isNotNull();
            }
            return;
        }
        assertThat(rows(learner, exercise.solution(), exercise.orderMatters())).as(exercise.id() + " returns rows").isNotEmpty();
        if (exercise.kind() == ExerciseKind.PLAN) {
            PlanNodes plan;
            try (Statement statement = learner.createStatement();
                 ResultSet explain = statement.executeQuery("EXPLAIN (FORMAT JSON) " + exercise.solution())) {
                explain.next();
                plan = PlanNodes.parse(explain.getString(1));
            }
            PlanExpectation expectation = exercise.plan().orElseThrow();
            for (PlanNodePattern required : expectation.require()) {
                assertThat(plan.has(required)).as(exercise.id() + " plan has " + required + ": " + plan.nodes()).isTrue();
            }
            for (PlanNodePattern forbidden : expectation.forbid()) {
                assertThat(plan.has(forbidden)).as(exercise.id() + " plan has no " + forbidden + ": " + plan.nodes()).isFalse();
            }
        }
    }

    private static List<List<String>> rows(Connection connection, String sql, boolean orderMatters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        if (!orderMatters) {
            rows.sort(Comparator.comparing(Object::toString));
        }
        return rows;
    }
}
