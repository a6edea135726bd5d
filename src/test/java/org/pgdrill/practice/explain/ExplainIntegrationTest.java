package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pgdrill.testing.ScratchDatabase;

/** EXPLAIN on the real PostgreSQL: parse, render and check plans the server actually makes. */
class ExplainIntegrationTest {
    private static ScratchDatabase database;
    private static Connection connection;

    @BeforeAll
    static void createTables() throws SQLException {
        database = ScratchDatabase.create("sqltools_explain");
        database.run(
                "CREATE SCHEMA shop",
                "CREATE TABLE shop.members (id int PRIMARY KEY, name text NOT NULL, email text UNIQUE, score int NOT NULL)",
                "CREATE TABLE shop.orders (id int PRIMARY KEY, member_id int NOT NULL REFERENCES shop.members, total numeric NOT NULL)",
                "CREATE INDEX orders_member_idx ON shop.orders (member_id)",
                "INSERT INTO shop.members SELECT g, 'member ' || g, 'm' || g || '@example.org', g % 100 FROM generate_series(1, 20000) g",
                "INSERT INTO shop.orders SELECT g, 1 + g % 20000, g % 500 FROM generate_series(1, 60000) g",
                "ANALYZE shop.members",
                "ANALYZE shop.orders");
        connection = database.admin();
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path = shop");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        connection.close();
        database.close();
    }

