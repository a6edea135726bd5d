package org.pgdrill.progress.data;

import java.time.Instant;

/**
 * Whether the learner marked a lesson done, and which content version of it they finished.
 *
 * @param completed      false when the learner took the mark back
 * @param contentVersion the lesson's content version when the mark was set
 * @param changedAt      when the mark was set or taken back (the later change wins a merge)
 */
public record LessonCompletion(String trackId, String lessonId, boolean completed, int contentVersion, Instant changedAt) {
    public LessonCompletion {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        if (contentVersion < 0) {
            throw new IllegalArgumentException("contentVersion cannot be negative, got " + contentVersion);
        }
        changedAt = Rows.millis(changedAt, "changedAt");
    }

    /** True if the lesson was finished and has been updated since ("updated since you finished it"). */
    public boolean updatedSince(int currentVersion) {
        return completed && currentVersion > contentVersion;
    }
}
