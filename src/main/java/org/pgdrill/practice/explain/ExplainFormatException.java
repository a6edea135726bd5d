package org.pgdrill.practice.explain;

/** The text given to {@link ExplainParser} is not an EXPLAIN (FORMAT JSON) result; the message says what was expected. */
public class ExplainFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExplainFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
