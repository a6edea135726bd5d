package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lines psql prints under a plan node ("Filter: …", "Sort Method: …", "Buffers: …"), in the server's order. */
final class PlanDetails {

    private PlanDetails() {
    }

    /** {@code verbose}: the plan came from EXPLAIN VERBOSE, which alone prints "Inner Unique" in text. */
    static List<String> of(PlanNode node, boolean verbose) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> p = node.properties();
        if (Boolean.TRUE.equals(p.get("Disabled"))) {
            lines.add("Disabled: true");
        }
        list(lines, "Output", node.output());
        text(lines, "Window", node.property("Window"));
        text(lines, "Run Condition", node.property("Run Condition"));
        if (verbose && Boolean.TRUE.equals(p.get("Inner Unique"))) {
            lines.add("Inner Unique: true");
        }
        list(lines, "Group Key", node.groupKey());
        groupingSets(p.get("Grouping Sets"), lines);
        list(lines, "Sort Key", node.sortKey());
        list(lines, "Presorted Key", texts(p.get("Presorted Key")));
        text(lines, "Merge Cond", node.mergeCond());
        text(lines, "Hash Cond", node.hashCond());
        text(lines, "Index Cond", node.indexCond());
        text(lines, "Recheck Cond", node.recheckCond());
        removed(lines, "Rows Removed by Index Recheck", p.get("Rows Removed by Index Recheck"));
        text(lines, "Order By", node.property("Order By"));
        text(lines, "Function Call", node.property("Function Call"));
        text(lines, "TID Cond", node.property("TID Cond"));
        text(lines, "Join Filter", node.joinFilter());
        removed(lines, "Rows Removed by Join Filter", p.get("Rows Removed by Join Filter"));
        text(lines, "One-Time Filter", node.oneTimeFilter());
        text(lines, "Filter", node.filter());
        removed(lines, "Rows Removed by Filter", node.rowsRemovedByFilter());
        text(lines, "Cache Key", node.property("Cache Key"));
        text(lines, "Cache Mode", node.property("Cache Mode"));
        sortMethod(node, lines);
        if (node.property("Storage") != null) {
            lines.add("Storage: " + node.property("Storage") + "  Maximum Storage: " + node.property("Maximum Storage") + "kB");
        }
        sortGroups("Full-sort", p.get("Full-sort Groups"), lines);
        sortGroups("Pre-sorted", p.get("Pre-sorted Groups"), lines);
        count(lines, "Workers Planned", p.get("Workers Planned"));
        count(lines, "Workers Launched", p.get("Workers Launched"));
        count(lines, "Heap Fetches", p.get("Heap Fetches"));
        joined(lines, "Heap Blocks: ", " ", "exact=", p.get("Exact Heap Blocks"), "lossy=", p.get("Lossy Heap Blocks"));
        count(lines, "Index Searches", p.get("Index Searches"));
        hashBuckets(p, lines);
        hashAggregate(p, lines);
        memoize(p, lines);
        joined(lines, "", "", "Subplans Removed: ", p.get("Subplans Removed"));
        buffers(p, lines);
        joined(lines, "WAL: ", " ", "records=", p.get("WAL Records"), "fpi=", p.get("WAL FPI"), "bytes=", p.get("WAL Bytes"));
        return lines;
    }

    /** "Planning:" with its buffers, and "Planning Time: … ms", after the node tree. */
    static void planning(ExplainPlan plan, List<String> lines) {
        if (plan.properties().get("Planning") instanceof Map<?, ?> planning) {
            List<String> buffers = new ArrayList<>();
            buffers(planning, buffers);
            if (!buffers.isEmpty()) {
                lines.add("Planning:");
                buffers.forEach(line -> lines.add("  " + line));
            }
        }
        if (plan.planningTime() != null) {
            lines.add(String.format(Locale.ROOT, "Planning Time: %.3f ms", plan.planningTime()));
        }
    }

    /** GROUPING SETS, ROLLUP, CUBE: one "Group Key"/"Hash Key" line per set; a set sorted on its own shows its Sort Key above. */
    private static void groupingSets(Object value, List<String> lines) {
        if (!(value instanceof List<?> sets)) {
            return;
        }
        for (Object set : sets) {
            if (!(set instanceof Map<?, ?> keys)) {
                continue;
            }
            String indent = "";
            if (keys.get("Sort Key") != null) {
                lines.add("Sort Key: " + String.join(", ", texts(keys.get("Sort Key"))));
                indent = "  ";
            }
            for (String kind : List.of("Hash Keys", "Group Keys")) {
                if (keys.get(kind) instanceof List<?> groups) {
                    for (Object group : groups) {
                        List<String> columns = texts(group);
                        String label = kind.equals("Hash Keys") ? "Hash Key: " : "Group Key: ";
                        lines.add(indent + label + (columns.isEmpty() ? "()" : String.join(", ", columns)));
                    }
                }
            }
        }
    }

    private static void text(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(label + ": " + value);
        }
    }

    private static void list(List<String> lines, String label, List<String> values) {
        if (!values.isEmpty()) {
            lines.add(label + ": " + String.join(", ", values));
        }
    }

    private static void count(List<String> lines, String label, Object value) {
        if (value instanceof Number number) {
            lines.add(label + ": " + PlanText.count(number.doubleValue()));
        }
    }

    /** The text format leaves out "Rows Removed by …" counters that are zero. */
    private static void removed(List<String> lines, String label, Object value) {
        if (value instanceof Number number && number.doubleValue() > 0) {
            count(lines, label, number);
        }
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> texts.add(String.valueOf(item)));
        }
        return texts;
    }

    /** Pairs of label and number; zero and missing numbers are left out, and no line is written when all are. */
    private static void joined(List<String> lines, String head, String separator, Object... labelsAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] instanceof Number number && number.doubleValue() != 0) {
                parts.add(labelsAndValues[i] + PlanText.count(number.doubleValue()));
            }
        }
        if (!parts.isEmpty()) {
            lines.add(head + String.join(separator, parts));
        }
    }

    private static void sortMethod(PlanNode node, List<String> lines) {
        String method = node.property("Sort Method");
        if (method != null) {
            lines.add("Sort Method: " + method + "  " + node.property("Sort Space Type") + ": " + node.property("Sort Space Used") + "kB");
        }
    }

    /** Incremental Sort after ANALYZE: "Full-sort Groups: 1  Sort Method: quicksort  Average Memory: 25kB  Peak Memory: 25kB". */
    private static void sortGroups(String label, Object value, List<String> lines) {
        if (!(value instanceof Map<?, ?> groups)) {
            return;
        }
        List<String> methods = texts(groups.get("Sort Methods Used"));
        StringBuilder line = new StringBuilder(label + " Groups: " + groups.get("Group Count") + "  Sort Method")
                .append(methods.size() > 1 ? "s" : "").append(": ").append(String.join(", ", methods));
        for (String space : List.of("Memory", "Disk")) {
            if (groups.get("Sort Space " + space) instanceof Map<?, ?> used && used.get("Peak Sort Space Used") instanceof Number peak
                    && peak.longValue() > 0) {
                line.append("  Average ").append(space).append(": ").append(used.get("Average Sort Space Used"))
                        .append("kB  Peak ").append(space).append(": ").append(peak).append("kB");
            }
        }
        lines.add(line.toString());
    }

    private static void hashBuckets(Map<String, Object> p, List<String> lines) {
        if (!(p.get("Hash Buckets") instanceof Number buckets)) {
            return;
        }
        Object batches = p.get("Hash Batches");
        String line = "Buckets: " + buckets + originally(buckets, p.get("Original Hash Buckets")) + "  Batches: " + batches
                + originally(batches, p.get("Original Hash Batches")) + "  Memory Usage: " + p.get("Peak Memory Usage") + "kB";
        lines.add(line);
    }

    private static String originally(Object now, Object original) {
        return original != null && !original.equals(now) ? " (originally " + original + ")" : "";
    }

    /** HashAggregate: planned partitions, and after ANALYZE its batches, memory and disk use. */
    private static void hashAggregate(Map<String, Object> p, List<String> lines) {
        List<String> parts = new ArrayList<>();
        if (p.get("Planned Partitions") instanceof Number planned && planned.longValue() > 0) {
            parts.add("Planned Partitions: " + planned);
        }
        if (p.get("HashAgg Batches") instanceof Number batches) {
            parts.add("Batches: " + batches);
            parts.add("Memory Usage: " + p.get("Peak Memory Usage") + "kB");
            if (p.get("Disk Usage") instanceof Number disk && disk.longValue() > 0) {
                parts.add("Disk Usage: " + disk + "kB");
            }
        }
        if (!parts.isEmpty()) {
            lines.add(String.join("  ", parts));
        }
    }

    /** Memoize's counters (ANALYZE). */
    private static void memoize(Map<String, Object> p, List<String> lines) {
        if (p.get("Cache Hits") instanceof Number) {
            lines.add("Hits: " + p.get("Cache Hits") + "  Misses: " + p.get("Cache Misses") + "  Evictions: " + p.get("Cache Evictions")
                    + "  Overflows: " + p.get("Cache Overflows") + "  Memory Usage: " + p.get("Peak Memory Usage") + "kB");
        }
    }

    private static void buffers(Map<?, ?> p, List<String> lines) {
        List<String> groups = new ArrayList<>();
        group(groups, "shared", p, "Shared Hit Blocks", "hit", "Shared Read Blocks", "read", "Shared Dirtied Blocks", "dirtied",
                "Shared Written Blocks", "written");
        group(groups, "local", p, "Local Hit Blocks", "hit", "Local Read Blocks", "read", "Local Dirtied Blocks", "dirtied",
                "Local Written Blocks", "written");
        group(groups, "temp", p, "Temp Read Blocks", "read", "Temp Written Blocks", "written");
        if (!groups.isEmpty()) {
            lines.add("Buffers: " + String.join(", ", groups));
        }
    }

    private static void group(List<String> groups, String name, Map<?, ?> p, String... keysAndLabels) {
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            if (p.get(keysAndLabels[i]) instanceof Number number && number.longValue() != 0) {
                group.append(' ').append(keysAndLabels[i + 1]).append('=').append(number.longValue());
            }
        }
        if (group.length() > 0) {
            groups.add(name + group);
        }
    }
}
