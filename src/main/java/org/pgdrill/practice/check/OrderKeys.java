package org.pgdrill.practice.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pgdrill.practice.ResultColumn;

/**
 * Reads the top-level ORDER BY of a reference query and maps its keys to result columns, so rows that
 * tie on those keys may come in any order. Keys that are not output columns (expressions, columns not
 * selected) cannot be mapped; then the order is compared row by row.
 */
final class OrderKeys {
    private static final Set<String> CLAUSE_END = Set.of("limit", "offset", "fetch", "for", ";");

    /**
     * @param columns    result columns of the ORDER BY keys, when all could be mapped; else empty
     * @param hasLimit   the query ends in LIMIT/FETCH
     * @param hasOrderBy the query has a top-level ORDER BY at all; without one its row order is undefined
     */
    record Resolved(List<Integer> columns, boolean hasLimit, boolean hasOrderBy) {
    }

    private OrderKeys() {
    }

    static Resolved resolve(String query, List<ResultColumn> columns) {
        List<String> tokens = ComparisonLiterals.tokens(query);
        int depth = 0;
        int orderBy = -1;
        boolean limit = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).toLowerCase(Locale.ROOT);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            } else if (depth == 0 && token.equals("order") && i + 1 < tokens.size() && tokens.get(i + 1).equalsIgnoreCase("by")) {
                orderBy = i + 2;
            } else if (depth == 0 && (token.equals("limit") || token.equals("fetch"))) {
                limit = true;
            } else if (depth == 0 && (token.equals("union") || token.equals("intersect") || token.equals("except"))) {
                orderBy = -1; // an ORDER BY before a set operation belongs to a branch
            }
        }
        if (orderBy < 0) {
            return new Resolved(List.of(), limit, false);
        }
        List<List<String>> keys = new ArrayList<>();
        List<String> current = new ArrayList<>();
        depth = 0;
        for (int i = orderBy; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String lower = token.toLowerCase(Locale.ROOT);
            if (depth == 0 && CLAUSE_END.contains(lower)) {
                break;
            }
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            }
            if (depth == 0 && token.equals(",")) {
                keys.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        keys.add(current);
        List<Integer> resolved = new ArrayList<>();
        for (List<String> key : keys) {
            int column = column(stripModifiers(key), columns);
            if (column < 0) {
                return new Resolved(List.of(), limit, true);
            }
            resolved.add(column);
        }
        return new Resolved(resolved, limit, true);
    }

    private static List<String> stripModifiers(List<String> key) {
        List<String> expression = new ArrayList<>(key);
        while (!expression.isEmpty()) {
            String last = expression.get(expression.size() - 1).toLowerCase(Locale.ROOT);
            if (last.equals("asc") || last.equals("desc") || last.equals("first") || last.equals("last") || last.equals("nulls")) {
                expression.remove(expression.size() - 1);
            } else {
                break;
            }
        }
        return expression;
    }

    private static int column(List<String> expression, List<ResultColumn> columns) {
        if (expression.size() != 1) {
            return -1;
        }
        String token = expression.get(0);
        if (token.chars().allMatch(Character::isDigit)) {
            int position = Integer.parseInt(token) - 1;
            return position >= 0 && position < columns.size() ? position : -1;
        }
        String name = token.contains(".") ? token.substring(token.lastIndexOf('.') + 1) : token;
        String wanted = name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.toLowerCase(Locale.ROOT);
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(wanted)) {
                if (found >= 0) {
                    return -1; // ambiguous
                }
                found = i;
            }
        }
        return found;
    }
}
