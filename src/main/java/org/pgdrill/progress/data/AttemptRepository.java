package org.pgdrill.progress.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** Exercise attempts: the SQL, the verdict, time taken, hints and solution peeks; every attempt is kept. */
public final class AttemptRepository {
    private static final String SELECT = "SELECT track_id, exercise_id, attempted_at, sql_text, verdict, time_taken_ms,"
            + " hints_used, solution_peeked FROM exercise_attempts ";
    private static final String EXISTS =
            "SELECT 1 FROM exercise_attempts WHERE track_id = ? AND exercise_id = ? AND attempted_at = ?";

    private final ProgressStore store;

    public AttemptRepository(ProgressStore store) {
        this.store = store;
    }

    public void record(ExerciseAttempt attempt) throws ProgressStoreException {
        store.write(c -> merge(c, attempt));
    }

    /** Every attempt at one exercise, oldest first. */
    public List<ExerciseAttempt> attempts(String trackId, String exerciseId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ? AND exercise_id = ?", trackId, exerciseId));
    }

    /** Every attempt at any exercise of a track, by exercise id, each exercise's oldest first. */
    public List<ExerciseAttempt> attempts(String trackId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ?", trackId));
    }

    /** Attempts at any exercise in [from, to), oldest first: for the activity of recent days. */
    public List<ExerciseAttempt> attemptsBetween(Instant from, Instant to) throws ProgressStoreException {
        return store.read(c -> query(c, from, to));
    }

    /** The latest attempt at each attempted exercise of a track, by exercise id. */
    public Map<String, ExerciseAttempt> latestAttempts(String trackId) throws ProgressStoreException {
        return store.read(c -> {
            Map<String, ExerciseAttempt> latest = new LinkedHashMap<>();
            for (ExerciseAttempt attempt : query(c, "WHERE track_id = ?", trackId)) {
                latest.put(attempt.exerciseId(), attempt);
            }
            return latest;
        });
    }

    static Rows.Change merge(Connection c, ExerciseAttempt attempt) throws SQLException {
        if (Rows.exists(c, EXISTS, attempt.attemptedAt(), attempt.trackId(), attempt.exerciseId())) {
            return Rows.Change.UNCHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exercise_attempts (track_id, exercise_id, attempted_at, sql_text,"
                + " verdict, time_taken_ms, hints_used, solution_peeked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.setStrings(ps, attempt.trackId(), attempt.exerciseId());
            Rows.setInstant(ps, 3, attempt.attemptedAt());
            ps.setString(4, attempt.sql());
            ps.setString(5, attempt.verdict());
            ps.setLong(6, attempt.timeTakenMillis());
            ps.setInt(7, attempt.hintsUsed());
            ps.setBoolean(8, attempt.solutionPeeked());
            ps.executeUpdate();
        }
        return Rows.Change.ADDED;
    }

    static List<ExerciseAttempt> all(Connection c) throws SQLException {
        return query(c, "");
    }

    private static List<ExerciseAttempt> query(Connection c, String where, String... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY track_id, exercise_id, attempted_at")) {
            Rows.setStrings(ps, keys);
            return read(ps);
        }
    }

    private static List<ExerciseAttempt> query(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE attempted_at >= ? AND attempted_at < ?"
                + " ORDER BY attempted_at, track_id, exercise_id")) {
            Rows.setInstant(ps, 1, from);
            Rows.setInstant(ps, 2, to);
            return read(ps);
        }
    }

    private static List<ExerciseAttempt> read(PreparedStatement ps) throws SQLException {
        List<ExerciseAttempt> attempts = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                attempts.add(new ExerciseAttempt(rs.getString("track_id"), rs.getString("exercise_id"),
                        Rows.getInstant(rs, "attempted_at"), rs.getString("sql_text"), rs.getString("verdict"),
                        rs.getLong("time_taken_ms"), rs.getInt("hints_used"), rs.getBoolean("solution_peeked")));
            }
        }
        return attempts;
    }
}
