package org.pgdrill.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Plain key/value settings (theme, window bounds, database URL, ...) kept in the progress store. */
public final class SettingsRepository {
    private final ProgressStore store;

    public SettingsRepository(ProgressStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) throws ProgressStoreException {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Map<String, String> all() throws ProgressStoreException {
        return store.inTransaction(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_key, setting_value FROM settings ORDER BY setting_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return values;
        });
    }

    /** Stores all given values in one transaction; a {@code null} value removes the key. */
    public void putAll(Map<String, String> values) throws ProgressStoreException {
        store.inTransaction(c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO settings (setting_key, setting_value, updated_at) KEY (setting_key) VALUES (?, ?, CURRENT_TIMESTAMP)");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM settings WHERE setting_key = ?")) {
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    if (entry.getValue() == null) {
                        delete.setString(1, entry.getKey());
                        delete.executeUpdate();
                    } else {
                        merge.setString(1, entry.getKey());
                        merge.setString(2, entry.getValue());
                        merge.executeUpdate();
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
}
