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

/** Checklist ticks: the latest change of each item counts. */
public final class ChecklistRepository {
    private static final String TICK_TIME =
            "SELECT changed_at FROM checklist_ticks WHERE track_id = ? AND lesson_id = ? AND item_id = ?";

    private final ProgressStore store;

    public ChecklistRepository(ProgressStore store) {
        this.store = store;
    }

    /** Ticks or unticks an item; a local change always replaces the stored one. */
    public void tick(ChecklistTick tick) throws ProgressStoreException {
        store.write(c -> {
            upsert(c, tick, Rows.timeOf(c, TICK_TIME, tick.trackId(), tick.lessonId(), tick.itemId()).isPresent());
            return null;
        });
    }

    /** The items of a lesson that were ever ticked or unticked, by item id. */
    public Map<String, ChecklistTick> ticks(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> {
            Map<String, ChecklistTick> byItem = new LinkedHashMap<>();
            for (ChecklistTick tick : query(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId)) {
                byItem.put(tick.itemId(), tick);
            }
            return byItem;
        });
    }

    static Rows.Change merge(Connection c, ChecklistTick tick) throws SQLException {
        Optional<Instant> stored = Rows.timeOf(c, TICK_TIME, tick.trackId(), tick.lessonId(), tick.itemId());
        if (stored.isPresent() && !tick.changedAt().isAfter(stored.get())) {
            return Rows.Change.UNCHANGED;
        }
        upsert(c, tick, stored.isPresent());
        return stored.isPresent() ? Rows.Change.UPDATED : Rows.Change.ADDED;
    }

    private static void upsert(Connection c, ChecklistTick tick, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE checklist_ticks SET ticked = ?, changed_at = ? WHERE track_id = ? AND lesson_id = ? AND item_id = ?"
                : "INSERT INTO checklist_ticks (ticked, changed_at, track_id, lesson_id, item_id) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, tick.ticked());
            Rows.setInstant(ps, 2, tick.changedAt());
            ps.setString(3, tick.trackId());
            ps.setString(4, tick.lessonId());
            ps.setString(5, tick.itemId());
            ps.executeUpdate();
        }
    }

    static List<ChecklistTick> all(Connection c) throws SQLException {
        return query(c, "");
    }

    private static List<ChecklistTick> query(Connection c, String where, String... keys) throws SQLException {
        List<ChecklistTick> ticks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, item_id, ticked, changed_at FROM checklist_ticks "
                + where + " ORDER BY track_id, lesson_id, item_id")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ticks.add(new ChecklistTick(rs.getString("track_id"), rs.getString("lesson_id"), rs.getString("item_id"),
                            rs.getBoolean("ticked"), Rows.getInstant(rs, "changed_at")));
                }
            }
        }
        return ticks;
    }
}
