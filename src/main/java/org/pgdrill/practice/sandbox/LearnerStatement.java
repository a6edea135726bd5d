package org.pgdrill.practice.sandbox;

/**
 * One statement of a learner's script, already split and allowed by the guard.
 *
 * @param text   the SQL (no trailing semicolon) or the meta-command line
 * @param line   1-based line of its first character in the script
 * @param column 1-based column of its first character
 * @param meta   true for a psql meta-command such as {@code \d orders}
 */
public record LearnerStatement(String text, int line, int column, boolean meta) {
    public static LearnerStatement sql(String text) {
        return new LearnerStatement(text, 1, 1, false);
    }

    /** The script position of a 1-based character offset inside this statement, as "line L, column C". */
    public Position positionOf(int offsetInStatement) {
        int lineNumber = line;
        int columnNumber = column;
        int limit = Math.min(Math.max(offsetInStatement - 1, 0), text.length());
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                lineNumber++;
                columnNumber = 1;
            } else {
                columnNumber++;
            }
        }
        return new Position(lineNumber, columnNumber);
    }

    public record Position(int line, int column) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }
}
