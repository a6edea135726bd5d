package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL's plan node names: the JSON "Node Type" values and the names psql's text format derives from them. */
public final class NodeNames {
    /** Every "Node Type" PostgreSQL 13–18 reports. */
    public static final List<String> NODE_TYPES = List.of("Result", "ProjectSet", "ModifyTable", "Append", "Merge Append",
            "Recursive Union", "BitmapAnd", "BitmapOr", "Nested Loop", "Merge Join", "Hash Join", "Seq Scan", "Sample Scan",
            "Gather", "Gather Merge", "Index Scan", "Index Only Scan", "Bitmap Index Scan", "Bitmap Heap Scan", "Tid Scan",
            "Tid Range Scan", "Subquery Scan", "Function Scan", "Table Function Scan", "Values Scan", "CTE Scan",
            "Named Tuplestore Scan", "WorkTable Scan", "Foreign Scan", "Custom Scan", "Materialize", "Memoize", "Sort",
            "Incremental Sort", "Group", "Aggregate", "WindowAgg", "Unique", "SetOp", "LockRows", "Limit", "Hash");
    /** Names the text format shows instead of the JSON type: aggregate and set-operation strategies, ModifyTable operations. */
    public static final List<String> DERIVED = List.of("GroupAggregate", "HashAggregate", "MixedAggregate", "HashSetOp",
            "Insert", "Update", "Delete", "Merge");
    private static final List<String> JOIN_TYPES = List.of("Left", "Full", "Right", "Semi", "Anti", "Right Semi", "Right Anti");
    private static final List<String> PREFIXES = List.of("Parallel ", "Async ", "Partial ", "Finalize ");

    private NodeNames() {
    }

    /** Every name an expectation may use, canonically spelled, without prefixes such as "Parallel ". */
    public static List<String> all() {
        Set<String> names = new LinkedHashSet<>(NODE_TYPES);
        names.addAll(DERIVED);
        for (String join : JOIN_TYPES) {
            names.add("Nested Loop " + join + " Join");
            names.add("Hash " + join + " Join");
            names.add("Merge " + join + " Join");
        }
        names.add("Index Scan Backward");
        names.add("Index Only Scan Backward");
        return List.copyOf(names);
    }

    /** The canonical spelling of {@code name} (any case, with an optional "Parallel ", "Partial " … prefix), if it is a node name. */
    public static Optional<String> canonical(String name) {
        String prefix = "";
        String rest = name.strip().replaceAll("\\s+", " ");
        for (String candidate : PREFIXES) {
            if (rest.regionMatches(true, 0, candidate, 0, candidate.length())) {
                prefix = candidate;
                rest = rest.substring(candidate.length());
                break;
            }
        }
        String finalPrefix = prefix;
        String finalRest = rest;
        return all().stream().filter(known -> known.equalsIgnoreCase(finalRest)).findFirst().map(known -> finalPrefix + known);
    }

    /** Up to five known names that look like {@code typo}, closest first. */
    public static List<String> closeTo(String typo) {
        String wanted = typo.strip().toLowerCase(Locale.ROOT);
        List<String> close = new ArrayList<>();
        for (String known : all()) {
            String lower = known.toLowerCase(Locale.ROOT);
            int limit = Math.max(2, Math.min(wanted.length(), lower.length()) / 4);
            if (distance(wanted, lower) <= limit || (wanted.length() >= 4 && (lower.contains(wanted) || wanted.contains(lower)))) {
                close.add(known);
            }
        }
        close.sort(Comparator.comparingInt(known -> distance(wanted, known.toLowerCase(Locale.ROOT))));
        return close.subList(0, Math.min(5, close.size()));
    }

    /**
     * Whether {@code name} (canonical) names {@code node}: its JSON type ("Aggregate", "Hash Join"), its text name
     * ("HashAggregate", "Hash Anti Join", "Index Scan Backward") or that name without "Parallel "/"Partial "/"Finalize "
     * and " Backward" ("Seq Scan" also matches a Parallel Seq Scan). A prefixed name matches only prefixed nodes.
     */
    static boolean matches(String name, PlanNode node) {
        String display = node.displayName();
        return name.equalsIgnoreCase(node.nodeType()) || name.equalsIgnoreCase(display) || name.equalsIgnoreCase(bare(display));
    }

    private static String bare(String display) {
        String bare = display;
        for (String prefix : PREFIXES) {
            if (bare.startsWith(prefix)) {
                bare = bare.substring(prefix.length());
            }
        }
        return bare.replace(" Backward", "");
    }

    static String displayName(PlanNode node) {
        StringBuilder name = new StringBuilder();
        if (node.parallelAware()) {
            name.append("Parallel ");
        }
        if (Boolean.TRUE.equals(node.properties().get("Async Capable"))) {
            name.append("Async ");
        }
        name.append(baseName(node));
        if ("Backward".equals(node.scanDirection()) && node.nodeType().startsWith("Index")) {
            name.append(" Backward");
        }
        return name.toString();
    }

    private static String baseName(PlanNode node) {
        String type = node.nodeType();
        String partial = node.partialMode() == null || node.partialMode().equals("Simple") ? "" : node.partialMode() + " ";
        switch (type) {
            case "Aggregate":
                return partial + switch (String.valueOf(node.strategy())) {
                    case "Sorted" -> "GroupAggregate";
                    case "Hashed" -> "HashAggregate";
                    case "Mixed" -> "MixedAggregate";
                    default -> "Aggregate";
                };
            case "SetOp":
                return "Hashed".equals(node.strategy()) ? "HashSetOp" : "SetOp";
            case "ModifyTable":
                return node.operation() == null ? type : node.operation();
            case "Custom Scan":
                String provider = node.property("Custom Plan Provider");
                return provider == null ? type : type + " (" + provider + ")";
            case "Nested Loop", "Hash Join", "Merge Join":
                return joinName(type, node.joinType());
            default:
                return type;
        }
    }

    private static String joinName(String type, String joinType) {
        if (joinType == null || joinType.equals("Inner")) {
            return type;
        }
        String stem = type.equals("Nested Loop") ? type : type.substring(0, type.length() - " Join".length());
        return stem + " " + joinType + " Join";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
