package org.pgdrill.practice.sql;

import java.util.List;

/**
 * The statements of a script and any problems that stop it from being split safely.
 *
 * @param script     the text that was split
 * @param statements its statements in order (empty statements such as {@code ;;} are left out)
 * @param problems   unterminated quotes, dollar quotes and comments; when not empty, nothing may run
 */
public record SplitResult(String script, List<SqlStatement> statements, List<SplitProblem> problems) {
    /** What to tell a learner whose text holds no statement. */
    public static final String NOTHING_TO_RUN = "Nothing to run: the text holds only comments or blank lines. Write a statement, then run it again.";

    public SplitResult {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }

    /** True when the text is empty or only comments and semicolons. */
    public boolean isNothingToRun() {
        return statements.isEmpty() && problems.isEmpty();
    }

    /**
     * Where in the script a server error position points. PostgreSQL reports {@code Position} as a
     * 1-based character count into the statement it received.
     */
    public TextPosition locate(SqlStatement statement, int serverPosition) {
        String text = statement.text();
        int codePoints = text.codePointCount(0, text.length());
        int steps = Math.max(0, Math.min(serverPosition - 1, codePoints));
        int offset = statement.startOffset() + text.offsetByCodePoints(0, steps);
        return new LineIndex(script).positionOf(offset);
    }
}
