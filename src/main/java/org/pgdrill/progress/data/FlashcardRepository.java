package org.pgdrill.progress.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** Flashcard scheduling states (latest review wins) and the review log (every rating kept). */
public final class FlashcardRepository {
    private static final String KEY = "track_id = ? AND lesson_id = ? AND card_id = ?";
    private static final String STATE_TIME = "SELECT last_review FROM flashcard_states WHERE " + KEY;
    private static final String REVIEW_EXISTS = "SELECT 1 FROM flashcard_review_log WHERE " + KEY + " AND reviewed_at = ?";
    private static final String STATE_COLUMNS = "track_id, lesson_id, card_id, state, step, stability, difficulty, due, last_review, reps, lapses";
    private static final String REVIEW_COLUMNS = "track_id, lesson_id, card_id, reviewed_at, rating, state_before, state_after,"
            + " elapsed_days, interval_secs, stability, difficulty, duration_ms";

    private final ProgressStore store;

    public FlashcardRepository(ProgressStore store) {
        this.store = store;
    }

    /** The card's state; empty for a card never reviewed (a new card). */
    public Optional<FlashcardState> state(FlashcardKey key) throws ProgressStoreException {
        return store.read(c -> queryStates(c, "WHERE " + KEY, key.trackId(), key.lessonId(), key.cardId()).stream().findFirst());
    }

    /** The states of every reviewed card of a track. */
    public Map<FlashcardKey, FlashcardState> states(String trackId) throws ProgressStoreException {
        return store.read(c -> {
            Map<FlashcardKey, FlashcardState> byKey = new LinkedHashMap<>();
            for (FlashcardState state : queryStates(c, "WHERE track_id = ?", trackId)) {
                byKey.put(state.key(), state);
            }
            return byKey;
        });
    }

    /** Stores a rating: the card's new state and its log entry, in one transaction. */
    public void recordReview(FlashcardState newState, FlashcardReview review) throws ProgressStoreException {
        if (!newState.key().equals(review.key())) {
            throw new IllegalArgumentException("The state is for " + newState.key() + " but the review for " + review.key());
        }
        store.write(c -> {
            FlashcardKey key = newState.key();
            upsertState(c, newState, Rows.timeOf(c, STATE_TIME, key.trackId(), key.lessonId(), key.cardId()).isPresent());
            mergeReview(c, review);
            return null;
        });
    }

    /** Reviews given in [from, to), oldest first: e.g. today's, to count the new cards already started. */
    public List<FlashcardReview> reviewsBetween(Instant from, Instant to) throws ProgressStoreException {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS + " FROM flashcard_review_log"
                    + " WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at, track_id, lesson_id, card_id")) {
                Rows.setInstant(ps, 1, from);
                Rows.setInstant(ps, 2, to);
                return readReviews(ps);
            }
        });
    }

    /** Every review of one card, oldest first. */
    public List<FlashcardReview> history(FlashcardKey key) throws ProgressStoreException {
        return store.read(c -> queryReviews(c, "WHERE " + KEY, key.trackId(), key.lessonId(), key.cardId()));
    }

    /** Keeps whichever state comes from the later review. */
    static Rows.Change mergeState(Connection c, FlashcardState state) throws SQLException {
        FlashcardKey key = state.key();
        Optional<Instant> stored = Rows.timeOf(c, STATE_TIME, key.trackId(), key.lessonId(), key.cardId());
        if (stored.isPresent() && !state.lastReview().isAfter(stored.get())) {
            return Rows.Change.UNCHANGED;
        }
        upsertState(c, state, stored.isPresent());
        return stored.isPresent() ? Rows.Change.UPDATED : Rows.Change.ADDED;
    }

    static Rows.Change mergeReview(Connection c, FlashcardReview review) throws SQLException {
        FlashcardKey key = review.key();
        if (Rows.exists(c, REVIEW_EXISTS, review.reviewedAt(), key.trackId(), key.lessonId(), key.cardId())) {
            return Rows.Change.UNCHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flashcard_review_log (" + REVIEW_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.setStrings(ps, key.trackId(), key.lessonId(), key.cardId());
            Rows.setInstant(ps, 4, review.reviewedAt());
            ps.setInt(5, review.rating());
            ps.setString(6, review.stateBefore());
            ps.setString(7, review.stateAfter());
            ps.setLong(8, review.elapsedDays());
            ps.setLong(9, review.intervalSeconds());
            ps.setDouble(10, review.stability());
            ps.setDouble(11, review.difficulty());
            if (review.durationMillis().isPresent()) {
                ps.setLong(12, review.durationMillis().getAsLong());
            } else {
                ps.setNull(12, Types.BIGINT);
            }
            ps.executeUpdate();
        }
        return Rows.Change.ADDED;
    }

    private static void upsertState(Connection c, FlashcardState state, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE flashcard_states SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
                        + " reps = ?, lapses = ? WHERE " + KEY
                : "INSERT INTO flashcard_states (state, step, stability, difficulty, due, last_review, reps, lapses,"
                        + " track_id, lesson_id, card_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, state.state());
            ps.setInt(2, state.step());
            ps.setDouble(3, state.stability());
            ps.setDouble(4, state.difficulty());
            Rows.setInstant(ps, 5, state.due());
            Rows.setInstant(ps, 6, state.lastReview());
            ps.setInt(7, state.reps());
            ps.setInt(8, state.lapses());
            ps.setString(9, state.key().trackId());
            ps.setString(10, state.key().lessonId());
            ps.setString(11, state.key().cardId());
            ps.executeUpdate();
        }
    }

    static List<FlashcardState> allStates(Connection c) throws SQLException {
        return queryStates(c, "");
    }

    static List<FlashcardReview> allReviews(Connection c) throws SQLException {
        return queryReviews(c, "");
    }

    private static List<FlashcardState> queryStates(Connection c, String where, String... keys) throws SQLException {
        List<FlashcardState> states = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM flashcard_states " + where
                + " ORDER BY track_id, lesson_id, card_id")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.add(new FlashcardState(key(rs), rs.getString("state"), rs.getInt("step"), rs.getDouble("stability"),
                            rs.getDouble("difficulty"), Rows.getInstant(rs, "due"), Rows.getInstant(rs, "last_review"),
                            rs.getInt("reps"), rs.getInt("lapses")));
                }
            }
        }
        return states;
    }

    private static List<FlashcardReview> queryReviews(Connection c, String where, String... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS + " FROM flashcard_review_log " + where
                + " ORDER BY track_id, lesson_id, card_id, reviewed_at")) {
            Rows.setStrings(ps, keys);
            return readReviews(ps);
        }
    }

    private static List<FlashcardReview> readReviews(PreparedStatement ps) throws SQLException {
        List<FlashcardReview> reviews = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long duration = rs.getLong("duration_ms");
                OptionalLong measured = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(duration);
                reviews.add(new FlashcardReview(key(rs), Rows.getInstant(rs, "reviewed_at"), rs.getInt("rating"),
                        rs.getString("state_before"), rs.getString("state_after"), rs.getLong("elapsed_days"),
                        rs.getLong("interval_secs"), rs.getDouble("stability"), rs.getDouble("difficulty"), measured));
            }
        }
        return reviews;
    }

    private static FlashcardKey key(ResultSet rs) throws SQLException {
        return new FlashcardKey(rs.getString("track_id"), rs.getString("lesson_id"), rs.getString("card_id"));
    }
}
