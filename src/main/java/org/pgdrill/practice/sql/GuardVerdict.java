package org.pgdrill.practice.sql;

/** What {@link StatementGuard} decided about one statement. */
public sealed interface GuardVerdict permits GuardVerdict.Allowed, GuardVerdict.Refused {

    /** The statement may run; {@code classification} tells which role it needs. */
    record Allowed(SqlStatement statement, Classification classification) implements GuardVerdict {
    }

    /**
     * The statement (or the whole script) must not run.
     *
     * @param message what is refused, why, and what to do instead
     * @param line    1-based line of the refused statement
     * @param column  1-based column where it starts
     */
    record Refused(String message, int line, int column) implements GuardVerdict {

        public TextPosition position() {
            return new TextPosition(line, column);
        }

        /** "line 3, column 1: COMMIT is not allowed here: …", for lists of problems. */
        public String describe() {
            return position() + ": " + message;
        }
    }
}
