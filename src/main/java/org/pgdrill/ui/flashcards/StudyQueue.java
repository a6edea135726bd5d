package org.pgdrill.ui.flashcards;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pgdrill.app.FlashcardReviews;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.review.Card;
import org.pgdrill.review.DueQueue;
import org.pgdrill.review.IntervalText;
import org.pgdrill.review.Rating;
import org.pgdrill.review.ScheduledReview;

/** Reads which card comes next and what the page shows around it. Runs off the FX thread (it reads the store). */
final class StudyQueue {
    /** What the learner studies: today's queue, cards ahead of their time, or one lesson's cards. */
    enum Mode { TODAY, AHEAD, LESSON }

    /** New, learning and review cards in today's queue, and ratings given today. */
    record Counts(int newCards, int learning, int reviews, int doneToday) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    /**
     * The page after a load.
     *
     * @param mode      the mode the page is in (a finished session falls back to today's queue)
     * @param next      the card to show; empty when nothing is left
     * @param intervals the wait each rating would give {@code next}, as "10m"
     * @param nextDue   when nothing is left: when the soonest studied card comes due
     * @param newWaiting when nothing is left: new cards held back by the daily limit
     */
    record Snapshot(Mode mode, Counts counts, Optional<FlashcardKey> next, Map<Rating, String> intervals,
                    Optional<Instant> nextDue, int newWaiting) {
    }

    private final FlashcardReviews reviews;

    StudyQueue(FlashcardReviews reviews) {
        this.reviews = reviews;
    }

    /** The page for {@code mode}: today's first card, or card {@code position} of a session. */
    Snapshot load(Mode mode, List<FlashcardKey> scope, List<FlashcardKey> session, int position) throws ProgressStoreException {
        DueQueue.Today<FlashcardKey> today = reviews.today(scope);
        Counts counts = new Counts(today.newCards().size(), today.learning().size(), today.reviews().size(), reviews.reviewsToday());
        boolean inSession = mode != Mode.TODAY && position < session.size();
        Optional<FlashcardKey> next = inSession ? Optional.of(session.get(position)) : today.all().stream().findFirst();
        Mode shown = inSession ? mode : Mode.TODAY;
        if (next.isPresent()) {
            return new Snapshot(shown, counts, next, intervals(next.get()), Optional.empty(), 0);
        }
        int newWaiting = (int) reviews.cards(scope).values().stream().filter(Card::isNew).count();
        return new Snapshot(shown, counts, next, Map.of(), reviews.nextDue(scope), newWaiting);
    }

    /** The next studied cards that are not due yet, soonest first. */
    List<FlashcardKey> ahead(List<FlashcardKey> scope, int count) throws ProgressStoreException {
        return reviews.reviewAhead(scope, count);
    }

    private Map<Rating, String> intervals(FlashcardKey key) throws ProgressStoreException {
        Map<Rating, String> labels = new EnumMap<>(Rating.class);
        for (Map.Entry<Rating, ScheduledReview> preview : reviews.preview(key).entrySet()) {
            labels.put(preview.getKey(), IntervalText.format(preview.getValue().log().interval()));
        }
        return labels;
    }
}
