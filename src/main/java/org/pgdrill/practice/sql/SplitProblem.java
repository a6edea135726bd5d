package org.pgdrill.practice.sql;

/**
 * Something in a script that makes it impossible to split safely, such as a quote that never closes.
 *
 * @param message what is wrong and how to fix it, naming the position
 * @param offset  offset in the script where the problem starts
 * @param line    1-based line
 * @param column  1-based column
 */
public record SplitProblem(String message, int offset, int line, int column) {

    public TextPosition position() {
        return new TextPosition(line, column);
    }
}
