package org.pgdrill.practice.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.server.PostgresServer;

/** A few reusable learner connections per (dataset, access level); broken ones are closed, never reused. */
public final class LearnerSessions implements AutoCloseable {
    private static final int IDLE_PER_KEY = 2;
    /** Results bigger than this close the connection instead of exhausting memory (RELIABILITY.md: 300 MB cell). */
    static final String MAX_RESULT_BUFFER = "64M";

    private final PostgresServer server;
    private final PracticeRoles roles;
    private final Map<String, Deque<LearnerSession>> idle = new HashMap<>();
    private int open;

    public LearnerSessions(PostgresServer server, PracticeRoles roles) {
        this.server = server;
        this.roles = roles;
    }

    LearnerSession acquire(InstalledDataset dataset, Access access) throws SQLException {
        return acquire(dataset, access, false);
    }

    /** A pooled session (unless {@code fresh}) or a new login. */
    LearnerSession acquire(InstalledDataset dataset, Access access, boolean fresh) throws SQLException {
        String key = dataset.database() + "/" + access;
        synchronized (this) {
            if (fresh) {
                evict(dataset.database());
            }
            Deque<LearnerSession> sessions = idle.get(key);
            while (sessions != null && !sessions.isEmpty()) {
                LearnerSession session = sessions.pollFirst();
                if (session.isUsable()) {
                    return session;
                }
                close(session);
            }
        }
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "pgdrill-learner");
        properties.setProperty("prepareThreshold", "0");
        properties.setProperty("maxResultBuffer", MAX_RESULT_BUFFER);
        properties.setProperty("loginTimeout", "10");
        // sends ApplicationName in the startup packet, so DISCARD ALL keeps it (monitoring, tests)
        properties.setProperty("assumeMinServerVersion", "13");
        Connection connection = server.connect(dataset.database(), access.role(), roles.password(access), properties);
        try {
            LearnerSession session = new LearnerSession(connection, dataset.database(), access);
            synchronized (this) {
                open++;
            }
            return session;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Rolls back and resets the session for the next attempt, or closes it. */
    void release(LearnerSession session) {
        boolean reusable = session.resetForReuse();
        synchronized (this) {
            Deque<LearnerSession> sessions = idle.computeIfAbsent(session.database() + "/" + session.access(), k -> new ArrayDeque<>());
            if (reusable && sessions.size() < IDLE_PER_KEY) {
                sessions.addLast(session);
                return;
            }
            close(session);
        }
    }

    /** Closes the idle sessions of a database, e.g. after it was dropped and rebuilt (their backends are gone). */
    synchronized void evict(String database) {
        idle.entrySet().removeIf(entry -> {
            if (entry.getKey().startsWith(database + "/")) {
                entry.getValue().forEach(this::close);
                return true;
            }
            return false;
        });
    }

    /** Connections open right now (idle and in use); for the leak test. */
    public synchronized int openConnections() {
        return open;
    }

    private void close(LearnerSession session) {
        session.close();
        open--;
    }

    @Override
    public synchronized void close() {
        idle.values().forEach(sessions -> sessions.forEach(this::close));
        idle.clear();
    }
}
