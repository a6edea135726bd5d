package org.pgdrill.app;

/**
 * One line of {@code pgdrill doctor}: what was checked, what was found and, for a problem, the fix.
 */
public record Finding(Status status, String topic, String detail, String fix) {
    public enum Status { OK, INFO, PROBLEM }

    public static Finding ok(String topic, String detail) {
        return new Finding(Status.OK, topic, detail, "");
    }

    public static Finding info(String topic, String detail) {
        return new Finding(Status.INFO, topic, detail, "");
    }

    public static Finding problem(String topic, String detail, String fix) {
        return new Finding(Status.PROBLEM, topic, detail, fix);
    }
}
