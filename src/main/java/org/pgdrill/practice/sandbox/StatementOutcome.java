package org.pgdrill.practice.sandbox;

import java.util.List;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.explain.ExplainPlan;
import org.pgdrill.practice.meta.MetaResult;

/**
 * What one statement did.
 *
 * @param statement   the statement
 * @param table       the rows it returned (for EXPLAIN: the plan as psql prints it), or null
 * @param updateCount rows changed by INSERT/UPDATE/DELETE (-1 when not applicable)
 * @param failure     the error, or null
 * @param notices     RAISE NOTICE and other messages the server sent, and pgdrill's notes
 * @param millis      wall time of the statement on the client
 * @param plan        for EXPLAIN: the plan as a tree, else null
 * @param described   for a meta-command: psql's tables (one per described object), else empty
 */
public record StatementOutcome(LearnerStatement statement, ResultTable table, long updateCount, SqlFailure failure,
                               List<String> notices, long millis, ExplainPlan plan, List<MetaResult> described) {
    public StatementOutcome {
        notices = List.copyOf(notices);
        described = List.copyOf(described);
    }

    StatementOutcome(LearnerStatement statement, ResultTable table, long updateCount, SqlFailure failure, List<String> notices, long millis) {
        this(statement, table, updateCount, failure, notices, millis, null, List.of());
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean hasRows() {
        return table != null;
    }

    public StatementOutcome withPlan(ExplainPlan explained, ResultTable asText) {
        return new StatementOutcome(statement, asText, updateCount, failure, notices, millis, explained, described);
    }

    public static StatementOutcome described(LearnerStatement statement, List<MetaResult> results, List<String> notes) {
        return new StatementOutcome(statement, null, -1, null, notes, 0, null, results);
    }
}
