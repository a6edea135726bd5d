package org.pgdrill.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and checks plan expectation entries: {@code <Node Type> [using <index>] [on <table>]}. */
final class PlanPatterns {
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?<type>[A-Za-z][A-Za-z ]*?)(?:\\s+using\\s+(?<index>[A-Za-z_][A-Za-z0-9_$]*))?(?:\\s+on\\s+(?<table>[A-Za-z_][A-Za-z0-9_$]*))?");
    private static final String PARALLEL = "Parallel ";

    /** Node types as EXPLAIN shows them (text format), plus the JSON-only spellings. */
    static final List<String> NODE_TYPES = List.of("Aggregate", "Append", "Bitmap Heap Scan", "Bitmap Index Scan", "BitmapAnd",
            "BitmapOr", "CTE Scan", "Custom Scan", "Delete", "Foreign Scan", "Function Scan", "Gather", "Gather Merge", "Group",
            "GroupAggregate", "Hash", "Hash Join", "HashAggregate", "HashSetOp", "Incremental Sort", "Index Only Scan", "Index Scan",
            "Insert", "Limit", "LockRows", "Materialize", "Memoize", "Merge", "Merge Append", "Merge Join", "MixedAggregate",
            "ModifyTable", "Named Tuplestore Scan", "Nested Loop", "ProjectSet", "Recursive Union", "Result", "Sample Scan",
            "Seq Scan", "SetOp", "Sort", "Subquery Scan", "Table Function Scan", "Tid Range Scan", "Tid Scan", "Unique", "Update",
            "Values Scan", "WindowAgg", "WorkTable Scan");
    private static final Set<String> USES_INDEX = Set.of("Index Scan", "Index Only Scan", "Bitmap Index Scan");
    private static final Set<String> READS_TABLE = Set.of("Seq Scan", "Sample Scan", "Index Scan", "Index Only Scan",
            "Bitmap Heap Scan", "Tid Scan", "Tid Range Scan", "Foreign Scan", "Insert", "Update", "Delete", "Merge");

    private PlanPatterns() {
    }

    /** The pattern, or {@code null} after reporting what is wrong with {@code text}. */
    static PlanNodePattern parse(String text, String key, int line, String what, ItemChecks checks) {
        Matcher matcher = GRAMMAR.matcher(text.strip());
        if (!matcher.matches()) {
            checks.report(line, "'" + key + "' entry '" + text + "' of " + what
                    + " is not '<Node Type> [using <index>] [on <table>]', e.g. 'Index Scan using orders_pkey on orders'");
            return null;
        }
        String type = matcher.group("type").strip().replaceAll("\\s+", " ");
        String baseType = type.startsWith(PARALLEL) ? type.substring(PARALLEL.length()) : type;
        if (!NODE_TYPES.contains(baseType)) {
            checks.report(line, "'" + key + "' entry '" + text + "' of " + what + ": '" + baseType + "' is not a plan node type"
                    + Suggestions.closest(baseType, NODE_TYPES).map(match -> " — did you mean '" + match + "'?")
                            .orElse(" — write it as EXPLAIN shows it, e.g. 'Seq Scan', 'Index Only Scan', 'Hash Join'"));
            return null;
        }
        Optional<String> index = Optional.ofNullable(matcher.group("index"));
        Optional<String> table = Optional.ofNullable(matcher.group("table"));
        if (index.isPresent() && !USES_INDEX.contains(baseType)) {
            checks.report(line, "'" + key + "' entry '" + text + "' of " + what + ": a " + baseType
                    + " uses no index — 'using' goes with Index Scan, Index Only Scan or Bitmap Index Scan");
            return null;
        }
        if (table.isPresent() && !READS_TABLE.contains(baseType)) {
            String advice = baseType.equals("Bitmap Index Scan")
                    ? " — name its index with 'using'; the table is read by the Bitmap Heap Scan above it"
                    : " — 'on' goes with nodes that read a table, such as Seq Scan or Index Scan";
            checks.report(line, "'" + key + "' entry '" + text + "' of " + what + ": a " + baseType + " reads no table" + advice);
            return null;
        }
        return new PlanNodePattern(type, index, table);
    }
}
