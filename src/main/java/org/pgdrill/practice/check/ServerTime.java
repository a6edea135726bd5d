package org.pgdrill.practice.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.SQLException;
import org.pgdrill.practice.sandbox.Attempt;
import org.pgdrill.practice.sandbox.LearnerStatement;
import org.pgdrill.practice.sandbox.StatementOutcome;

/** PostgreSQL's own planning + execution time of one statement, as EXPLAIN (ANALYZE, TIMING OFF) reports it. */
final class ServerTime {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerTime() {
    }

    static long of(Attempt attempt, LearnerStatement statement) throws SQLException {
        attempt.savepoint("pgdrill_time");
        StatementOutcome explained = attempt.run(new LearnerStatement("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + statement.text(),
                statement.line(), statement.column(), false));
        if (explained.failed() || !explained.hasRows()) {
            attempt.rollbackTo("pgdrill_time");
            long started = System.nanoTime();
            attempt.run(statement);
            return (System.nanoTime() - started) / 1_000;
        }
        try {
            JsonNode root = JSON.readTree(String.valueOf(explained.table().rows().get(0).get(0))).path(0);
            double millis = root.path("Planning Time").asDouble() + root.path("Execution Time").asDouble();
            return Math.round(millis * 1_000);
        } catch (IOException e) {
            return 0;
        }
    }
}
