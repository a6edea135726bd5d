package org.pgdrill.progress.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** The learner's personal note per lesson. */
public final class NoteRepository {
    private static final String NOTE_TIME = "SELECT updated_at FROM lesson_notes WHERE track_id = ? AND lesson_id = ?";

    private final ProgressStore store;

    public NoteRepository(ProgressStore store) {
        this.store = store;
    }

    /** Saves the note; an empty body deletes it (kept as an empty row so the delete survives a merge). */
    public void save(LessonNote note) throws ProgressStoreException {
        store.write(c -> {
            upsert(c, note, Rows.timeOf(c, NOTE_TIME, note.trackId(), note.lessonId()).isPresent());
            return null;
        });
    }

    /** The note on a lesson; empty if there is none or it was deleted. */
    public Optional<LessonNote> note(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId).stream()
                .filter(note -> !note.body().isEmpty()).findFirst());
    }

    static Rows.Change merge(Connection c, LessonNote note) throws SQLException {
        Optional<Instant> stored = Rows.timeOf(c, NOTE_TIME, note.trackId(), note.lessonId());
        if (stored.isPresent() && !note.updatedAt().isAfter(stored.get())) {
            return Rows.Change.UNCHANGED;
        }
        upsert(c, note, stored.isPresent());
        return stored.isPresent() ? Rows.Change.UPDATED : Rows.Change.ADDED;
    }

    private static void upsert(Connection c, LessonNote note, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE lesson_notes SET body = ?, updated_at = ? WHERE track_id = ? AND lesson_id = ?"
                : "INSERT INTO lesson_notes (body, updated_at, track_id, lesson_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, note.body());
            Rows.setInstant(ps, 2, note.updatedAt());
            ps.setString(3, note.trackId());
            ps.setString(4, note.lessonId());
            ps.executeUpdate();
        }
    }

    static List<LessonNote> all(Connection c) throws SQLException {
        return query(c, "");
    }

    private static List<LessonNote> query(Connection c, String where, String... keys) throws SQLException {
        List<LessonNote> notes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, body, updated_at FROM lesson_notes " + where
                + " ORDER BY track_id, lesson_id")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(new LessonNote(rs.getString("track_id"), rs.getString("lesson_id"), rs.getString("body"),
                            Rows.getInstant(rs, "updated_at")));
                }
            }
        }
        return notes;
    }
}
