package org.pgdrill.progress.data;

import java.time.Instant;

/** One stored setting with the time it was last changed (the later change wins a merge). */
public record Setting(String key, String value, Instant updatedAt) {
    public static final int MAX_VALUE_LENGTH = 100_000;

    public Setting {
        Rows.id(key, "key");
        Rows.text(value, "value", MAX_VALUE_LENGTH);
        updatedAt = Rows.millis(updatedAt, "updatedAt");
    }
}
