package org.pgdrill.app;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.SettingsRepository;

/**
 * The learner's settings: read once at start, read from memory afterwards, written through to the
 * progress store. Writes do I/O, so callers run them through the {@link TaskRunner}.
 */
public final class Settings {
    private final SettingsRepository repository;
    private final Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);

    private Settings(SettingsRepository repository, Map<String, String> stored) {
        this.repository = repository;
        for (SettingKey key : SettingKey.values()) {
            String value = stored.get(key.key());
            values.put(key, value != null ? value : key.defaultValue());
        }
    }

    public static Settings load(SettingsRepository repository) throws ProgressStoreException {
        return new Settings(repository, repository.all());
    }

    /** Reads the stored values again (after an import changed them). */
    public void reload() throws ProgressStoreException {
        Map<String, String> stored = repository.all();
        synchronized (this) {
            for (SettingKey key : SettingKey.values()) {
                String value = stored.get(key.key());
                values.put(key, value != null ? value : key.defaultValue());
            }
        }
    }

    public synchronized String get(SettingKey key) {
        return values.get(key);
    }

    public OptionalDouble getDouble(SettingKey key) {
        try {
            String value = get(key);
            return value.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public boolean getBoolean(SettingKey key) {
        return Boolean.parseBoolean(get(key));
    }

    /** The stored whole number, or the key's default when the stored text is not one. */
    public int getInt(SettingKey key) {
        try {
            return Integer.parseInt(get(key).strip());
        } catch (NumberFormatException e) {
            return Integer.parseInt(key.defaultValue());
        }
    }

    public void put(SettingKey key, String value) throws ProgressStoreException {
        Map<SettingKey, String> one = new EnumMap<>(SettingKey.class);
        one.put(key, value);
        putAll(one);
    }

    /** Stores several settings in one transaction. */
    public void putAll(Map<SettingKey, String> changes) throws ProgressStoreException {
        Map<String, String> stored = new LinkedHashMap<>();
        changes.forEach((key, value) -> stored.put(key.key(), value == null ? key.defaultValue() : value));
        repository.putAll(stored);
        synchronized (this) {
            changes.forEach((key, value) -> values.put(key, value == null ? key.defaultValue() : value));
        }
    }
}
