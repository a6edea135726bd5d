package org.pgdrill.practice.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens the way PostgreSQL's scanner (and psql's) sees quotes, dollar quotes,
 * comments and backslash commands. It does not validate SQL; it only has to agree with the server
 * on where quoted text and comments begin and end, so that a semicolon is never misread.
 * Strings follow {@code standard_conforming_strings = on} (the default since PostgreSQL 9.1): a
 * backslash escapes only inside {@code E'…'}.
 */
public final class SqlLexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private final String text;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    private SqlLexer(String text) {
        this.text = text;
    }

    /** All tokens of {@code text} in order; whitespace is not a token. */
    public static List<SqlToken> tokenize(String text) {
        SqlLexer lexer = new SqlLexer(text);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                quoted(pos, pos, false);
            } else if (c == '"') {
                quotedIdentifier(pos, pos);
            } else if (c == '$') {
                dollar();
            } else if (c == '\\') {
                metaCommand();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                operator();
            } else {
                add(TokenKind.PUNCTUATION, pos, pos + 1, true);
            }
        }
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void add(TokenKind kind, int start, int end, boolean terminated) {
        tokens.add(new SqlToken(kind, text.substring(start, end), start, end, terminated));
        pos = end;
    }

    private void lineComment() {
        int end = pos;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        add(TokenKind.LINE_COMMENT, pos, end, true);
    }

    /** PostgreSQL comments nest: {@code /* a /* b *}{@code / c *}{@code /} is one comment. */
    private void blockComment() {
        int depth = 0;
        int at = pos;
        while (at < text.length()) {
            if (text.startsWith("/*", at)) {
                depth++;
                at += 2;
            } else if (text.startsWith("*/", at)) {
                depth--;
                at += 2;
                if (depth == 0) {
                    add(TokenKind.BLOCK_COMMENT, pos, at, true);
                    return;
                }
            } else {
                at++;
            }
        }
        add(TokenKind.BLOCK_COMMENT, pos, text.length(), false);
    }

    /** A string whose opening quote is at {@code quote}; the token starts at {@code start} (its prefix). */
    private void quoted(int start, int quote, boolean backslashEscapes) {
        int at = quote + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (backslashEscapes && c == '\\') {
                at += 2;
            } else if (c == '\'') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                    at += 2;
                } else {
                    add(TokenKind.STRING, start, at + 1, true);
                    return;
                }
            } else {
                at++;
            }
        }
        add(TokenKind.STRING, start, text.length(), false);
    }

    private void quotedIdentifier(int start, int quote) {
        int at = quote + 1;
        while (at < text.length()) {
            if (text.charAt(at) == '"') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    at += 2;
                } else {
                    add(TokenKind.QUOTED_IDENTIFIER, start, at + 1, true);
                    return;
                }
            } else {
                at++;
            }
        }
        add(TokenKind.QUOTED_IDENTIFIER, start, text.length(), false);
    }

    /** {@code $1} is a parameter; {@code $$} and {@code $tag$} open a dollar quote; anything else is a lone {@code $}. */
    private void dollar() {
        if (Character.isDigit(peek(1))) {
            int end = pos + 1;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            add(TokenKind.PARAMETER, pos, end, true);
            return;
        }
        int tagEnd = pos + 1;
        if (tagEnd < text.length() && isIdentifierStart(text.charAt(tagEnd))) {
            while (tagEnd < text.length() && isDollarTagChar(text.charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            add(TokenKind.PUNCTUATION, pos, pos + 1, true);
            return;
        }
        String delimiter = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(delimiter, tagEnd + 1);
        if (close < 0) {
            add(TokenKind.DOLLAR_STRING, pos, text.length(), false);
        } else {
            add(TokenKind.DOLLAR_STRING, pos, close + delimiter.length(), true);
        }
    }

    /** psql reads a backslash command up to the end of the line. */
    private void metaCommand() {
        int end = pos;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        int trimmed = end;
        while (trimmed > pos && isSpace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        add(TokenKind.META_COMMAND, pos, trimmed, true);
        pos = end;
    }

    /** A word; {@code E'…'}, {@code U&'…'}, {@code U&"…"}, {@code B'…'}, {@code X'…'} and {@code N'…'} are prefixed literals. */
    private void word() {
        char c = text.charAt(pos);
        char next = peek(1);
        if ((c == 'E' || c == 'e') && next == '\'') {
            quoted(pos, pos + 1, true);
            return;
        }
        if ((c == 'U' || c == 'u') && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            if (peek(2) == '\'') {
                quoted(pos, pos + 2, false);
            } else {
                quotedIdentifier(pos, pos + 2);
            }
            return;
        }
        if ("BbXxNn".indexOf(c) >= 0 && next == '\'') {
            quoted(pos, pos + 1, false);
            return;
        }
        int end = pos + 1;
        while (end < text.length() && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        add(TokenKind.WORD, pos, end, true);
    }

    private void number() {
        int end = pos + 1;
        while (end < text.length() && (isIdentifierPart(text.charAt(end)) || text.charAt(end) == '.') && text.charAt(end) != '$') {
            end++;
        }
        add(TokenKind.NUMBER, pos, end, true);
    }

    /** A run of operator characters; {@code --} and {@code /*} inside it start a comment, as in PostgreSQL. */
    private void operator() {
        int end = pos + 1;
        while (end < text.length() && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0
                && !text.startsWith("--", end) && !text.startsWith("/*", end)) {
            end++;
        }
        add(TokenKind.OPERATOR, pos, end, true);
    }

    /** PostgreSQL's whitespace: space, tab, newline, carriage return, form feed, vertical tab. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Letters, underscore and every non-ASCII character, as PostgreSQL's scanner reads bytes >= 0x80. */
    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDollarTagChar(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }
}
