package org.pgdrill.progress.data;

import java.time.Instant;

/** A checklist item ticked or unticked; the latest change of each item counts. */
public record ChecklistTick(String trackId, String lessonId, String itemId, boolean ticked, Instant changedAt) {
    public ChecklistTick {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        Rows.id(itemId, "itemId");
        changedAt = Rows.millis(changedAt, "changedAt");
    }
}
