package org.pgdrill.progress;

/** A progress read or write failed; the message says what and where, for the learner to see. */
public class ProgressStoreException extends Exception {
    /** Why it failed, so callers can react (e.g. "already running" is not an error to report with a stack trace). */
    public enum Reason {
        /** Another process has the progress file open (usually a second pgdrill). */
        LOCKED,
        /** The data folder or the file cannot be written. */
        READ_ONLY,
        /** The disk (or a size limit) ran out of space. */
        DISK_FULL,
        /** The file is damaged or older than its newest backup and the learner chose not to go on. */
        DAMAGED,
        /** Anything else: a bug, an unexpected I/O error. */
        FAILED
    }

    private final Reason reason;

    public ProgressStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public ProgressStoreException(String message, Throwable cause) {
        this(Reason.FAILED, message, cause);
    }

    public Reason reason() {
        return reason;
    }
}
