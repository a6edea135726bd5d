package org.pgdrill.progress;

/** A progress read or write failed; the message says what and where, for the learner to see. */
public class ProgressStoreException extends Exception {
    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
