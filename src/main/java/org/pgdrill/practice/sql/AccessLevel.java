package org.pgdrill.practice.sql;

/**
 * The least privileged kind of login a statement needs, in increasing order. The sandbox picks the
 * role for an attempt from the highest level among its statements.
 */
public enum AccessLevel {
    /** SELECT on the exercise's tables is enough; the statement also runs in a READ ONLY transaction. */
    READ_ONLY,
    /** Needs INSERT, UPDATE or DELETE privileges (DML, row locks, LOCK TABLE, EXPLAIN of DML). */
    DML,
    /** Needs to own objects or create them (DDL, ANALYZE, SELECT INTO), or may do anything the role can (DO, CALL). */
    DDL;

    public AccessLevel max(AccessLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
