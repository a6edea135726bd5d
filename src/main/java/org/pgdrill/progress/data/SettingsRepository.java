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

/** Plain key/value settings (theme, window bounds, database URL, review options, ...) kept in the progress store. */
public final class SettingsRepository {
    private static final String TIME = "SELECT updated_at FROM settings WHERE setting_key = ?";

    private final ProgressStore store;

    public SettingsRepository(ProgressStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) throws ProgressStoreException {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Map<String, String> all() throws ProgressStoreException {
        return store.read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Setting setting : query(c)) {
                values.put(setting.key(), setting.value());
            }
            return values;
        });
    }

    /** Stores all given values in one transaction, stamped with the store's clock; a {@code null} value removes the key. */
    public void putAll(Map<String, String> values) throws ProgressStoreException {
        Instant now = store.clock().instant();
        store.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM settings WHERE setting_key = ?")) {
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    if (entry.getValue() == null) {
                        delete.setString(1, entry.getKey());
                        delete.executeUpdate();
                    } else {
                        Setting setting = new Setting(entry.getKey(), entry.getValue(), now);
                        upsert(c, setting, Rows.timeOf(c, TIME, setting.key()).isPresent());
                    }
                }
            }
            return null;
        });
    }

    public void put(String key, String value) throws ProgressStoreException {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(key, value);
        putAll(one);
    }

    static Rows.Change merge(Connection c, Setting setting) throws SQLException {
        Optional<Instant> stored = Rows.timeOf(c, TIME, setting.key());
        if (stored.isPresent() && !setting.updatedAt().isAfter(stored.get())) {
            return Rows.Change.UNCHANGED;
        }
        upsert(c, setting, stored.isPresent());
        return stored.isPresent() ? Rows.Change.UPDATED : Rows.Change.ADDED;
    }

    private static void upsert(Connection c, Setting setting, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE settings SET setting_value = ?, updated_at = ? WHERE setting_key = ?"
                : "INSERT INTO settings (setting_value, updated_at, setting_key) VALUES (?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, setting.value());
            Rows.setInstant(ps, 2, setting.updatedAt());
            ps.setString(3, setting.key());
            ps.executeUpdate();
        }
    }

    static List<Setting> query(Connection c) throws SQLException {
        List<Setting> settings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_key, setting_value, updated_at FROM settings ORDER BY setting_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                settings.add(new Setting(rs.getString(1), rs.getString(2), Rows.getInstant(rs, "updated_at")));
            }
        }
        return settings;
    }
}
