package org.pgdrill.practice.explain;

/** A plan expectation an author wrote cannot be read; the message quotes it and says how to fix it. */
public class PlanExpectationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PlanExpectationException(String message) {
        super(message);
    }
}
