package org.pgdrill.practice.check;

import java.util.List;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.sandbox.AttemptStatus;
import org.pgdrill.practice.sandbox.SqlFailure;

/**
 * What one run produced on one variant: the rows of the last statement (result, plan) or the named
 * tables afterwards (state), or the failure that stopped it.
 */
record Observation(List<ResultTable> tables, SqlFailure failure, AttemptStatus stopped, String problem) {

    static Observation of(List<ResultTable> tables) {
        return new Observation(List.copyOf(tables), null, null, null);
    }

    static Observation failed(SqlFailure failure, AttemptStatus stopped) {
        return new Observation(List.of(), failure, stopped, null);
    }

    /** The statements ran but do not give what the exercise compares (e.g. the last one returns no rows). */
    static Observation unusable(String problem) {
        return new Observation(List.of(), null, null, problem);
    }

    boolean ok() {
        return failure == null && problem == null;
    }
}
