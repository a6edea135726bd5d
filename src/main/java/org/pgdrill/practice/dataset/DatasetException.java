package org.pgdrill.practice.dataset;

/** A dataset could not be installed; the message is {@code file:line: what went wrong}. */
public class DatasetException extends Exception {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