    private static ExplainPlan explain(ExplainStatements.JsonExplain explain) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(explain.sql())) {
            rs.next();
            return ExplainParser.parse(rs.getString(1));
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static String serverText(String statement) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + statement)) {
            while (rs.next()) {
                text.append(text.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
        }
        return text.toString();
    }

    private static PlanCheckResult check(String statement, List<String> require, List<String> forbid) throws SQLException {
        ExplainPlan plan = explain(ExplainStatements.forPlanCheck(statement, false));
        return PlanCheck.check(plan, require.stream().map(PlanExpectation::parse).toList(), forbid.stream().map(PlanExpectation::parse).toList());
    }

    @Test
    void aSelectivePredicateUsesTheIndexAndAPlanCheckPassesOnIt() throws SQLException {
        PlanCheckResult result = check("SELECT * FROM members WHERE id = 4242", List.of("Index Scan using members_pkey on shop.members"),
                List.of("Seq Scan on members"));
        assertThat(result.explanation()).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void aNonSelectivePredicateReadsTheWholeTableAndThePlanCheckSaysSo() throws SQLException {
        PlanCheckResult result = check("SELECT * FROM members WHERE score >= 0", List.of("Index Scan using members_pkey on members"),
                List.of("Seq Scan on members"));
        assertThat(result.ok()).isFalse();
        assertThat(result.explanation().lines()).containsExactly(
                "The plan must use Index Scan using members_pkey on members, but it reads members with a Seq Scan.",
                "The plan must not use Seq Scan on members, but it does: Seq Scan on shop.members.");
    }

    @Test
    void timingsArePresentOnlyWithAnalyze() throws SQLException {
        ExplainPlan planned = explain(ExplainStatements.forStatement("SELECT count(*) FROM orders WHERE total > 100", false));
        assertThat(planned.analyzed()).isFalse();
        assertThat(planned.executionTime()).isNull();
        assertThat(planned.nodes()).allMatch(node -> node.actual() == null && node.estimate() != null);
        assertThat(PlanText.render(planned)).doesNotContain("actual").doesNotContain("Execution Time");

        ExplainPlan analyzed = explain(ExplainStatements.forStatement("SELECT count(*) FROM orders WHERE total > 100", true));
        assertThat(analyzed.analyzed()).isTrue();
        assertThat(analyzed.planningTime()).isNotNull();
        assertThat(analyzed.executionTime()).isNotNull();
        assertThat(analyzed.root().actual().rows()).isEqualTo(1);
        assertThat(analyzed.nodes()).allMatch(node -> node.actual() != null);
        assertThat(PlanText.render(analyzed)).contains("(actual time=").contains("Execution Time: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM members WHERE id = 7",
            "SELECT m.name, sum(o.total) FROM members m JOIN orders o ON o.member_id = m.id WHERE m.id < 50 GROUP BY m.name ORDER BY 2 DESC LIMIT 3",
            "SELECT score, count(*) FROM members GROUP BY score",
            "SELECT * FROM members m WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.member_id = m.id)",
            "SELECT m.name, (SELECT max(total) FROM orders o WHERE o.member_id = m.id) FROM members m WHERE m.id < 5",
            "SELECT * FROM members WHERE score = (SELECT max(score) FROM members)",
            "WITH big AS MATERIALIZED (SELECT member_id, sum(total) AS s FROM orders GROUP BY member_id) SELECT * FROM big WHERE s > 1000",
            "SELECT * FROM orders WHERE member_id IN (1, 2, 3)",
            "SELECT id FROM members WHERE id < 10 UNION SELECT member_id FROM orders WHERE id < 10",
            "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(n, s)",
            "SELECT * FROM generate_series(1, 3) g JOIN members m ON m.id = g",
            "SELECT member_id, rank() OVER (PARTITION BY member_id ORDER BY total) FROM orders WHERE member_id < 5",
            "SELECT score, sum(id) FROM members GROUP BY ROLLUP (score, name)",
            "UPDATE orders SET total = total + 1 WHERE id = 5",
    })
    void rendersRealPlansExactlyLikeTheServersTextFormat(String statement) throws SQLException {
        ExplainPlan plan = explain(ExplainStatements.forStatement(statement, false));
        assertThat(PlanText.render(plan)).isEqualTo(serverText(statement));
    }

    @Test
    void realJoinAggregateCteAndSubplanPlansMeetTheirExpectations() throws SQLException {
        assertThat(check("SELECT m.name, count(*) FROM members m JOIN orders o ON o.member_id = m.id GROUP BY m.name",
                List.of("Hash Join", "HashAggregate", "Seq Scan on orders"), List.of("Nested Loop")).explanation()).isEmpty();
        assertThat(check("WITH big AS MATERIALIZED (SELECT member_id, sum(total) AS s FROM orders GROUP BY member_id) SELECT * FROM big WHERE s > 1000",
                List.of("CTE Scan on big", "Aggregate"), List.of()).explanation()).isEmpty();
        assertThat(check("SELECT m.name, (SELECT max(total) FROM orders o WHERE o.member_id = m.id) FROM members m WHERE m.id < 5",
                List.of("Index Scan using members_pkey on members", "Aggregate"), List.of("Seq Scan")).explanation()).isEmpty();
        assertThat(check("SELECT * FROM orders WHERE member_id IN (1, 2, 3)",
                List.of("Bitmap Index Scan using orders_member_idx on orders"), List.of("Seq Scan on orders")).explanation()).isEmpty();
    }

    @Test
    void aLearnersExplainAnalyzeOfADeleteRunsAsJsonAndChangesNothing() throws SQLException {
        ExplainStatements.JsonExplain json = ExplainStatements.asJson("EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) DELETE FROM orders WHERE id < 100").orElseThrow();
        assertThat(json.analyze()).isTrue();
        ExplainPlan plan = explain(json);
        assertThat(plan.root().displayName()).isEqualTo("Delete");
        assertThat(PlanText.render(plan)).startsWith("Delete on orders  (cost=").contains("actual time=");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM orders WHERE id < 100")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(99);
        }
    }

    @Test
    void legacyExplainAnalyzeVerboseBecomesJsonWithSchemasAndOutput() throws SQLException {
        ExplainPlan plan = explain(ExplainStatements.asJson("EXPLAIN ANALYZE VERBOSE SELECT name FROM members WHERE id = 3").orElseThrow());
        assertThat(plan.analyzed()).isTrue();
        assertThat(plan.root().schema()).isEqualTo("shop");
        assertThat(plan.root().output()).containsExactly("name");
        assertThat(PlanText.render(plan).lines().findFirst().orElseThrow()).startsWith("Index Scan using members_pkey on shop.members  (cost=");
    }
}
