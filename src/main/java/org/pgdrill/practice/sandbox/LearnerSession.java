package org.pgdrill.practice.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.dataset.Access;
import org.postgresql.PGConnection;

/**
 * A learner login to one dataset database, autocommit off: every attempt is one transaction that is
 * rolled back, then {@code DISCARD ALL} clears what a learner could leave behind on the connection
 * (advisory locks, prepared statements, session settings, LISTEN, temp state).
 */
public final class LearnerSession implements AutoCloseable {
    private final Connection connection;
    private final String database;
    private final Access access;
    private final int backendPid;
    private volatile Statement running;
    private volatile long execution;
    private volatile boolean broken;
    private volatile Watchdog.StopReason stopReason;
    private long lastUsedNanos = System.nanoTime();

    LearnerSession(Connection connection, String database, Access access) throws SQLException {
        this.connection = connection;
        this.database = database;
        this.access = access;
        this.backendPid = connection.unwrap(PGConnection.class).getBackendPID();
        connection.setAutoCommit(false);
    }

    java.sql.Connection connection() {
        return connection;
    }

    String database() {
        return database;
    }

    Access access() {
        return access;
    }

    int backendPid() {
        return backendPid;
    }

    /** Starts the attempt's transaction with soft server-side limits (the client-side ones are the hard ones). */
    void begin(long statementTimeoutMillis, long lockTimeoutMillis, String setup) throws SQLException {
        stopReason = null;
        try (Statement s = connection.createStatement()) {
            // UTC, whatever the JVM's zone (PgJDBC sends it at login): results must not depend on the machine
            s.execute("SET LOCAL statement_timeout = " + Math.max(1, statementTimeoutMillis)
                    + "; SET LOCAL lock_timeout = " + Math.max(1, lockTimeoutMillis) + "; SET LOCAL TimeZone = 'UTC'"
                    + (setup.isEmpty() ? "" : "; " + setup));
        }
    }

    /** Runs pgdrill's own statement (savepoints, variant setup) inside the attempt. */
    void control(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs one learner statement with the row cap; the caller holds a watchdog guard around it. */
    Result execute(LearnerStatement statement, Limits limits, long deadlineNanos) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // the row cap is applied by the server (Execute's row limit), so no cursor is needed to bound memory;
            // maxResultBuffer guards against a few enormous values
            s.setMaxRows(limits.maxRows() + 1);
            long remainingSeconds = Math.max(1, (deadlineNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
            s.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, remainingSeconds + 1));
            execution++;
            running = s;
            try {
                boolean hasRows = s.execute(statement.text());
                List<String> notices = new ArrayList<>();
                ResultTable table = null;
                long updateCount = -1;
                if (hasRows) {
                    try (ResultSet rs = s.getResultSet()) {
                        table = read(rs, limits);
                    }
                } else {
                    updateCount = s.getUpdateCount();
                }
                collect(s.getWarnings(), notices);
                return new Result(table, updateCount, notices);
            } finally {
                running = null;
            }
        }
    }

    static ResultTable read(ResultSet rs, Limits limits) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columnCount = meta.getColumnCount();
        List<ResultColumn> columns = new ArrayList<>(columnCount);
        for (int i = 1; i <= columnCount; i++) {
            columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        boolean cellCut = false;
        while (rs.next()) {
            if (rows.size() == limits.maxRows()) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columnCount);
            for (int i = 1; i <= columnCount; i++) {
                Object value = ValueReader.readSafely(rs, i, columns.get(i - 1).typeName());
                if (limits.maxCellChars() > 0 && value instanceof String text && text.length() > limits.maxCellChars()) {
                    value = text.substring(0, limits.maxCellChars()) + "…";
                    cellCut = true;
                }
                row.add(value);
            }
            rows.add(row);
        }
        List<String> footer = new ArrayList<>();
        if (truncated) {
            footer.add("Only the first " + limits.maxRows() + " rows are shown.");
        }
        if (cellCut) {
            footer.add("Long values are cut after " + limits.maxCellChars() + " characters.");
        }
        return new ResultTable(columns, rows, truncated || cellCut, footer);
    }

    private static void collect(SQLWarning warning, List<String> notices) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            notices.add(w.getMessage());
        }
    }

    /** Called by the watchdog or Cancel: asks the server to cancel the running statement. */
    void stopRunning(Watchdog.StopReason reason) {
        Statement statement = running;
        if (statement != null) {
            stopReason = reason;
            try {
                statement.cancel();
            } catch (SQLException e) {
                markBroken();
            }
        }
    }

    Watchdog.StopReason stopReason() {
        return stopReason;
    }

    /** The number of the statement execution now running (or last run); Cancel escalation targets one execution. */
    long execution() {
        return execution;
    }

    boolean isRunning(long which) {
        return running != null && execution == which;
    }

    void markBroken() {
        broken = true;
    }

    boolean isBroken() {
        return broken;
    }

    /** Last resort: closes the socket under a statement that neither cancel nor terminate stopped. */
    void abort() {
        broken = true;
        try {
            connection.abort(Executors.newSingleThreadExecutor());
        } catch (SQLException ignored) {
            // already gone
        }
    }

    void rollback() throws SQLException {
        connection.rollback();
    }

    /** Makes the connection as good as new for the next attempt, or reports that it must be closed. */
    boolean resetForReuse() {
        if (broken) {
            return false;
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("DISCARD ALL");
            }
            connection.setAutoCommit(false);
            lastUsedNanos = System.nanoTime();
            return true;
        } catch (SQLException e) {
            broken = true;
            return false;
        }
    }

    /** Not broken, and answering: checked with a round trip only when it has been idle for a while. */
    boolean isUsable() {
        if (broken) {
            return false;
        }
        if (System.nanoTime() - lastUsedNanos < 10_000_000_000L) {
            return true;
        }
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection
        }
    }

    record Result(ResultTable table, long updateCount, List<String> notices) {
    }
}
