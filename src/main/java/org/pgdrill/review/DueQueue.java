package org.pgdrill.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which flashcards to study now. Today's queue has three parts, shown in this order:
 * <ol>
 *   <li>learning and relearning cards whose step has run out (due at or before now), earliest first;</li>
 *   <li>review cards due before the current study day ends, most overdue (earliest due) first;</li>
 *   <li>new cards, in the order given (the course order), up to the daily limit minus the new cards
 *       already started today.</li>
 * </ol>
 * Ties keep the order the cards were given in. Review-ahead offers the next cards that are not due yet.
 */
public final class DueQueue {
    private DueQueue() {
    }

    /** A card and the caller's key for it (for pgdrill, the track, lesson and card id). */
    public record Entry<K>(K key, Card card) {
    }

    /**
     * @param newCardsPerDay how many never-seen cards may be started per study day
     * @param day            where study days begin
     */
    public record Options(int newCardsPerDay, ReviewDay day) {
        public Options {
            if (newCardsPerDay < 0) {
                throw new IllegalArgumentException("New cards per day cannot be negative, got " + newCardsPerDay);
            }
        }
    }

    /**
     * Today's queue.
     *
     * @param learning        (re)learning cards due now
     * @param reviews         review cards due today
     * @param newCards        new cards still allowed today
     * @param newStartedToday new cards already started today
     * @param nextLearningDue when the next (re)learning card not yet due comes due, if any today
     */
    public record Today<K>(List<K> learning, List<K> reviews, List<K> newCards, int newStartedToday,
                           Optional<Instant> nextLearningDue) {
        public Today {
            learning = List.copyOf(learning);
            reviews = List.copyOf(reviews);
            newCards = List.copyOf(newCards);
        }

        /** Everything in study order. */
        public List<K> all() {
            List<K> all = new ArrayList<>(learning);
            all.addAll(reviews);
            all.addAll(newCards);
            return all;
        }

        public boolean isEmpty() {
            return learning.isEmpty() && reviews.isEmpty() && newCards.isEmpty();
        }
    }

    /**
     * @param cards         every card of the selection, in course order; new cards are {@link Card#NEW}
     * @param reviewHistory review log entries at least since the start of today's study day (older ones are ignored)
     */
    public static <K> Today<K> today(List<Entry<K>> cards, List<ReviewLog> reviewHistory, Instant now, Options options) {
        Instant dayStart = options.day().startOfDayContaining(now);
        Instant dayEnd = options.day().endOfDayContaining(now);
        int startedToday = (int) reviewHistory.stream()
                .filter(log -> log.stateBefore() == CardState.NEW)
                .filter(log -> !log.reviewedAt().isBefore(dayStart) && log.reviewedAt().isBefore(dayEnd))
                .count();
        int newAllowed = Math.max(0, options.newCardsPerDay() - startedToday);

        List<Entry<K>> learning = new ArrayList<>();
        List<Entry<K>> reviews = new ArrayList<>();
        List<K> newCards = new ArrayList<>();
        Instant nextLearning = null;
        for (Entry<K> entry : cards) {
            Card card = entry.card();
            switch (card.state()) {
                case NEW -> {
                    if (newCards.size() < newAllowed) {
                        newCards.add(entry.key());
                    }
                }
                case LEARNING, RELEARNING -> {
                    if (!card.due().isAfter(now)) {
                        learning.add(entry);
                    } else if (card.due().isBefore(dayEnd) && (nextLearning == null || card.due().isBefore(nextLearning))) {
                        nextLearning = card.due();
                    }
                }
                case REVIEW -> {
                    if (card.due().isBefore(dayEnd)) {
                        reviews.add(entry);
                    }
                }
            }
        }
        return new Today<>(byDue(learning), byDue(reviews), newCards, startedToday, Optional.ofNullable(nextLearning));
    }

    /**
     * The next {@code count} studied cards that are not in today's queue, soonest due first: for a learner
     * who finished today's cards and wants more.
     */
    public static <K> List<K> reviewAhead(List<Entry<K>> cards, Instant now, int count, ReviewDay day) {
        Instant dayEnd = day.endOfDayContaining(now);
        List<Entry<K>> later = new ArrayList<>();
        for (Entry<K> entry : cards) {
            Card card = entry.card();
            boolean dueToday = card.state() == CardState.REVIEW ? card.due().isBefore(dayEnd) : !card.isNew() && !card.due().isAfter(now);
            if (!card.isNew() && !dueToday) {
                later.add(entry);
            }
        }
        List<K> keys = byDue(later);
        return keys.subList(0, Math.min(Math.max(count, 0), keys.size()));
    }

    private static <K> List<K> byDue(List<Entry<K>> entries) {
        // List.sort is stable, so equal due times keep the caller's order
        List<Entry<K>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(entry -> entry.card().due()));
        return sorted.stream().map(Entry::key).toList();
    }
}
