package org.pgdrill.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.pgdrill.practice.sql.SqlLexer;
import org.pgdrill.practice.sql.SqlToken;

/**
 * Syntax colours for SQL, from the same lexer that splits learner SQL (so dollar quotes, E'' strings and
 * nested comments colour exactly as PostgreSQL reads them). {@link #styles} is a pure function with
 * plain unit tests; the editor applies it after a pause in typing.
 */
public final class SqlHighlighter {
    public static final String KEYWORD = "sql-keyword";
    public static final String STRING = "sql-string";
    public static final String NUMBER = "sql-number";
    public static final String COMMENT = "sql-comment";
    public static final String OPERATOR = "sql-operator";
    public static final String META = "sql-meta";
    public static final String IDENTIFIER = "sql-identifier";

    private static final Set<String> KEYWORDS = Set.of(
            "select", "from", "where", "and", "or", "not", "in", "is", "null", "as", "on", "join", "inner", "left", "right", "full",
            "outer", "cross", "natural", "using", "group", "by", "having", "order", "asc", "desc", "nulls", "first", "last", "limit",
            "offset", "fetch", "next", "rows", "row", "only", "ties", "distinct", "all", "any", "some", "exists", "between", "like",
            "ilike", "similar", "case", "when", "then", "else", "end", "union", "intersect", "except", "with", "recursive",
            "materialized", "insert", "into", "values", "default", "update", "set", "delete", "returning", "conflict", "do",
            "nothing", "merge", "matched", "create", "alter", "drop", "table", "index", "view", "sequence", "schema", "function",
            "procedure", "trigger", "type", "domain", "extension", "if", "primary", "key", "foreign", "references", "unique",
            "check", "constraint", "cascade", "restrict", "add", "column", "rename", "to", "grant", "revoke", "role", "user",
            "begin", "commit", "rollback", "savepoint", "transaction", "explain", "analyze", "verbose", "buffers", "format",
            "vacuum", "lock", "for", "share", "no", "nowait", "skip", "locked", "over", "partition", "window", "range", "groups",
            "preceding", "following", "current", "unbounded", "filter", "within", "lateral", "true", "false", "cast", "collate",
            "array", "interval", "date", "time", "timestamp", "zone", "at", "returns", "language", "security", "definer",
            "invoker", "policy", "concurrently", "include", "tablespace", "truncate", "copy", "call", "execute", "declare",
            "instead", "of", "each", "statement", "before", "after", "temporary", "temp", "unlogged", "generated", "always",
            "identity", "stored", "enable", "disable", "force", "level", "deferrable", "initially", "deferred", "immediate",
            "valid", "validate", "refresh", "data", "tablesample", "escape", "overriding", "system", "value", "show", "reset");

    private SqlHighlighter() {
    }

    /** Style classes for every character of {@code text}. */
    public static StyleSpans<Collection<String>> styles(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int position = 0;
        for (SqlToken token : SqlLexer.tokenize(text)) {
            if (token.start() > position) {
                spans.add(List.of(), token.start() - position);
            }
            String style = styleOf(token);
            spans.add(style == null ? List.of() : List.of(style), token.end() - token.start());
            position = token.end();
        }
        spans.add(List.of(), Math.max(0, text.length() - position));
        return spans.create();
    }

    /** The style of one token, or null for none. */
    static String styleOf(SqlToken token) {
        return switch (token.kind()) {
            case WORD -> KEYWORDS.contains(token.text().toLowerCase(Locale.ROOT)) ? KEYWORD : null;
            case QUOTED_IDENTIFIER -> IDENTIFIER;
            case STRING, DOLLAR_STRING -> STRING;
            case NUMBER, PARAMETER -> NUMBER;
            case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
            case OPERATOR -> OPERATOR;
            case META_COMMAND -> META;
            case PUNCTUATION -> null;
        };
    }

    /** Read-only highlighted SQL, for code blocks in lessons. */
    public static TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        int position = 0;
        for (SqlToken token : SqlLexer.tokenize(text)) {
            if (token.start() > position) {
                flow.getChildren().add(codeText(text.substring(position, token.start()), null));
            }
            flow.getChildren().add(codeText(token.text(), styleOf(token)));
            position = token.end();
        }
        if (position < text.length()) {
            flow.getChildren().add(codeText(text.substring(position), null));
        }
        return flow;
    }

    private static Text codeText(String content, String style) {
        Text text = new Text(content);
        text.getStyleClass().add("sql-text");
        if (style != null) {
            text.getStyleClass().add(style);
        }
        return text;
    }
}
