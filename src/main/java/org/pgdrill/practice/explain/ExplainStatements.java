package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.practice.sql.ExplainSyntax;

/**
 * Builds the EXPLAIN statements the sandbox runs so it can show a plan as a tree: a learner's own
 * EXPLAIN rewritten to FORMAT JSON with their other options kept, and an EXPLAIN for a plain statement.
 */
public final class ExplainStatements {

    /**
     * An EXPLAIN ready to run.
     *
     * @param sql       the EXPLAIN statement with FORMAT JSON
     * @param analyze   whether it executes the statement (the sandbox must run it inside the rolled-back transaction)
     * @param statement the statement being explained
     */
    public record JsonExplain(String sql, boolean analyze, String statement) {
    }

    private ExplainStatements() {
    }

    /**
     * The learner's EXPLAIN with FORMAT JSON: {@code EXPLAIN ANALYZE VERBOSE q} becomes
     * {@code EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) q}; {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) q}
     * becomes {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) q}. Empty when the statement is not an EXPLAIN
     * or explains nothing.
     */
    public static Optional<JsonExplain> asJson(String explainStatement) {
        Optional<ExplainSyntax.Head> parsed = ExplainSyntax.parse(explainStatement);
        if (parsed.isEmpty() || parsed.get().statement().isBlank()) {
            return Optional.empty();
        }
        ExplainSyntax.Head head = parsed.get();
        List<String> options = new ArrayList<>();
        for (ExplainSyntax.Option option : head.options()) {
            if (!option.name().equals("FORMAT")) {
                options.add(option.value().isEmpty() ? option.name() : option.name() + " " + option.value());
            }
        }
        options.add("FORMAT JSON");
        return Optional.of(new JsonExplain("EXPLAIN (" + String.join(", ", options) + ") " + head.statement(), head.analyze(),
                head.statement()));
    }

    /** {@code EXPLAIN (FORMAT JSON[, ANALYZE]) statement} for a statement the learner ran without EXPLAIN. */
    public static JsonExplain forStatement(String statement, boolean analyze) {
        return new JsonExplain("EXPLAIN (FORMAT JSON" + (analyze ? ", ANALYZE" : "") + ") " + statement, analyze, statement);
    }

    /**
     * The EXPLAIN a plan exercise is checked with: VERBOSE, so that plans name each table's schema and
     * schema-qualified expectations are checked exactly.
     */
    public static JsonExplain forPlanCheck(String statement, boolean analyze) {
        return new JsonExplain("EXPLAIN (FORMAT JSON, VERBOSE" + (analyze ? ", ANALYZE" : "") + ") " + statement, analyze, statement);
    }
}
