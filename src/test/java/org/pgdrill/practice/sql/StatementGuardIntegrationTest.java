package org.pgdrill.practice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.testing.ScratchDatabase;

/**
 * The splitter and the classifier checked against a real PostgreSQL: every statement pgdrill splits
 * out runs as exactly one statement, and the access level the classifier claims is exactly what the
 * server demands of real login roles.
 */
class StatementGuardIntegrationTest {
    private static ScratchDatabase database;
    private static final String READER = "sqltools_guard_reader";
    private static final String WRITER = "sqltools_guard_writer";
    private static final String OWNER = "sqltools_guard_owner";
    private final StatementGuard guard = new StatementGuard(GuardLimits.DEFAULT);

    @BeforeAll
    static void createDatabaseAndRoles() throws SQLException {
        database = ScratchDatabase.create("sqltools_guard");
        database.createLoginRole(READER);
        database.createLoginRole(WRITER);
        database.createLoginRole(OWNER);
        database.run(
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "CREATE SCHEMA shop AUTHORIZATION " + OWNER,
                "SET ROLE " + OWNER,
                "CREATE TABLE shop.orders (id int PRIMARY KEY, total numeric NOT NULL)",
                "INSERT INTO shop.orders SELECT g, g * 1.5 FROM generate_series(1, 20) g",
                "CREATE FUNCTION shop.touch() RETURNS void LANGUAGE sql AS 'UPDATE shop.orders SET total = total'",
                "RESET ROLE",
                "GRANT USAGE ON SCHEMA shop TO " + READER + ", " + WRITER,
                "GRANT SELECT ON shop.orders TO " + READER,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON shop.orders TO " + WRITER,
                "ALTER ROLE " + READER + " SET search_path = shop",
                "ALTER ROLE " + WRITER + " SET search_path = shop",
                "ALTER ROLE " + OWNER + " SET search_path = shop");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void everySplitStatementRunsAsExactlyOneStatement() throws SQLException {
        String script = """
                -- quoting that must not split; each statement returns one result
                SELECT 'a;b', 'it''s; fine', E'it\\'s; ok', U&'d\\0061t;a', $$;$$, $tag$ $$ ; $tag$ AS "we;ird""name";
                SELECT 1 /* a; /* nested; */ b; */ + 2 -- tail; comment
                ;;
                CREATE FUNCTION shop.add_one(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT x + 1;
                END;
                CREATE PROCEDURE shop.twice() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;
                DO $do$ BEGIN PERFORM 1; PERFORM 'x;y'; END $do$;
                SELECT shop.add_one(41) AS "answer;"
                """;
        ScriptCheck check = guard.checkScript(script);
        assertThat(check.refusals()).isEmpty();
        assertThat(check.allowed()).hasSize(6);
        try (Connection c = database.connectAs(OWNER)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (GuardVerdict.Allowed allowed : check.allowed()) {
                    assertThat(resultCount(s, allowed.statement().text())).as(allowed.statement().text()).isEqualTo(1);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** How many statements the server ran for {@code sql}: one result (rows or update count) each. */
    private static int resultCount(Statement s, String sql) throws SQLException {
        boolean isResultSet = s.execute(sql);
        int count = 0;
        while (isResultSet || s.getUpdateCount() != -1) {
            count++;
            isResultSet = s.getMoreResults();
        }
        return count;
    }

    @Test
    void theClassifiedAccessLevelIsExactlyWhatRealRolesNeed() throws SQLException {
        Map<AccessLevel, String> roleFor = Map.of(AccessLevel.READ_ONLY, READER, AccessLevel.DML, WRITER, AccessLevel.DDL, OWNER);
        List<String> statements = List.of(
                "SELECT count(*) FROM orders",
                "WITH t AS (SELECT * FROM orders) SELECT max(total) FROM t",
                "EXPLAIN ANALYZE SELECT * FROM orders WHERE id = 1",
                "SELECT * FROM orders WHERE id = 1 FOR UPDATE",
                "UPDATE orders SET total = total + 1 WHERE id = 1",
                "EXPLAIN DELETE FROM orders WHERE id = 2",
                "WITH d AS (DELETE FROM orders WHERE id = 3 RETURNING id) SELECT count(*) FROM d",
                "LOCK TABLE orders IN ROW EXCLUSIVE MODE",
                "CREATE INDEX orders_total_idx ON orders (total)",
                "SELECT * INTO orders_copy FROM orders",
                "ANALYZE orders",
                "TRUNCATE orders");
        for (String statement : statements) {
            AccessLevel access = StatementClassifier.classify(statement).access();
            assertThat(runsAs(roleFor.get(access), statement, false)).as("%s runs with %s", statement, access).isNull();
            if (access != AccessLevel.READ_ONLY) {
                AccessLevel below = AccessLevel.values()[access.ordinal() - 1];
                assertThat(runsAs(roleFor.get(below), statement, false)).as("%s fails with %s", statement, below).isNotNull();
            }
        }
    }

    @Test
    void queriesRunInAReadOnlyTransactionAndEverythingElseDoesNot() throws SQLException {
        List<String> statements = List.of("SELECT count(*) FROM orders", "EXPLAIN DELETE FROM orders", "SHOW work_mem",
                "SELECT * FROM orders FOR UPDATE", "UPDATE orders SET total = 0", "EXPLAIN ANALYZE DELETE FROM orders",
                "CREATE INDEX orders_total_idx ON orders (total)", "SELECT * INTO orders_copy FROM orders");
        for (String statement : statements) {
            Classification classification = StatementClassifier.classify(statement);
            boolean readOnlyWorks = runsAs(OWNER, statement, true) == null;
            boolean expected = classification.category() == StatementCategory.QUERY && !classification.locksRows();
            assertThat(readOnlyWorks).as("%s (%s) in a READ ONLY transaction", statement, classification).isEqualTo(expected);
        }
    }

    /**
     * Runs {@code statement} as {@code role} in a transaction that is rolled back; the SQLSTATE of its failure, or null.
     * ANALYZE of a table the role does not own only warns that it is skipping the table ("permission denied to analyze
     * … skipping it" in 18, "skipping … only table or database owner can analyze it" in 15): that counts as a failure.
     */
    private static String runsAs(String role, String statement, boolean readOnly) throws SQLException {
        try (Connection c = database.connectAs(role)) {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            try (Statement s = c.createStatement()) {
                s.execute(statement);
                for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                    if (w.getMessage().contains("skipping")) {
                        return "42501";
                    }
                }
                return null;
            } catch (SQLException e) {
                assertThat(e.getSQLState()).as(statement + ": " + e.getMessage()).isIn("42501", "25006");
                return e.getSQLState();
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void whatTheGuardRefusesWouldReallyHaveEscaped() throws SQLException {
        // The escape RELIABILITY.md describes: the driver sends all three and the DELETE is committed.
        database.run("CREATE TABLE shop.escape_victim (id int)", "INSERT INTO shop.escape_victim VALUES (1)",
                "GRANT SELECT, DELETE ON shop.escape_victim TO " + WRITER);
        String attack = "SELECT 1; COMMIT; DELETE FROM escape_victim";
        assertThat(guard.checkScript(attack).ok()).isFalse();
        try (Connection c = database.connectAs(WRITER)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(attack);
            }
            c.rollback();
        }
        try (Connection c = database.admin(); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT count(*) FROM shop.escape_victim");
            rows.next();
            assertThat(rows.getInt(1)).as("the unguarded attack committed its DELETE").isZero();
        }
    }

    @Test
    void aSyntaxErrorPositionPointsIntoTheLearnersScript() throws SQLException {
        String script = "SELECT 1;\n\n  SELECT id,\n         totl FROM orders;";
        ScriptCheck check = guard.checkScript(script);
        SqlStatement second = check.allowed().get(1).statement();
        try (Connection c = database.connectAs(READER); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(second.text())).isInstanceOfSatisfying(org.postgresql.util.PSQLException.class, e -> {
                int position = e.getServerErrorMessage().getPosition();
                assertThat(check.split().locate(second, position)).isEqualTo(new TextPosition(4, 10));
            });
        }
    }
}
