package org.pgdrill.practice.sql;

import java.util.List;
import java.util.Locale;

/** The tokens of one statement without its comments, with the look-ups the classifier and the guard share. */
final class StatementTokens {
    private final List<SqlToken> tokens;

    private StatementTokens(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    static StatementTokens of(String statement) {
        return new StatementTokens(SqlLexer.tokenize(statement).stream().filter(token -> !token.kind().isComment()).toList());
    }

    int size() {
        return tokens.size();
    }

    SqlToken get(int index) {
        return tokens.get(index);
    }

    /** The unquoted word at {@code index}, upper-cased; "" for anything else or past the end. */
    String word(int index) {
        if (index < 0 || index >= tokens.size() || tokens.get(index).kind() != TokenKind.WORD) {
            return "";
        }
        return tokens.get(index).text().toUpperCase(Locale.ROOT);
    }

    /** The identifier at {@code index} as PostgreSQL resolves it: unquoted words fold to lower case, quotes are removed. */
    String identifier(int index) {
        if (index < 0 || index >= tokens.size()) {
            return "";
        }
        SqlToken token = tokens.get(index);
        if (token.kind() == TokenKind.WORD) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        if (token.kind() == TokenKind.QUOTED_IDENTIFIER && token.text().startsWith("\"") && token.terminated()) {
            return token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"");
        }
        return "";
    }

    /** True when the words starting at {@code index} are {@code words}, ignoring case. */
    boolean wordsAt(int index, String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!word(index + i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    boolean isPunctuation(int index, char c) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isPunctuation(c);
    }

    /** Index of the first unquoted {@code word} at parenthesis depth 0 at or after {@code from}, or -1. */
    int indexOfTopLevelWord(String word, int from) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPunctuation('(')) {
                depth++;
            } else if (tokens.get(i).isPunctuation(')')) {
                depth = Math.max(0, depth - 1);
            } else if (i >= from && depth == 0 && word(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /** True when any unquoted word at any depth equals one of {@code words}. */
    boolean containsWord(String... words) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String word : words) {
                if (word(i).equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index just after the parenthesis that closes the one at {@code open}, or the size when it never closes. */
    int afterClosingParenthesis(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunctuation('(')) {
                depth++;
            } else if (tokens.get(i).isPunctuation(')') && --depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }
}
