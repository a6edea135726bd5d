package org.pgdrill.practice.sql;

/** What a {@link SqlToken} is, as far as splitting, guarding and highlighting need to know. */
public enum TokenKind {
    /** An unquoted identifier or keyword: {@code select}, {@code orders}, {@code statement_timeout}. */
    WORD,
    /** {@code "Mixed Case"} or {@code U&"…"}; doubled quotes stand for one. */
    QUOTED_IDENTIFIER,
    /** {@code '…'}, {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'}, {@code N'…'}. */
    STRING,
    /** {@code $$…$$} or {@code $tag$…$tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** A positional parameter such as {@code $1}. */
    PARAMETER,
    /** A run of operator characters: {@code =}, {@code <>}, {@code ->>}, {@code ||}. */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; : .} or any other single character. */
    PUNCTUATION,
    /** {@code -- …} up to the end of the line. */
    LINE_COMMENT,
    /** {@code /* … *}{@code /}, nesting like PostgreSQL's. */
    BLOCK_COMMENT,
    /** A psql meta-command: a backslash outside quotes, up to the end of the line. */
    META_COMMAND;

    public boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
