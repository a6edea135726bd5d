package org.pgdrill.practice.meta;

/** A backslash command pgdrill does not run; the message says why and what to use instead. */
public class MetaCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MetaCommandException(String message) {
        super(message);
    }
}
