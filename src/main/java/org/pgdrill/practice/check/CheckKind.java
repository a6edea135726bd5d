package org.pgdrill.practice.check;

/** What an exercise compares. */
public enum CheckKind {
    /** The rows of the last statement. */
    RESULT,
    /** The named tables after all statements ran (DML/DDL exercises). */
    STATE,
    /** The rows, and the plan of the last statement must show (or must not show) given properties. */
    PLAN
}
