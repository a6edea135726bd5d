package org.pgdrill.practice.sql;

/**
 * What {@link StatementClassifier} found out about one statement.
 *
 * @param category  what the statement does
 * @param access    the privileges it needs
 * @param locksRows true for SELECT … FOR UPDATE / FOR NO KEY UPDATE / FOR SHARE / FOR KEY SHARE:
 *                  still a {@link StatementCategory#QUERY}, but it needs {@link AccessLevel#DML}
 *                  (PostgreSQL requires UPDATE privilege and refuses it in a READ ONLY transaction)
 */
public record Classification(StatementCategory category, AccessLevel access, boolean locksRows) {

    public Classification(StatementCategory category, AccessLevel access) {
        this(category, access, false);
    }
}
