package org.pgdrill.practice.sql;

/**
 * How much text one attempt may submit.
 *
 * @param maxBytes      the largest script, in UTF-8 bytes
 * @param maxStatements the most statements (meta-commands included)
 */
public record GuardLimits(int maxBytes, int maxStatements) {
    /** 64 KiB and 100 statements: far more than any exercise needs, far less than could hurt. */
    public static final GuardLimits DEFAULT = new GuardLimits(64 * 1024, 100);

    public GuardLimits {
        if (maxBytes <= 0 || maxStatements <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxStatements + " statements");
        }
    }
}
