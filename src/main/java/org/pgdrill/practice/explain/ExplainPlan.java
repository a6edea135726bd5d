package org.pgdrill.practice.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A parsed EXPLAIN (FORMAT JSON) result.
 *
 * @param root          the top plan node
 * @param analyzed      whether the statement was executed (EXPLAIN ANALYZE): nodes carry actual numbers
 * @param planningTime  "Planning Time" in ms, or null (reported with ANALYZE or SUMMARY)
 * @param executionTime "Execution Time" in ms, or null
 * @param triggers      time spent in triggers (ANALYZE of DML)
 * @param properties    every other top-level key ("Planning" buffers, "JIT", "Settings", …)
 */
public record ExplainPlan(PlanNode root, boolean analyzed, Double planningTime, Double executionTime, List<Trigger> triggers,
                          Map<String, Object> properties) {

    /** One entry of "Triggers": its name, the constraint it enforces (or null), its table, time in ms (null with TIMING OFF) and calls. */
    public record Trigger(String name, String constraintName, String relation, Double time, double calls) {
    }

    public ExplainPlan {
        Objects.requireNonNull(root, "root");
        triggers = List.copyOf(triggers);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Every node of the plan, depth first in plan order. */
    public Stream<PlanNode> nodes() {
        return root.selfAndDescendants();
    }
}
