package org.pgdrill.practice.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;

/** Compares a learner's result with the reference's and says, in a learner's words, what differs. */
final class ResultComparison {
    private static final int SHOWN_ROWS = 5;

    /** What differs: one sentence, then details (rows, cells). */
    record Difference(String summary, List<String> details) {
    }

    private ResultComparison() {
    }

    /** How a summary names the two sides: a query's result, or a table after the learner's statements. */
    record Wording(String yours, String theirs) {
        static final Wording QUERY = new Wording("Your query returns", "the expected result has");
        static final Wording TABLE = new Wording("It has", "it should have");
    }

    static Optional<Difference> compare(ResultTable expected, ResultTable actual, CompareOptions options) {
        return compare(expected, actual, options, Wording.QUERY);
    }

    static Optional<Difference> compare(ResultTable expected, ResultTable actual, CompareOptions options, Wording wording) {
        if (expected.columnCount() != actual.columnCount()) {
            return Optional.of(new Difference("Your result has " + plural(actual.columnCount(), "column") + "; the expected result has "
                    + expected.columnCount() + " (" + names(expected) + ").", List.of("Your columns: " + names(actual) + ".")));
        }
        if (options.compareNames()) {
            for (int i = 0; i < expected.columnCount(); i++) {
                String want = expected.columns().get(i).name();
                String got = actual.columns().get(i).name();
                if (!want.equals(got)) {
                    return Optional.of(new Difference("Column " + (i + 1) + " is called \"" + got + "\"; the exercise asks for \"" + want + "\".",
                            List.of("Use AS to name a column: … AS " + want)));
                }
            }
        }
        boolean[] approximate = new boolean[expected.columnCount()];
        boolean[] padded = new boolean[expected.columnCount()];
        for (int i = 0; i < approximate.length; i++) {
            approximate[i] = isFloat(expected.columns().get(i)) || isFloat(actual.columns().get(i));
            padded[i] = isPadded(expected.columns().get(i)) || isPadded(actual.columns().get(i));
        }
        List<String> expectedKeys = keys(expected, approximate, padded);
        List<String> actualKeys = keys(actual, approximate, padded);
        Map<String, Integer> missing = counts(expectedKeys);
        Map<String, Integer> extra = counts(actualKeys);
        for (String key : actualKeys) {
            if (missing.merge(key, -1, Integer::sum) < 0) {
                missing.merge(key, 1, Integer::sum);
            } else {
                extra.merge(key, -1, Integer::sum);
            }
        }
        missing.values().removeIf(count -> count <= 0);
        extra.values().removeIf(count -> count <= 0);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            if (!tiedAtTheLimit(expected, actual, missing, extra, expectedKeys, actualKeys, options, approximate, padded)) {
                return Optional.of(rowsDiffer(expected, actual, expectedKeys, actualKeys, missing, extra, wording));
            }
        }
        if (options.orderMatters()) {
            return orderDiffers(expected, actual, expectedKeys, actualKeys, options, approximate, padded);
        }
        return Optional.empty();
    }

    private static boolean isFloat(ResultColumn column) {
        String type = column.typeName().toLowerCase(Locale.ROOT);
        return type.equals("float4") || type.equals("float8") || type.equals("_float4") || type.equals("_float8");
    }

    private static boolean isPadded(ResultColumn column) {
        return column.typeName().equalsIgnoreCase("bpchar");
    }

    private static List<String> keys(ResultTable table, boolean[] approximate, boolean[] padded) {
        List<String> keys = new ArrayList<>(table.rowCount());
        for (List<Object> row : table.rows()) {
            keys.add(rowKey(row, approximate, padded, null));
        }
        return keys;
    }

    private static String rowKey(List<Object> row, boolean[] approximate, boolean[] padded, List<Integer> onlyColumns) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (onlyColumns == null || onlyColumns.contains(i)) {
                key.append(CellKey.of(row.get(i), approximate[i], padded[i])).append('\u0002');
            }
        }
        return key.toString();
    }

    private static Map<String, Integer> counts(List<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String key : keys) {
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * With ORDER BY … LIMIT, rows tied with the last row on the ORDER BY keys are interchangeable: a learner
     * returning another of the tied rows is right.
     */
    private static boolean tiedAtTheLimit(ResultTable expected, ResultTable actual, Map<String, Integer> missing, Map<String, Integer> extra,
                                          List<String> expectedKeys, List<String> actualKeys, CompareOptions options,
                                          boolean[] approximate, boolean[] padded) {
        if (!options.referenceLimit() || options.orderKeys().isEmpty() || expected.rowCount() == 0
                || expected.rowCount() != actual.rowCount()) {
            return false;
        }
        String boundary = rowKey(expected.rows().get(expected.rowCount() - 1), approximate, padded, options.orderKeys());
        for (int i = 0; i < expected.rowCount(); i++) {
            if (missing.containsKey(expectedKeys.get(i))
                    && !rowKey(expected.rows().get(i), approximate, padded, options.orderKeys()).equals(boundary)) {
                return false;
            }
        }
        for (int i = 0; i < actual.rowCount(); i++) {
            if (extra.containsKey(actualKeys.get(i))
                    && !rowKey(actual.rows().get(i), approximate, padded, options.orderKeys()).equals(boundary)) {
                return false;
            }
        }
        return true;
    }

    private static Difference rowsDiffer(ResultTable expected, ResultTable actual, List<String> expectedKeys, List<String> actualKeys,
                                         Map<String, Integer> missing, Map<String, Integer> extra, Wording wording) {
        int missingCount = missing.values().stream().mapToInt(Integer::intValue).sum();
        int extraCount = extra.values().stream().mapToInt(Integer::intValue).sum();
        String summary;
        if (expected.rowCount() != actual.rowCount()) {
            summary = wording.yours() + " " + plural(actual.rowCount(), "row") + "; " + wording.theirs() + " " + expected.rowCount() + ".";
        } else {
            summary = wording.yours() + " the right number of rows, but " + plural(missingCount, "row") + (missingCount == 1 ? " differs." : " differ.");
        }
        List<String> details = new ArrayList<>();
        List<List<Object>> missingRows = rows(expected, expectedKeys, missing);
        List<List<Object>> extraRows = rows(actual, actualKeys, extra);
        if (!missingRows.isEmpty()) {
            details.add(plural(missingCount, "expected row") + " missing: " + show(missingRows, missingCount));
        }
        if (!extraRows.isEmpty()) {
            details.add(plural(extraCount, "row") + " that should not be there: " + show(extraRows, extraCount));
        }
        firstDifferingCell(expected, missingRows, extraRows).ifPresent(details::add);
        return new Difference(summary, details);
    }

    private static List<List<Object>> rows(ResultTable table, List<String> keys, Map<String, Integer> wanted) {
        Map<String, Integer> left = new LinkedHashMap<>(wanted);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount() && rows.size() < SHOWN_ROWS; i++) {
            Integer count = left.get(keys.get(i));
            if (count != null && count > 0) {
                left.put(keys.get(i), count - 1);
                rows.add(table.rows().get(i));
            }
        }
        return rows;
    }

    /** Pairs the first missing row with the most similar extra row and names the first cell that differs. */
    private static Optional<String> firstDifferingCell(ResultTable expected, List<List<Object>> missing, List<List<Object>> extra) {
        if (missing.isEmpty() || extra.isEmpty()) {
            return Optional.empty();
        }
        List<Object> want = missing.get(0);
        List<Object> best = null;
        int bestSame = -1;
        for (List<Object> candidate : extra) {
            int same = 0;
            for (int i = 0; i < want.size(); i++) {
                if (CellKey.of(want.get(i), true, true).equals(CellKey.of(candidate.get(i), true, true))) {
                    same++;
                }
            }
            if (same > bestSame) {
                bestSame = same;
                best = candidate;
            }
        }
        for (int i = 0; i < want.size(); i++) {
            Object w = want.get(i);
            Object g = best.get(i);
            if (!CellKey.of(w, true, true).equals(CellKey.of(g, true, true))) {
                String column = expected.columns().get(i).name();
                String text = "First difference: column " + (i + 1) + " (" + column + ") is " + CellKey.display(g) + " where "
                        + CellKey.display(w) + " is expected";
                if (CellKey.display(w).equals(CellKey.display(g)) || w != null && g != null && !CellKey.kind(w).equals(CellKey.kind(g))) {
                    text += " (" + CellKey.kind(g) + " where " + CellKey.kind(w) + " is expected)";
                }
                return Optional.of(text + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> orderDiffers(ResultTable expected, ResultTable actual, List<String> expectedKeys,
                                                     List<String> actualKeys, CompareOptions options, boolean[] approximate, boolean[] padded) {
        for (int i = 0; i < expected.rowCount(); i++) {
            boolean same;
            if (options.orderKeys().isEmpty()) {
                same = expectedKeys.get(i).equals(actualKeys.get(i));
            } else {
                same = rowKey(expected.rows().get(i), approximate, padded, options.orderKeys())
                        .equals(rowKey(actual.rows().get(i), approximate, padded, options.orderKeys()));
            }
            if (!same) {
                return Optional.of(new Difference("The rows are right but not in the expected order.",
                        List.of("Row " + (i + 1) + " is " + show(List.of(actual.rows().get(i)), 1) + "; expected "
                                + show(List.of(expected.rows().get(i)), 1) + ". Check the ORDER BY.")));
            }
        }
        return Optional.empty();
    }

    static String show(List<List<Object>> rows, int total) {
        String shown = rows.stream().map(row -> row.stream().map(CellKey::display).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(" "));
        return total > rows.size() ? shown + " … and " + (total - rows.size()) + " more" : shown;
    }

    private static String names(ResultTable table) {
        return table.columns().stream().map(ResultColumn::name).collect(Collectors.joining(", "));
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
