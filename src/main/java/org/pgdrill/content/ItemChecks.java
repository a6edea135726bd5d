package org.pgdrill.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field checks every DTO-to-record mapping shares, reporting into one file's problems. A value
 * that fails a check is reported and returned as {@code null}; the caller then drops the item.
 */
final class ItemChecks {
    static final Pattern ITEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern DATASET_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9][a-z0-9._/-]*");
    static final int MAX_ID_LENGTH = 100;

    private final Problems.InFile problems;

    ItemChecks(Problems.InFile problems) {
        this.problems = problems;
    }

    Problems.InFile problems() {
        return problems;
    }

    void report(int line, String message) {
        problems.add(line, message);
    }

    /** The text of a required key, or {@code null} after reporting "missing 'key' in what". */
    String required(Located item, String key, String value, String what) {
        if (value == null || value.isBlank()) {
            problems.add(value == null ? item.line : item.lineOf(key), "missing '" + key + "' in " + what);
            return null;
        }
        return value.strip();
    }

    /** Optional text: empty when absent. */
    static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    /** An id that must match {@code pattern}; {@code null} after reporting. */
    String id(Located item, String key, String value, Pattern pattern, String what) {
        String id = required(item, key, value, what);
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID_LENGTH || !pattern.matcher(id).matches()) {
            problems.add(item.lineOf(key), "'" + key + "' '" + id + "' is not a valid id — use lowercase letters, digits and "
                    + allowedPunctuation(pattern) + ", starting with a letter or digit (at most " + MAX_ID_LENGTH + " characters)");
            return null;
        }
        return id;
    }

    private static String allowedPunctuation(Pattern pattern) {
        if (pattern == EXERCISE_ID) {
            return "'-', '.', '_', '/'";
        }
        return pattern == DATASET_ID ? "'-', '_'" : "'-'";
    }

    /** A list of texts, each non-blank; {@code null} entries and blank ones are reported. */
    List<String> texts(Located item, String key, List<String> values, String what) {
        if (values == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                problems.add(item.lineOf(key), "entry " + (i + 1) + " of '" + key + "' in " + what + " is empty — remove it or write it");
            } else {
                texts.add(value.strip());
            }
        }
        return texts;
    }

    /** A lowercase keyword from a fixed set; {@code null} after reporting. */
    String oneOf(Located item, String key, String value, Collection<String> allowed, String what) {
        String word = required(item, key, value, what);
        if (word == null) {
            return null;
        }
        if (!allowed.contains(word)) {
            problems.add(item.lineOf(key), "'" + key + "' is '" + word + "' in " + what + Suggestions.hint(word, allowed));
            return null;
        }
        return word;
    }

    /** Tracks ids within one scope (a lesson, a pack) and reports a second use with where the first was. */
    static final class UniqueIds {
        private final String kind;
        private final Map<String, String> firstSeen = new HashMap<>();

        UniqueIds(String kind) {
            this.kind = kind;
        }

        /** True when {@code id} is new; otherwise reports "duplicate kind id 'x' (also in file:line)". */
        boolean add(String id, Problems.InFile problems, int line) {
            String earlier = firstSeen.putIfAbsent(id, problems.where(line));
            if (earlier != null) {
                problems.add(line, "duplicate " + kind + " id '" + id + "' (also in " + earlier + ") — ids must be unique; rename one");
                return false;
            }
            return true;
        }
    }
}
