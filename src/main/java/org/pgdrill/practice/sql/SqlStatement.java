package org.pgdrill.practice.sql;

import java.util.List;

/**
 * One statement of a learner's script, as {@link SqlSplitter} found it.
 *
 * @param text            the statement's exact text: from its first token to its last, without the
 *                        terminating semicolon and without comments or whitespace around it
 * @param startOffset     offset of {@code text} in the script
 * @param endOffset       offset just after {@code text} in the script
 * @param line            1-based line where it starts
 * @param column          1-based column where it starts
 * @param metaCommand     true for a psql backslash command such as {@code \d orders}
 * @param leadingKeywords the unquoted words it starts with, upper-cased, comments skipped (at most
 *                        {@value SqlSplitter#LEADING_KEYWORDS}); empty for a meta-command
 */
public record SqlStatement(String text, int startOffset, int endOffset, int line, int column, boolean metaCommand,
                           List<String> leadingKeywords) {

    public SqlStatement {
        leadingKeywords = List.copyOf(leadingKeywords);
    }

    public TextPosition position() {
        return new TextPosition(line, column);
    }

    /** The first keyword, or "" when the statement starts with something else (a parenthesis, a meta-command). */
    public String firstKeyword() {
        return leadingKeywords.isEmpty() ? "" : leadingKeywords.get(0);
    }
}
