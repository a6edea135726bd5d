package org.pgdrill.practice.sql;

/** A place in a learner's text as an editor shows it: 1-based line and column (columns count characters, not UTF-16 units). */
public record TextPosition(int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
