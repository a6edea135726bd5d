package org.pgdrill.practice.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a learner's script into statements where psql would: at semicolons outside quotes,
 * dollar quotes, comments and parentheses, and outside the {@code BEGIN ATOMIC … END} body of a
 * {@code CREATE FUNCTION} or {@code CREATE PROCEDURE} (SQL-standard bodies contain semicolons).
 * A backslash outside quotes starts a psql meta-command that runs to the end of its line; it also
 * ends a statement in progress. The last statement needs no semicolon.
 */
public final class SqlSplitter {
    /** How many leading words a {@link SqlStatement} keeps. */
    public static final int LEADING_KEYWORDS = 8;

    private SqlSplitter() {
    }

    public static SplitResult split(String script) {
        LineIndex lines = new LineIndex(script);
        List<SqlStatement> statements = new ArrayList<>();
        List<SplitProblem> problems = new ArrayList<>();
        StatementBuilder current = new StatementBuilder();
        for (SqlToken token : SqlLexer.tokenize(script)) {
            if (!token.terminated()) {
                problems.add(unterminated(token, lines));
            }
            if (token.kind() == TokenKind.META_COMMAND) {
                current.finishInto(statements, script, lines);
                TextPosition at = lines.positionOf(token.start());
                statements.add(new SqlStatement(token.text(), token.start(), token.end(), at.line(), at.column(), true, List.of()));
            } else if (token.kind().isComment()) {
                continue;
            } else if (token.isPunctuation(';') && current.atTopLevel()) {
                current.finishInto(statements, script, lines);
            } else {
                current.add(token);
            }
        }
        current.finishInto(statements, script, lines);
        return new SplitResult(script, statements, problems);
    }

    private static SplitProblem unterminated(SqlToken token, LineIndex lines) {
        TextPosition at = lines.positionOf(token.start());
        String where = "that starts at " + at;
        String message = switch (token.kind()) {
            case DOLLAR_STRING -> {
                String delimiter = token.text().substring(0, token.text().indexOf('$', 1) + 1);
                yield "Unterminated dollar-quoted string " + where + ": close it with " + delimiter + ".";
            }
            case BLOCK_COMMENT -> "Unterminated comment " + where + ": close it with */ (comments nest, so every /* needs its own */).";
            case QUOTED_IDENTIFIER -> "Unterminated quoted identifier " + where + ": close it with \".";
            case STRING -> token.text().charAt(0) == 'E' || token.text().charAt(0) == 'e'
                    ? "Unterminated string E'…' " + where + ": close it with ' (inside E'…' a backslash escapes the next character, so \\' does not close it)."
                    : "Unterminated quoted string " + where + ": close it with ' (write '' for a quote inside the string).";
            default -> "Unterminated text " + where + ".";
        };
        return new SplitProblem(message, token.start(), at.line(), at.column());
    }

    /** The statement being read: its tokens and the psql-style nesting that decides whether a semicolon ends it. */
    private static final class StatementBuilder {
        private final List<SqlToken> tokens = new ArrayList<>();
        private final List<String> routineWords = new ArrayList<>();
        private int parenDepth;
        private int beginDepth;

        boolean atTopLevel() {
            return parenDepth == 0 && beginDepth == 0;
        }

        void add(SqlToken token) {
            tokens.add(token);
            if (token.isPunctuation('(')) {
                parenDepth++;
            } else if (token.isPunctuation(')')) {
                parenDepth = Math.max(0, parenDepth - 1);
            } else if (token.kind() == TokenKind.WORD) {
                trackAtomicBody(token.text().toLowerCase(Locale.ROOT));
            }
        }

        /** psql's heuristic: in CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN … END (and CASE … END inside it) nest. */
        private void trackAtomicBody(String word) {
            if (routineWords.size() < 4) {
                routineWords.add(word);
            }
            if (!createsRoutine() || parenDepth > 0) {
                return;
            }
            switch (word) {
                case "begin" -> beginDepth++;
                case "case" -> beginDepth += beginDepth >= 1 ? 1 : 0;
                case "end" -> beginDepth = Math.max(0, beginDepth - 1);
                default -> {
                    // other words do not nest
                }
            }
        }

        private boolean createsRoutine() {
            if (routineWords.size() < 2 || !routineWords.get(0).equals("create")) {
                return false;
            }
            if (isRoutineWord(routineWords.get(1))) {
                return true;
            }
            return routineWords.size() >= 4 && routineWords.get(1).equals("or") && routineWords.get(2).equals("replace")
                    && isRoutineWord(routineWords.get(3));
        }

        private static boolean isRoutineWord(String word) {
            return word.equals("function") || word.equals("procedure");
        }

        void finishInto(List<SqlStatement> statements, String script, LineIndex lines) {
            if (!tokens.isEmpty()) {
                int start = tokens.get(0).start();
                int end = tokens.get(tokens.size() - 1).end();
                TextPosition at = lines.positionOf(start);
                statements.add(new SqlStatement(script.substring(start, end), start, end, at.line(), at.column(), false, leadingKeywords()));
            }
            tokens.clear();
            routineWords.clear();
            parenDepth = 0;
            beginDepth = 0;
        }

        private List<String> leadingKeywords() {
            List<String> words = new ArrayList<>();
            for (SqlToken token : tokens) {
                if (token.kind() != TokenKind.WORD || words.size() == LEADING_KEYWORDS) {
                    break;
                }
                words.add(token.text().toUpperCase(Locale.ROOT));
            }
            return words;
        }
    }
}
