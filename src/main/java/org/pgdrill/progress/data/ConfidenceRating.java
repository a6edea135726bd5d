package org.pgdrill.progress.data;

import java.time.Instant;

/**
 * "Can you explain this in 30 seconds?", 1 (not at all) to 5 (easily). History: every rating is kept.
 *
 * @param itemId the part of the lesson rated, or {@link #WHOLE_LESSON}
 */
public record ConfidenceRating(String trackId, String lessonId, String itemId, int rating, Instant ratedAt) {
    /** The item id of a rating for the lesson as a whole. */
    public static final String WHOLE_LESSON = "";

    public ConfidenceRating {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        Rows.text(itemId, "itemId", Rows.MAX_ID_LENGTH);
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A confidence rating is 1 to 5, not " + rating);
        }
        ratedAt = Rows.millis(ratedAt, "ratedAt");
    }
}
