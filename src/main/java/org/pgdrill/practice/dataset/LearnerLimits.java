package org.pgdrill.practice.dataset;

/**
 * Server-side limits on every learner login. Client-side limits (query timeout, watchdog, row cap)
 * are the hard ones; these are the second line.
 *
 * @param statementTimeoutMillis role-level statement_timeout
 * @param lockTimeoutMillis      role-level lock_timeout
 * @param tempFileLimitKb        temp_file_limit (applied only when the admin is a superuser)
 * @param connectionsPerRole     CONNECTION LIMIT of each learner role
 */
public record LearnerLimits(long statementTimeoutMillis, long lockTimeoutMillis, long tempFileLimitKb, int connectionsPerRole) {
    public static LearnerLimits defaults() {
        return new LearnerLimits(15_000, 2_000, 256 * 1024, 20);
    }
}
