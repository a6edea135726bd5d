package org.pgdrill.progress.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** Confidence ratings 1–5 with their whole history. */
public final class ConfidenceRepository {
    private static final String EXISTS =
            "SELECT 1 FROM confidence_ratings WHERE track_id = ? AND lesson_id = ? AND item_id = ? AND rated_at = ?";

    private final ProgressStore store;

    public ConfidenceRepository(ProgressStore store) {
        this.store = store;
    }

    public void rate(ConfidenceRating rating) throws ProgressStoreException {
        store.write(c -> merge(c, rating));
    }

    /** Every rating of one item (or of the whole lesson), oldest first. */
    public List<ConfidenceRating> history(String trackId, String lessonId, String itemId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ? AND lesson_id = ? AND item_id = ?", trackId, lessonId, itemId));
    }

    /** Every rating of every lesson and item of a track, by lesson and item, each one's oldest first. */
    public List<ConfidenceRating> history(String trackId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ?", trackId));
    }

    /** The latest rating of each rated item of a lesson, by item id ({@link ConfidenceRating#WHOLE_LESSON} for the lesson). */
    public Map<String, ConfidenceRating> latest(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> {
            Map<String, ConfidenceRating> byItem = new LinkedHashMap<>();
            for (ConfidenceRating rating : query(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId)) {
                byItem.put(rating.itemId(), rating); // oldest first, so the last one stays
            }
            return byItem;
        });
    }

    static Rows.Change merge(Connection c, ConfidenceRating rating) throws SQLException {
        if (Rows.exists(c, EXISTS, rating.ratedAt(), rating.trackId(), rating.lessonId(), rating.itemId())) {
            return Rows.Change.UNCHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO confidence_ratings (track_id, lesson_id, item_id, rated_at, rating) VALUES (?, ?, ?, ?, ?)")) {
            Rows.setStrings(ps, rating.trackId(), rating.lessonId(), rating.itemId());
            Rows.setInstant(ps, 4, rating.ratedAt());
            ps.setInt(5, rating.rating());
            ps.executeUpdate();
        }
        return Rows.Change.ADDED;
    }

    static List<ConfidenceRating> all(Connection c) throws SQLException {
        return query(c, "");
    }

    private static List<ConfidenceRating> query(Connection c, String where, String... keys) throws SQLException {
        List<ConfidenceRating> ratings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, item_id, rated_at, rating FROM confidence_ratings "
                + where + " ORDER BY track_id, lesson_id, item_id, rated_at")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ratings.add(new ConfidenceRating(rs.getString("track_id"), rs.getString("lesson_id"), rs.getString("item_id"),
                            rs.getInt("rating"), Rows.getInstant(rs, "rated_at")));
                }
            }
        }
        return ratings;
    }
}
