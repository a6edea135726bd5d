package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainStatementsTest {

    @Test
    void legacyFormsBecomeParenthesisedJson() {
        assertThat(ExplainStatements.asJson("EXPLAIN ANALYZE VERBOSE SELECT * FROM t")).hasValueSatisfying(json -> {
            assertThat(json.sql()).isEqualTo("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) SELECT * FROM t");
            assertThat(json.analyze()).isTrue();
            assertThat(json.statement()).isEqualTo("SELECT * FROM t");
        });
        assertThat(ExplainStatements.asJson("explain analyse delete from t")).hasValueSatisfying(json ->
                assertThat(json.sql()).isEqualTo("EXPLAIN (ANALYZE, FORMAT JSON) delete from t"));
        assertThat(ExplainStatements.asJson("EXPLAIN SELECT 1")).hasValueSatisfying(json -> {
            assertThat(json.sql()).isEqualTo("EXPLAIN (FORMAT JSON) SELECT 1");
            assertThat(json.analyze()).isFalse();
        });
    }

    @Test
    void parenthesisedOptionsAreKeptAndTheFormatReplaced() {
        assertThat(ExplainStatements.asJson("EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) SELECT * FROM t WHERE a = 'x'"))
                .hasValueSatisfying(json -> assertThat(json.sql())
                        .isEqualTo("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM t WHERE a = 'x'"));
        assertThat(ExplainStatements.asJson("EXPLAIN (costs off, analyze false, format yaml) SELECT 1")).hasValueSatisfying(json -> {
            assertThat(json.sql()).isEqualTo("EXPLAIN (COSTS off, ANALYZE false, FORMAT JSON) SELECT 1");
            assertThat(json.analyze()).isFalse();
        });
        assertThat(ExplainStatements.asJson("EXPLAIN (ANALYZE on, TIMING off) SELECT 1")).hasValueSatisfying(json ->
                assertThat(json.analyze()).isTrue());
        assertThat(ExplainStatements.asJson("EXPLAIN /* why */ (ANALYZE 1) SELECT 1")).hasValueSatisfying(json ->
                assertThat(json.sql()).isEqualTo("EXPLAIN (ANALYZE 1, FORMAT JSON) SELECT 1"));
    }

    @Test
    void onlyExplainsAreRewritten() {
        assertThat(ExplainStatements.asJson("SELECT 'EXPLAIN'")).isEmpty();
        assertThat(ExplainStatements.asJson("EXPLAIN")).isEmpty();
    }

    @Test
    void plainStatementsGetAJsonExplain() {
        assertThat(ExplainStatements.forStatement("SELECT 1", false).sql()).isEqualTo("EXPLAIN (FORMAT JSON) SELECT 1");
        assertThat(ExplainStatements.forStatement("UPDATE t SET a = 1", true).sql()).isEqualTo("EXPLAIN (FORMAT JSON, ANALYZE) UPDATE t SET a = 1");
        assertThat(ExplainStatements.forPlanCheck("SELECT 1", true).sql()).isEqualTo("EXPLAIN (FORMAT JSON, VERBOSE, ANALYZE) SELECT 1");
    }
}
