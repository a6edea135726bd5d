package org.pgdrill.practice.explain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a plan has the properties an exercise asks for.
 *
 * @param failures one entry per expectation the plan does not meet; empty when it meets all
 */
public record PlanCheckResult(List<Failure> failures) {

    /**
     * An unmet expectation.
     *
     * @param expectation   what was required or forbidden
     * @param required      true for a required property, false for a forbidden one
     * @param explanation   a sentence for the learner: "The plan must use …, but it reads members with a Seq Scan."
     * @param relevantNodes the plan's nodes that explain it, as "Seq Scan on members m"
     */
    public record Failure(PlanExpectation expectation, boolean required, String explanation, List<String> relevantNodes) {

        public Failure {
            relevantNodes = List.copyOf(relevantNodes);
        }
    }

    public PlanCheckResult {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    /** All explanations, one per line; "" when the plan passes. */
    public String explanation() {
        return failures.stream().map(Failure::explanation).collect(Collectors.joining("\n"));
    }
}
