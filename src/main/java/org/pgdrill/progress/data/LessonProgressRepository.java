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
import java.util.Optional;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** Lesson visits (history) and completion marks (latest change wins). */
public final class LessonProgressRepository {
    private static final String VISIT_EXISTS =
            "SELECT 1 FROM lesson_visits WHERE track_id = ? AND lesson_id = ? AND visited_at = ?";
    private static final String COMPLETION_TIME =
            "SELECT changed_at FROM lesson_completions WHERE track_id = ? AND lesson_id = ?";

    private final ProgressStore store;

    public LessonProgressRepository(ProgressStore store) {
        this.store = store;
    }

    public void recordVisit(LessonVisit visit) throws ProgressStoreException {
        store.write(c -> mergeVisit(c, visit));
    }

    /** Every visit of a lesson, oldest first. */
    public List<LessonVisit> visits(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> queryVisits(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId));
    }

    /** Visits of any lesson in [from, to), oldest first: for the activity of recent days. */
    public List<LessonVisit> visitsBetween(Instant from, Instant to) throws ProgressStoreException {
        return store.read(c -> {
            List<LessonVisit> visits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, visited_at FROM lesson_visits"
                    + " WHERE visited_at >= ? AND visited_at < ? ORDER BY visited_at, track_id, lesson_id")) {
                Rows.setInstant(ps, 1, from);
                Rows.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        visits.add(new LessonVisit(rs.getString("track_id"), rs.getString("lesson_id"), Rows.getInstant(rs, "visited_at")));
                    }
                }
            }
            return visits;
        });
    }

    /** The last visit of each visited lesson of a track. */
    public Map<String, Instant> lastVisits(String trackId) throws ProgressStoreException {
        return store.read(c -> {
            Map<String, Instant> last = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT lesson_id, MAX(visited_at) AS last_visit FROM lesson_visits"
                    + " WHERE track_id = ? GROUP BY lesson_id ORDER BY lesson_id")) {
                ps.setString(1, trackId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last.put(rs.getString("lesson_id"), Rows.getInstant(rs, "last_visit"));
                    }
                }
            }
            return last;
        });
    }

    /** Sets or takes back the "done" mark; a local change always replaces the stored one. */
    public void setCompletion(LessonCompletion completion) throws ProgressStoreException {
        store.write(c -> {
            upsertCompletion(c, completion, Rows.timeOf(c, COMPLETION_TIME, completion.trackId(), completion.lessonId()).isPresent());
            return null;
        });
    }

    public Optional<LessonCompletion> completion(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> queryCompletions(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId).stream().findFirst());
    }

    /** Completion marks of a track by lesson id. */
    public Map<String, LessonCompletion> completions(String trackId) throws ProgressStoreException {
        return store.read(c -> {
            Map<String, LessonCompletion> byLesson = new LinkedHashMap<>();
            for (LessonCompletion completion : queryCompletions(c, "WHERE track_id = ?", trackId)) {
                byLesson.put(completion.lessonId(), completion);
            }
            return byLesson;
        });
    }

    static Rows.Change mergeVisit(Connection c, LessonVisit visit) throws SQLException {
        if (Rows.exists(c, VISIT_EXISTS, visit.visitedAt(), visit.trackId(), visit.lessonId())) {
            return Rows.Change.UNCHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lesson_visits (track_id, lesson_id, visited_at) VALUES (?, ?, ?)")) {
            Rows.setStrings(ps, visit.trackId(), visit.lessonId());
            Rows.setInstant(ps, 3, visit.visitedAt());
            ps.executeUpdate();
        }
        return Rows.Change.ADDED;
    }

    /** Keeps whichever mark was changed later. */
    static Rows.Change mergeCompletion(Connection c, LessonCompletion completion) throws SQLException {
        Optional<Instant> stored = Rows.timeOf(c, COMPLETION_TIME, completion.trackId(), completion.lessonId());
        if (stored.isPresent() && !completion.changedAt().isAfter(stored.get())) {
            return Rows.Change.UNCHANGED;
        }
        upsertCompletion(c, completion, stored.isPresent());
        return stored.isPresent() ? Rows.Change.UPDATED : Rows.Change.ADDED;
    }

    private static void upsertCompletion(Connection c, LessonCompletion completion, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE lesson_completions SET completed = ?, content_version = ?, changed_at = ? WHERE track_id = ? AND lesson_id = ?"
                : "INSERT INTO lesson_completions (completed, content_version, changed_at, track_id, lesson_id) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, completion.completed());
            ps.setInt(2, completion.contentVersion());
            Rows.setInstant(ps, 3, completion.changedAt());
            ps.setString(4, completion.trackId());
            ps.setString(5, completion.lessonId());
            ps.executeUpdate();
        }
    }

    static List<LessonVisit> allVisits(Connection c) throws SQLException {
        return queryVisits(c, "");
    }

    static List<LessonCompletion> allCompletions(Connection c) throws SQLException {
        return queryCompletions(c, "");
    }

    private static List<LessonVisit> queryVisits(Connection c, String where, String... keys) throws SQLException {
        List<LessonVisit> visits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, visited_at FROM lesson_visits " + where
                + " ORDER BY track_id, lesson_id, visited_at")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visits.add(new LessonVisit(rs.getString("track_id"), rs.getString("lesson_id"), Rows.getInstant(rs, "visited_at")));
                }
            }
        }
        return visits;
    }

    private static List<LessonCompletion> queryCompletions(Connection c, String where, String... keys) throws SQLException {
        List<LessonCompletion> completions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, completed, content_version, changed_at"
                + " FROM lesson_completions " + where + " ORDER BY track_id, lesson_id")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    completions.add(new LessonCompletion(rs.getString("track_id"), rs.getString("lesson_id"),
                            rs.getBoolean("completed"), rs.getInt("content_version"), Rows.getInstant(rs, "changed_at")));
                }
            }
        }
        return completions;
    }
}
