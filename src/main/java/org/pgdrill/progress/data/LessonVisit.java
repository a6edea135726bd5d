package org.pgdrill.progress.data;

import java.time.Instant;

/** The learner opened a lesson. History: one row per visit. */
public record LessonVisit(String trackId, String lessonId, Instant visitedAt) {
    public LessonVisit {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        visitedAt = Rows.millis(visitedAt, "visitedAt");
    }
}
