package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;

/**
 * Checks a plan against an exercise's required and forbidden plan properties and explains each miss
 * in words a learner understands, naming the nodes that matter.
 *
 * <p>Matching rules: node names match as {@link NodeNames} describes ("Seq Scan" also matches a Parallel
 * Seq Scan, "Aggregate" any aggregate, "HashAggregate" only the hashed one); tables match by name,
 * and by schema when both the expectation and the plan (VERBOSE) name one. A Bitmap Heap Scan with its
 * Bitmap Index Scan counts as index use only when the expectation names those nodes: "Index Scan using
 * members_pkey on members" is not met by a bitmap scan of members_pkey.
 */
public final class PlanCheck {

    private PlanCheck() {
    }

    public static PlanCheckResult check(ExplainPlan plan, List<PlanExpectation> require, List<PlanExpectation> forbid) {
        Map<PlanNode, PlanNode> heapScans = heapScans(plan.root());
        List<PlanNode> nodes = plan.nodes().toList();
        List<PlanCheckResult.Failure> failures = new ArrayList<>();
        for (PlanExpectation expectation : require) {
            if (nodes.stream().noneMatch(node -> expectation.matches(node, heapScans.get(node)))) {
                failures.add(missing(expectation, nodes, heapScans));
            }
        }
        for (PlanExpectation expectation : forbid) {
            List<String> offending = nodes.stream().filter(node -> expectation.matches(node, heapScans.get(node))).map(PlanText::label).toList();
            if (!offending.isEmpty()) {
                failures.add(new PlanCheckResult.Failure(expectation, false, "The plan must not use " + expectation.describe()
                        + ", but it does: " + String.join("; ", offending) + ".", offending));
            }
        }
        return new PlanCheckResult(failures);
    }

    private static PlanCheckResult.Failure missing(PlanExpectation expectation, List<PlanNode> nodes, Map<PlanNode, PlanNode> heapScans) {
        String wanted = "The plan must use " + expectation.describe();
        if (expectation.table().isPresent()) {
            String table = expectation.table().get();
            List<PlanNode> readers = nodes.stream().filter(node -> table.equals(node.objectName())).toList();
            if (!readers.isEmpty()) {
                List<String> ways = readers.stream().map(reader -> howItReads(reader, nodes, heapScans)).toList();
                return new PlanCheckResult.Failure(expectation, true, wanted + ", but it reads " + Identifiers.quote(table) + " with "
                        + joinWithAnd(ways) + ".", readers.stream().map(PlanText::label).toList());
            }
            List<String> reads = nodes.stream().filter(node -> node.objectName() != null).map(PlanText::label).toList();
            return new PlanCheckResult.Failure(expectation, true, wanted + ", but it does not read " + Identifiers.quote(table)
                    + " at all" + (reads.isEmpty() ? "." : "; it reads: " + String.join("; ", reads) + "."), reads);
        }
        List<String> all = nodes.stream().map(PlanText::label).toList();
        return new PlanCheckResult.Failure(expectation, true, wanted + ", but it has no such node; its nodes are: "
                + String.join("; ", all) + ".", all);
    }

    /** "a Seq Scan", "an Index Scan using orders_pkey", "a Bitmap Heap Scan (Bitmap Index Scan using orders_member_idx)". */
    private static String howItReads(PlanNode reader, List<PlanNode> nodes, Map<PlanNode, PlanNode> heapScans) {
        StringBuilder how = new StringBuilder(article(reader.displayName())).append(reader.displayName());
        if (reader.indexName() != null) {
            how.append(" using ").append(Identifiers.quote(reader.indexName()));
        }
        List<String> bitmapIndexes = nodes.stream().filter(node -> heapScans.get(node) == reader)
                .map(node -> node.displayName() + " using " + Identifiers.quote(node.indexName())).toList();
        if (!bitmapIndexes.isEmpty()) {
            how.append(" (").append(String.join(", ", bitmapIndexes)).append(')');
        }
        return how.toString();
    }

    private static String article(String name) {
        return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String joinWithAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Each Bitmap Index Scan mapped to the Bitmap Heap Scan above it (through BitmapAnd/BitmapOr). */
    private static Map<PlanNode, PlanNode> heapScans(PlanNode root) {
        Map<PlanNode, PlanNode> heapScans = new IdentityHashMap<>();
        root.selfAndDescendants().filter(node -> node.nodeType().equals("Bitmap Heap Scan"))
                .forEach(heap -> heap.children().forEach(child -> child.selfAndDescendants()
                        .filter(node -> node.nodeType().equals("Bitmap Index Scan")).forEach(node -> heapScans.put(node, heap))));
        return heapScans;
    }
}
