package org.pgdrill.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a SQL script creates, found by reading its CREATE TABLE statements (schema-qualified, or
 * placed by the script's own {@code SET search_path}). Used to check, without a server, that a state
 * exercise compares tables that will exist.
 */
final class CreatedTables {
    private final Set<String> qualified = new HashSet<>();

    /** Reads {@code sql}; unqualified tables go into {@code defaultSchema} unless the script sets search_path. */
    static CreatedTables scan(String sql, String defaultSchema) {
        CreatedTables tables = new CreatedTables();
        tables.add(sql, defaultSchema);
        return tables;
    }

    void add(String sql, String defaultSchema) {
        List<String> words = SqlWords.of(sql);
        String schema = defaultSchema;
        boolean statementStart = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(";")) {
                statementStart = true;
                continue;
            }
            if (statementStart && word.equals("create")) {
                createdAt(words, i + 1, schema);
            } else if (statementStart && word.equals("set")) {
                schema = searchPathAt(words, i + 1).orElse(schema);
            }
            statementStart = false;
        }
    }

    private void createdAt(List<String> words, int start, String schema) {
        int i = start;
        while (i < words.size() && List.of("or", "replace", "global", "local", "temp", "temporary", "unlogged").contains(words.get(i))) {
            i++;
        }
        if (i >= words.size() || !words.get(i).equals("table")) {
            return;
        }
        i++;
        if (i + 2 < words.size() && words.get(i).equals("if") && words.get(i + 1).equals("not") && words.get(i + 2).equals("exists")) {
            i += 3;
        }
        if (i >= words.size()) {
            return;
        }
        if (i + 2 < words.size() && words.get(i + 1).equals(".")) {
            qualified.add(words.get(i) + "." + words.get(i + 2));
        } else {
            qualified.add(schema + "." + words.get(i));
        }
    }

    private static Optional<String> searchPathAt(List<String> words, int start) {
        int i = start;
        if (i < words.size() && (words.get(i).equals("session") || words.get(i).equals("local"))) {
            i++;
        }
        if (i + 2 < words.size() && words.get(i).equals("search_path") && (words.get(i + 1).equals("to") || words.get(i + 1).equals("="))) {
            return Optional.of(words.get(i + 2));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code table} ("orders" or "shop.orders") was created: a qualified name must match exactly,
     * an unqualified one in any schema of {@code searchPath} (the learner's search_path, then public).
     */
    boolean creates(String table, List<String> searchPath) {
        String name = table.strip().toLowerCase(Locale.ROOT);
        if (name.contains(".")) {
            return qualified.contains(name);
        }
        for (String schema : searchPath) {
            if (qualified.contains(schema.toLowerCase(Locale.ROOT) + "." + name)) {
                return true;
            }
        }
        return qualified.contains("public." + name);
    }

    void addAll(CreatedTables other) {
        qualified.addAll(other.qualified);
    }

    Set<String> names() {
        return Set.copyOf(qualified);
    }
}
