package org.pgdrill.practice.dataset;

/**
 * How much a learner's attempt may do; each level is its own LOGIN role, so the database itself
 * enforces the limit (RELIABILITY.md: only role privileges really stop a learner).
 */
public enum Access {
    /** SELECT on the dataset's tables: queries, result and plan exercises. */
    READ(PracticeRoles.READER),
    /** READ plus INSERT/UPDATE/DELETE/TRUNCATE and sequences: state exercises with DML. */
    WRITE(PracticeRoles.WRITER),
    /** Member of the dataset owner: DDL such as CREATE INDEX (always inside a rolled-back transaction). */
    BUILD(PracticeRoles.BUILDER);

    private final String role;

    Access(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    public Access atLeast(Access other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
