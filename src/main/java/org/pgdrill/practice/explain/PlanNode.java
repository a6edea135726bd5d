package org.pgdrill.practice.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One node of an EXPLAIN (FORMAT JSON) plan. Names follow the JSON keys; a String is null when the
 * plan does not report it. Keys pgdrill does not model (Sort Method, buffers, Memoize counters, keys
 * added by newer PostgreSQL releases, …) are kept in {@link #properties()} with Jackson's plain values.
 *
 * @param nodeType            "Node Type": "Seq Scan", "Aggregate", "ModifyTable", …
 * @param strategy            "Strategy" of Aggregate and SetOp: "Plain", "Sorted", "Hashed", "Mixed"
 * @param partialMode         "Partial Mode": "Simple", "Partial", "Finalize"
 * @param operation           "Operation" of ModifyTable: "Insert", "Update", "Delete", "Merge"
 * @param joinType            "Join Type": "Inner", "Left", "Full", "Right", "Semi", "Anti", "Right Anti", …
 * @param parentRelationship  "Parent Relationship": "Outer", "Inner", "Member", "Subquery", "InitPlan", "SubPlan"
 * @param subplanName         "Subplan Name": "SubPlan 1", "InitPlan 1", "CTE t"
 * @param parallelAware       "Parallel Aware"
 * @param scanDirection       "Scan Direction" of index scans: "Forward", "Backward", "NoMovement"
 * @param relationName        "Relation Name" (table scans, ModifyTable)
 * @param schema              "Schema" (only in VERBOSE plans)
 * @param alias               "Alias" as written in the query
 * @param indexName           "Index Name"
 * @param cteName             "CTE Name" of a CTE Scan
 * @param functionName        "Function Name" of a Function Scan
 * @param estimate            the planner's estimate; null with COSTS OFF
 * @param actual              what execution measured; null without ANALYZE
 * @param filter              "Filter"
 * @param indexCond           "Index Cond"
 * @param recheckCond         "Recheck Cond"
 * @param hashCond            "Hash Cond"
 * @param mergeCond           "Merge Cond"
 * @param joinFilter          "Join Filter"
 * @param oneTimeFilter       "One-Time Filter"
 * @param sortKey             "Sort Key" (empty when absent)
 * @param groupKey            "Group Key" (empty when absent)
 * @param output              "Output" (VERBOSE only; empty when absent)
 * @param rowsRemovedByFilter "Rows Removed by Filter" (ANALYZE only), or null
 * @param properties          every other key of the node, in the plan's order
 * @param children            "Plans", in the plan's order
 */
public record PlanNode(String nodeType, String strategy, String partialMode, String operation, String joinType,
                       String parentRelationship, String subplanName, boolean parallelAware, String scanDirection,
                       String relationName, String schema, String alias, String indexName, String cteName, String functionName,
                       Estimate estimate, Actual actual,
                       String filter, String indexCond, String recheckCond, String hashCond, String mergeCond, String joinFilter,
                       String oneTimeFilter, List<String> sortKey, List<String> groupKey, List<String> output,
                       Double rowsRemovedByFilter, Map<String, Object> properties, List<PlanNode> children) {

    /** The planner's numbers: "Startup Cost", "Total Cost", "Plan Rows", "Plan Width". */
    public record Estimate(double startupCost, double totalCost, double rows, int width) {
    }

    /**
     * What ANALYZE measured, averaged per loop as PostgreSQL reports it.
     *
     * @param startupTime ms to the first row, or null with TIMING OFF
     * @param totalTime   ms to the last row, or null with TIMING OFF
     * @param rows        rows per loop (fractional from PostgreSQL 18 on)
     * @param loops       how often the node ran; 0 means it never ran
     */
    public record Actual(Double startupTime, Double totalTime, double rows, double loops) {

        public boolean neverExecuted() {
            return loops == 0;
        }
    }

    public PlanNode {
        Objects.requireNonNull(nodeType, "nodeType");
        sortKey = List.copyOf(sortKey);
        groupKey = List.copyOf(groupKey);
        output = List.copyOf(output);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties)); // values may be null
        children = List.copyOf(children);
    }

    /**
     * The name psql's text format shows: "HashAggregate" for an Aggregate with strategy Hashed,
     * "Partial GroupAggregate", "Hash Anti Join", "Nested Loop Left Join", "Parallel Seq Scan",
     * "Index Scan Backward", "Update" for a ModifyTable, "HashSetOp", "Custom Scan (provider)".
     */
    public String displayName() {
        return NodeNames.displayName(this);
    }

    /** This node and all nodes below it, depth first in plan order. */
    public Stream<PlanNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(PlanNode::selfAndDescendants));
    }

    /** The relation, function or CTE this node reads, as the plan names it; null for nodes that read none. */
    public String objectName() {
        if (relationName != null) {
            return relationName;
        }
        if (functionName != null) {
            return functionName;
        }
        if (cteName != null) {
            return cteName;
        }
        Object other = properties.getOrDefault("Tuplestore Name", properties.get("Table Function Name"));
        return other == null ? null : other.toString();
    }

    /** A property as text, or null. */
    public String property(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }
}
