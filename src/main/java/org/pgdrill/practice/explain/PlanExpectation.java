package org.pgdrill.practice.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pgdrill.practice.sql.SqlLexer;
import org.pgdrill.practice.sql.SqlToken;
import org.pgdrill.practice.sql.TokenKind;

/**
 * One plan property an exercise requires or forbids, written {@code <Node Type> [using <index>] [on <table>]}:
 * "Index Scan using members_pkey on members", "Seq Scan on shop.orders", "Hash Join". Node names are
 * PostgreSQL's, as EXPLAIN shows them, in any case; names follow SQL rules (unquoted names fold to lower
 * case, "Quoted" names keep theirs).
 *
 * @param nodeName the node name, canonically spelled ("HashAggregate", "Parallel Seq Scan")
 * @param index    the index it must use
 * @param schema   the table's schema, when the expectation names one
 * @param table    the relation, function or CTE the node reads
 */
public record PlanExpectation(String nodeName, Optional<String> index, Optional<String> schema, Optional<String> table) {
    private static final String GRAMMAR = "write <Node Type> [using <index>] [on <table>], e.g. \"Index Scan using members_pkey on members\"";
    private static final Set<String> INDEX_NODES = Set.of("index scan", "index only scan", "bitmap index scan", "index scan backward",
            "index only scan backward");

    /**
     * Reads one expectation.
     *
     * @throws PlanExpectationException naming the text and what is wrong; an unknown node name lists close ones
     */
    public static PlanExpectation parse(String text) {
        List<SqlToken> tokens = SqlLexer.tokenize(text).stream().filter(token -> !token.kind().isComment()).toList();
        int at = 0;
        List<String> words = new ArrayList<>();
        while (at < tokens.size() && tokens.get(at).kind() == TokenKind.WORD && !tokens.get(at).isWord("using") && !tokens.get(at).isWord("on")) {
            words.add(tokens.get(at++).text());
        }
        if (words.isEmpty()) {
            throw new PlanExpectationException("Cannot read the plan expectation \"" + text.strip() + "\": " + GRAMMAR + ".");
        }
        String written = String.join(" ", words);
        String nodeName = NodeNames.canonical(written).orElseThrow(() -> unknownNode(written, text));
        String index = null;
        String schema = null;
        String table = null;
        if (at < tokens.size() && tokens.get(at).isWord("using")) {
            index = name(tokens, ++at, text, "an index name after \"using\"");
            at++;
            if (!INDEX_NODES.contains(nodeName.toLowerCase(Locale.ROOT).replaceFirst("^parallel ", ""))) {
                throw new PlanExpectationException("In \"" + text.strip() + "\": " + nodeName + " never uses an index; use Index Scan, "
                        + "Index Only Scan or Bitmap Index Scan with \"using " + index + "\", or leave out \"using " + index + "\".");
            }
        }
        if (at < tokens.size() && tokens.get(at).isWord("on")) {
            table = name(tokens, ++at, text, "a table name after \"on\"");
            at++;
            if (at + 1 < tokens.size() && tokens.get(at).isPunctuation('.')) {
                schema = table;
                table = name(tokens, at + 1, text, "a table name after \"" + schema + ".\"");
                at += 2;
            }
        }
        if (at < tokens.size()) {
            throw new PlanExpectationException("Cannot read the plan expectation \"" + text.strip() + "\" from \""
                    + text.substring(tokens.get(at).start()).strip() + "\" on: " + GRAMMAR + ".");
        }
        return new PlanExpectation(nodeName, Optional.ofNullable(index), Optional.ofNullable(schema), Optional.ofNullable(table));
    }

    private static PlanExpectationException unknownNode(String written, String text) {
        List<String> close = NodeNames.closeTo(written);
        String hint = close.isEmpty() ? "Write a node name as EXPLAIN shows it, e.g. Seq Scan, Index Scan, Hash Join, HashAggregate."
                : "Did you mean " + String.join(", ", close) + "?";
        return new PlanExpectationException("Unknown plan node \"" + written + "\" in \"" + text.strip() + "\". " + hint);
    }

    private static String name(List<SqlToken> tokens, int at, String text, String expected) {
        if (at >= tokens.size()) {
            throw new PlanExpectationException("The plan expectation \"" + text.strip() + "\" ends too early: expected " + expected + ".");
        }
        SqlToken token = tokens.get(at);
        if (token.kind() == TokenKind.WORD) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        if (token.kind() == TokenKind.QUOTED_IDENTIFIER && token.terminated() && token.text().startsWith("\"")) {
            return token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"");
        }
        throw new PlanExpectationException("In \"" + text.strip() + "\": expected " + expected + ", found \"" + token.text() + "\".");
    }

    /** "Index Scan using members_pkey on shop.members", as the author meant it. */
    public String describe() {
        StringBuilder text = new StringBuilder(nodeName);
        index.ifPresent(name -> text.append(" using ").append(Identifiers.quote(name)));
        table.ifPresent(name -> text.append(" on ").append(schema.map(s -> Identifiers.quote(s) + ".").orElse("")).append(Identifiers.quote(name)));
        return text.toString();
    }

    /**
     * Whether {@code node} satisfies this expectation. A Bitmap Index Scan reads the table of the Bitmap Heap
     * Scan above it, given as {@code heapScan} (null for other nodes). A schema is compared only when the plan
     * reports one (VERBOSE).
     */
    boolean matches(PlanNode node, PlanNode heapScan) {
        if (!NodeNames.matches(nodeName, node) || index.isPresent() && !index.get().equals(node.indexName())) {
            return false;
        }
        if (table.isEmpty()) {
            return true;
        }
        PlanNode reader = node.nodeType().equals("Bitmap Index Scan") && heapScan != null ? heapScan : node;
        boolean sameSchema = schema.isEmpty() || reader.schema() == null || schema.get().equals(reader.schema());
        return table.get().equals(reader.objectName()) && sameSchema;
    }
}
