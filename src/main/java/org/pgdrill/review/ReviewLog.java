package org.pgdrill.review;

import java.time.Duration;
import java.time.Instant;

/**
 * What one rating did, for the review history.
 *
 * @param rating      the learner's answer
 * @param reviewedAt  when it was given
 * @param stateBefore the card's state before the rating (NEW here means "first time seen")
 * @param elapsedDays whole days since the previous review (0 for a new card; negative if the clock went back)
 * @param interval    how long until the card is due again
 */
public record ReviewLog(Rating rating, Instant reviewedAt, CardState stateBefore, long elapsedDays, Duration interval) {
}
