package org.pgdrill.practice.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The result columns a query sorts by, read from EXPLAIN (VERBOSE, FORMAT JSON): the top Sort node's
 * keys matched against the plan's output expressions. Works where the ORDER BY text cannot be mapped
 * (ORDER BY count(*) DESC), as long as the sort is not below a node that reshapes the rows.
 */
final class PlanSortKeys {
    private static final Set<String> ROW_PRESERVING = Set.of("Limit", "Unique", "Result", "LockRows");
    private static final String[] MODIFIERS = {" NULLS FIRST", " NULLS LAST", " DESC", " ASC"};

    private PlanSortKeys() {
    }

    static List<Integer> of(JsonNode explain) {
        JsonNode root = explain.path(0).path("Plan");
        List<String> output = texts(root.path("Output"));
        JsonNode node = root;
        while (!node.isMissingNode()) {
            String type = node.path("Node Type").asText();
            if (type.equals("Sort") || type.equals("Incremental Sort")) {
                if (!texts(node.path("Output")).equals(output)) {
                    return List.of();
                }
                List<Integer> keys = new ArrayList<>();
                for (String key : texts(node.path("Sort Key"))) {
                    int index = output.indexOf(strip(key));
                    if (index < 0) {
                        return List.of();
                    }
                    keys.add(index);
                }
                return keys;
            }
            if (!ROW_PRESERVING.contains(type) || node.path("Plans").size() != 1) {
                return List.of();
            }
            node = node.path("Plans").path(0);
        }
        return List.of();
    }

    private static String strip(String key) {
        String text = key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String modifier : MODIFIERS) {
                if (text.endsWith(modifier)) {
                    text = text.substring(0, text.length() - modifier.length());
                    changed = true;
                }
            }
        }
        return text;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            texts.add(item.asText());
        }
        return texts;
    }
}
