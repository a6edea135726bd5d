package org.pgdrill.content;

import java.util.List;

/**
 * What the plan of a {@link ExerciseKind#PLAN} exercise's answer must show.
 *
 * @param require every pattern must match at least one node of the plan
 * @param forbid  no node of the plan may match any of these
 */
public record PlanExpectation(List<PlanNodePattern> require, List<PlanNodePattern> forbid) {
    public PlanExpectation {
        require = List.copyOf(require);
        forbid = List.copyOf(forbid);
    }
}
