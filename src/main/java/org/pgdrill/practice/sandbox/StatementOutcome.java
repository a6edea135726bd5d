package org.pgdrill.practice.sandbox;

import java.util.List;
import org.pgdrill.practice.ResultTable;

/**
 * What one statement did.
 *
 * @param statement the statement
 * @param table     the rows it returned (a meta-command's answer, an EXPLAIN's lines), or null
 * @param updateCount rows changed by INSERT/UPDATE/DELETE (-1 when not applicable)
 * @param failure   the error, or null
 * @param notices   RAISE NOTICE and other messages the server sent
 * @param millis    wall time of the statement on the client
 */
public record StatementOutcome(LearnerStatement statement, ResultTable table, long updateCount, SqlFailure failure,
                               List<String> notices, long millis) {
    public StatementOutcome {
        notices = List.copyOf(notices);
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean hasRows() {
        return table != null;
    }
}
