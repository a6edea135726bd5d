package org.pgdrill.practice.sql;

/**
 * One lexical token of SQL text.
 *
 * @param kind       what it is
 * @param text       its exact text, quotes and prefixes included
 * @param start      offset of its first character in the text that was lexed
 * @param end        offset just after its last character
 * @param terminated false for a quote, dollar quote or comment that the text never closes
 */
public record SqlToken(TokenKind kind, String text, int start, int end, boolean terminated) {

    /** True for an unquoted word equal to {@code keyword}, ignoring case. */
    public boolean isWord(String keyword) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(keyword);
    }

    public boolean isPunctuation(char c) {
        return kind == TokenKind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
    }
}
