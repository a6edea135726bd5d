package org.pgdrill.practice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM orders                                               | QUERY   | READ_ONLY
            (SELECT 1) UNION (SELECT 2)                                        | QUERY   | READ_ONLY
            VALUES (1), (2)                                                    | QUERY   | READ_ONLY
            TABLE orders                                                       | QUERY   | READ_ONLY
            WITH t AS (SELECT 1) SELECT * FROM t                               | QUERY   | READ_ONLY
            WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r | QUERY | READ_ONLY
            SHOW work_mem                                                      | QUERY   | READ_ONLY
            EXPLAIN SELECT * FROM orders                                       | QUERY   | READ_ONLY
            EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders                    | QUERY   | READ_ONLY
            EXPLAIN (ANALYZE false) DELETE FROM orders                         | QUERY   | DML
            EXPLAIN DELETE FROM orders                                         | QUERY   | DML
            EXPLAIN ANALYZE DELETE FROM orders                                 | DML     | DML
            EXPLAIN (ANALYZE on, FORMAT JSON) UPDATE orders SET total = 0      | DML     | DML
            EXPLAIN ANALYZE SELECT * INTO copy FROM orders                     | DDL     | DDL
            INSERT INTO orders VALUES (1)                                      | DML     | DML
            UPDATE orders SET total = 0                                        | DML     | DML
            DELETE FROM orders                                                 | DML     | DML
            MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1 | DML | DML
            WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d  | DML     | DML
            WITH d AS MATERIALIZED (INSERT INTO t VALUES (1) RETURNING id) SELECT * FROM d | DML | DML
            WITH s AS (SELECT 1 AS id) UPDATE orders SET total = 0 FROM s WHERE orders.id = s.id | DML | DML
            INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1      | DML     | DML
            SELECT * INTO orders_copy FROM orders                              | DDL     | DDL
            SELECT * FROM orders WHERE id IN (SELECT member_id FROM t)         | QUERY   | READ_ONLY
            CREATE TABLE t (a int)                                             | DDL     | DDL
            CREATE TEMP TABLE t AS SELECT 1                                    | DDL     | DDL
            ALTER TABLE t ADD COLUMN b int                                     | DDL     | DDL
            DROP VIEW v                                                        | DDL     | DDL
            TRUNCATE orders                                                    | DDL     | DDL
            COMMENT ON TABLE orders IS 'x'                                     | DDL     | DDL
            GRANT SELECT ON orders TO PUBLIC                                   | DDL     | DDL
            REVOKE ALL ON orders FROM PUBLIC                                   | DDL     | DDL
            REFRESH MATERIALIZED VIEW mv                                       | DDL     | DDL
            SET work_mem = '64MB'                                              | SESSION | READ_ONLY
            RESET work_mem                                                     | SESSION | READ_ONLY
            SET CONSTRAINTS ALL DEFERRED                                       | SESSION | READ_ONLY
            SET TRANSACTION READ ONLY                                          | UTILITY | READ_ONLY
            LOCK TABLE orders IN ACCESS EXCLUSIVE MODE                         | UTILITY | DML
            DO $$ BEGIN NULL; END $$                                           | UTILITY | DDL
            CALL p()                                                           | UTILITY | DDL
            ANALYZE orders                                                     | UTILITY | DDL
            PREPARE q AS SELECT 1                                              | UTILITY | READ_ONLY
            PREPARE q(int) AS DELETE FROM orders WHERE id = $1                 | UTILITY | DML
            EXECUTE q(1)                                                       | UTILITY | DML
            DEALLOCATE q                                                       | UTILITY | READ_ONLY
            DECLARE c CURSOR FOR SELECT * FROM orders                          | UTILITY | READ_ONLY
            DECLARE c CURSOR FOR SELECT * FROM orders FOR UPDATE               | UTILITY | DML
            FETCH 10 FROM c                                                    | UTILITY | READ_ONLY
            SELCT 1                                                            | UTILITY | READ_ONLY
            """)
    void classifiesByWhatTheStatementDoes(String statement, StatementCategory category, AccessLevel access) {
        Classification classification = StatementClassifier.classify(statement);
        assertThat(classification.category()).isEqualTo(category);
        assertThat(classification.access()).isEqualTo(access);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM orders FOR UPDATE
            SELECT * FROM orders FOR NO KEY UPDATE SKIP LOCKED
            SELECT * FROM orders FOR SHARE
            SELECT * FROM orders o JOIN members m ON m.id = o.member_id FOR KEY SHARE OF o
            WITH t AS (SELECT * FROM orders FOR UPDATE) SELECT * FROM t
            """)
    void rowLockingQueriesAreQueriesThatNeedDmlAccess(String statement) {
        assertThat(StatementClassifier.classify(statement))
                .isEqualTo(new Classification(StatementCategory.QUERY, AccessLevel.DML, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT 'FOR UPDATE' FROM orders
            SELECT "for" FROM t WHERE "update" = 1
            SELECT 1 -- FOR UPDATE
            """)
    void lockingWordsInsideQuotesOrCommentsDoNotCount(String statement) {
        assertThat(StatementClassifier.classify(statement).locksRows()).isFalse();
        assertThat(StatementClassifier.classify(statement).access()).isEqualTo(AccessLevel.READ_ONLY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \\d orders
            \\dt+
            """)
    void metaCommandsAreMeta(String text) {
        SqlStatement statement = SqlSplitter.split(text).statements().get(0);
        assertThat(StatementClassifier.classify(statement)).isEqualTo(new Classification(StatementCategory.META, AccessLevel.READ_ONLY));
    }
}
