package org.pgdrill.progress.data;

import java.time.Instant;

/** The learner's own note on a lesson; an empty body means the note was deleted. The later change wins a merge. */
public record LessonNote(String trackId, String lessonId, String body, Instant updatedAt) {
    public static final int MAX_BODY_LENGTH = 1_000_000;

    public LessonNote {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        Rows.text(body, "body", MAX_BODY_LENGTH);
        updatedAt = Rows.millis(updatedAt, "updatedAt");
    }
}
