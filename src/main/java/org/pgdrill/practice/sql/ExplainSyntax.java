package org.pgdrill.practice.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the head of an EXPLAIN statement in both forms PostgreSQL accepts: the legacy
 * {@code EXPLAIN [ANALYZE] [VERBOSE] statement} and {@code EXPLAIN (option [value], …) statement}.
 */
public final class ExplainSyntax {

    /**
     * An EXPLAIN's options and where the explained statement starts.
     *
     * @param options       the options in order; names upper-cased ({@code ANALYSE} is reported as {@code ANALYZE})
     * @param parenthesized true for the {@code EXPLAIN (…)} form
     * @param statement     the explained statement's text
     * @param statementOffset offset of {@code statement} in the EXPLAIN's text
     */
    public record Head(List<Option> options, boolean parenthesized, String statement, int statementOffset) {

        public Head {
            options = List.copyOf(options);
        }

        /** Whether the statement is executed: ANALYZE given and not set to false/off/0. */
        public boolean analyze() {
            return options.stream().anyMatch(option -> option.name().equals("ANALYZE") && option.isOn());
        }
    }

    /** One EXPLAIN option; {@code value} is its text ("" when only the name was given). */
    public record Option(String name, String value) {

        /** PostgreSQL's boolean option rule: no value, true, on or 1 switch it on. */
        public boolean isOn() {
            String normalized = value.replace("'", "").toLowerCase(Locale.ROOT);
            return normalized.isEmpty() || normalized.equals("true") || normalized.equals("on") || normalized.equals("1");
        }
    }

    private ExplainSyntax() {
    }

    /** The head of {@code statement} when it is an EXPLAIN, else empty. */
    public static Optional<Head> parse(String statement) {
        StatementTokens tokens = StatementTokens.of(statement);
        if (!tokens.word(0).equals("EXPLAIN")) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        int next;
        boolean parenthesized = tokens.isPunctuation(1, '(');
        if (parenthesized) {
            next = readOptions(tokens, options);
        } else {
            next = 1;
            if (tokens.word(next).equals("ANALYZE") || tokens.word(next).equals("ANALYSE")) {
                options.add(new Option("ANALYZE", ""));
                next++;
            }
            if (tokens.word(next).equals("VERBOSE")) {
                options.add(new Option("VERBOSE", ""));
                next++;
            }
        }
        int offset = next < tokens.size() ? tokens.get(next).start() : statement.length();
        return Optional.of(new Head(options, parenthesized, statement.substring(offset), offset));
    }

    private static int readOptions(StatementTokens tokens, List<Option> options) {
        int i = 2;
        while (i < tokens.size() && !tokens.isPunctuation(i, ')')) {
            String name = tokens.word(i).equals("ANALYSE") ? "ANALYZE" : tokens.get(i).text().toUpperCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i++;
            while (i < tokens.size() && !tokens.isPunctuation(i, ',') && !tokens.isPunctuation(i, ')')) {
                value.append(value.length() == 0 ? "" : " ").append(tokens.get(i).text());
                i++;
            }
            options.add(new Option(name, value.toString()));
            if (tokens.isPunctuation(i, ',')) {
                i++;
            }
        }
        return i + 1;
    }
}
