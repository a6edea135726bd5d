package org.pgdrill.practice.sql;

/** What a statement does, as a learner would say it. */
public enum StatementCategory {
    /** Reads only: SELECT, VALUES, TABLE, WITH … SELECT, SHOW, EXPLAIN without ANALYZE. */
    QUERY,
    /** Changes rows: INSERT, UPDATE, DELETE, MERGE, data-modifying WITH, EXPLAIN ANALYZE of those. */
    DML,
    /** Changes the schema or privileges: CREATE, ALTER, DROP, TRUNCATE, COMMENT, GRANT, REVOKE, SELECT INTO, … */
    DDL,
    /** Changes session or transaction settings: SET, RESET, SET CONSTRAINTS, DISCARD. */
    SESSION,
    /** Everything else PostgreSQL runs: LOCK, DO, CALL, PREPARE, EXECUTE, cursors, ANALYZE, transaction control, … */
    UTILITY,
    /** A psql backslash command such as {@code \d orders}, answered by pgdrill itself. */
    META
}
