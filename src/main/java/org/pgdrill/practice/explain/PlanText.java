package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a plan as psql shows EXPLAIN's text format: one line per node with costs and, after
 * ANALYZE, actual times; "->  " before child nodes; conditions, keys and counters indented under
 * their node; InitPlan, SubPlan and CTE labels above the plans they name.
 */
public final class PlanText {

    private PlanText() {
    }

    /** The whole plan, including planning and execution time and trigger times when present. */
    public static String render(ExplainPlan plan) {
        List<String> lines = new ArrayList<>();
        boolean verbose = isVerbose(plan.root());
        node(plan.root(), 0, true, verbose, lines);
        PlanDetails.planning(plan, lines);
        for (ExplainPlan.Trigger trigger : plan.triggers()) {
            String name = trigger.constraintName() != null ? "Trigger for constraint " + trigger.constraintName() : "Trigger " + trigger.name();
            String table = verbose && trigger.relation() != null ? " on " + trigger.relation() : "";
            String numbers = trigger.time() != null
                    ? String.format(Locale.ROOT, "time=%.3f calls=%.0f", trigger.time(), trigger.calls())
                    : String.format(Locale.ROOT, "calls=%.0f", trigger.calls());
            lines.add(name + table + ": " + numbers);
        }
        if (plan.executionTime() != null) {
            lines.add(String.format(Locale.ROOT, "Execution Time: %.3f ms", plan.executionTime()));
        }
        return String.join("\n", lines);
    }

    /** One node and its subtree, without the plan-level summary. */
    public static String render(PlanNode node) {
        List<String> lines = new ArrayList<>();
        node(node, 0, true, isVerbose(node), lines);
        return String.join("\n", lines);
    }

    /** Only EXPLAIN VERBOSE reports "Output" lists. */
    private static boolean isVerbose(PlanNode root) {
        return root.selfAndDescendants().anyMatch(node -> !node.output().isEmpty());
    }

    /** The node's own line without indentation or arrow: "Index Scan using orders_pkey on orders o  (cost=…) (actual …)". */
    public static String headline(PlanNode node) {
        StringBuilder line = new StringBuilder(node.displayName()).append(target(node));
        if (node.nodeType().equals("SetOp") && node.property("Command") != null) {
            line.append(' ').append(node.property("Command"));
        }
        PlanNode.Estimate estimate = node.estimate();
        if (estimate != null) {
            line.append(String.format(Locale.ROOT, "  (cost=%.2f..%.2f rows=%.0f width=%d)",
                    estimate.startupCost(), estimate.totalCost(), estimate.rows(), estimate.width()));
        }
        PlanNode.Actual actual = node.actual();
        if (actual != null) {
            line.append(estimate != null ? " " : "  ");
            if (actual.neverExecuted()) {
                line.append("(never executed)");
            } else if (actual.totalTime() != null) {
                line.append(String.format(Locale.ROOT, "(actual time=%.3f..%.3f rows=%s loops=%.0f)",
                        actual.startupTime(), actual.totalTime(), count(actual.rows()), actual.loops()));
            } else {
                line.append(String.format(Locale.ROOT, "(actual rows=%s loops=%.0f)", count(actual.rows()), actual.loops()));
            }
        }
        return line.toString();
    }

    /** The node's name and what it reads, without numbers: "Index Scan using orders_pkey on orders o". */
    public static String label(PlanNode node) {
        return node.displayName() + target(node);
    }

    /** " using idx on schema.table alias", " on idx" (bitmap index scans), " on t" (ModifyTable) or "". */
    static String target(PlanNode node) {
        StringBuilder target = new StringBuilder();
        if (node.indexName() != null) {
            target.append(node.nodeType().equals("Bitmap Index Scan") ? " on " : " using ").append(Identifiers.quote(node.indexName()));
            if (node.nodeType().equals("Bitmap Index Scan")) {
                return target.toString();
            }
        }
        String object = node.objectName();
        if (object == null && node.alias() == null) {
            return target.toString();
        }
        target.append(" on");
        if (object != null) {
            target.append(' ');
            if (node.schema() != null) {
                target.append(Identifiers.quote(node.schema())).append('.');
            }
            target.append(Identifiers.quote(object));
        }
        if (node.alias() != null && !node.alias().equals(object)) {
            target.append(' ').append(Identifiers.quote(node.alias()));
        }
        return target.toString();
    }

    /** Row counts print as whole numbers unless PostgreSQL averaged them into a fraction. */
    static String count(double rows) {
        return rows == Math.rint(rows) ? String.format(Locale.ROOT, "%.0f", rows) : String.format(Locale.ROOT, "%.2f", rows);
    }

    /**
     * psql's layout: the root's details are indented 2 spaces; a child's arrow sits at its parent's detail
     * indent and its own details 6 further; a SubPlan/InitPlan/CTE label sits at the parent's detail indent
     * with the arrow 2 further.
     */
    private static void node(PlanNode node, int arrowIndent, boolean root, boolean verbose, List<String> lines) {
        int detailIndent;
        if (root) {
            lines.add(headline(node));
            detailIndent = 2;
        } else {
            lines.add(" ".repeat(arrowIndent) + "->  " + headline(node));
            detailIndent = arrowIndent + 6;
        }
        for (String detail : PlanDetails.of(node, verbose)) {
            lines.add(" ".repeat(detailIndent) + detail);
        }
        for (PlanNode child : node.children()) {
            if (child.subplanName() != null) {
                lines.add(" ".repeat(detailIndent) + child.subplanName());
                node(child, detailIndent + 2, false, verbose, lines);
            } else {
                node(child, detailIndent, false, verbose, lines);
            }
        }
    }
}
