package org.pgdrill.practice.check;

import java.util.List;
import java.util.Optional;
import org.pgdrill.practice.explain.ExplainParser;
import org.pgdrill.practice.explain.PlanCheck;
import org.pgdrill.practice.explain.PlanCheckResult;
import org.pgdrill.practice.explain.PlanExpectation;

/** Decides whether an EXPLAIN (FORMAT JSON) plan has the required properties; empty means it does. */
final class PlanJudge {
    private PlanJudge() {
    }

    static Optional<String> judge(String explainJson, List<String> require, List<String> forbid) {
        PlanCheckResult result = PlanCheck.check(ExplainParser.parse(explainJson),
                require.stream().map(PlanExpectation::parse).toList(), forbid.stream().map(PlanExpectation::parse).toList());
        return result.ok() ? Optional.empty() : Optional.of(result.explanation());
    }
}
