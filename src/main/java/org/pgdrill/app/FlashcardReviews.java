package org.pgdrill.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardRepository;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.review.Card;
import org.pgdrill.review.CardState;
import org.pgdrill.review.DueQueue;
import org.pgdrill.review.Rating;
import org.pgdrill.review.ReviewDay;
import org.pgdrill.review.ReviewLog;
import org.pgdrill.review.ScheduledReview;
import org.pgdrill.review.Scheduler;

/**
 * Flashcard study: FSRS scheduling (review) on top of the stored card states and review log (progress),
 * with the learner's review settings and the current time from the injected clock. Every method does I/O,
 * so screens call it through the task runner.
 */
public final class FlashcardReviews {
    private final FlashcardRepository repository;
    private final Settings settings;
    private final Clock clock;
    private final ZoneId zone;

    public FlashcardReviews(FlashcardRepository repository, Settings settings, Clock clock, ZoneId zone) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    /** The card's scheduling state; {@link Card#NEW} if it was never rated. */
    public Card card(FlashcardKey key) throws ProgressStoreException {
        return repository.state(key).map(FlashcardReviews::toCard).orElse(Card.NEW);
    }

    /** The scheduling state of each of {@code cards} ({@link Card#NEW} for those never rated), read per track. */
    public Map<FlashcardKey, Card> cards(List<FlashcardKey> cards) throws ProgressStoreException {
        Map<FlashcardKey, Card> byKey = new LinkedHashMap<>();
        for (DueQueue.Entry<FlashcardKey> entry : entries(cards)) {
            byKey.put(entry.key(), entry.card());
        }
        return byKey;
    }

    /** How many ratings were given in the current study day, on any card. */
    public int reviewsToday() throws ProgressStoreException {
        ReviewDay day = ReviewOptions.reviewDay(settings, zone);
        Instant now = now();
        return repository.reviewsBetween(day.startOfDayContaining(now), day.endOfDayContaining(now)).size();
    }

    /** When the soonest of {@code cards} that is not in today's queue comes due; empty if none was ever studied. */
    public Optional<Instant> nextDue(List<FlashcardKey> cards) throws ProgressStoreException {
        List<DueQueue.Entry<FlashcardKey>> entries = entries(cards);
        List<FlashcardKey> next = DueQueue.reviewAhead(entries, now(), 1, ReviewOptions.reviewDay(settings, zone));
        return entries.stream().filter(entry -> next.contains(entry.key())).findFirst().map(entry -> entry.card().due());
    }

    /** What each rating would do now: for the button labels. */
    public Map<Rating, ScheduledReview> preview(FlashcardKey key) throws ProgressStoreException {
        return Scheduler.preview(card(key), now(), ReviewOptions.parameters(settings));
    }

    /** Rates the card now and stores its new state and the log entry in one transaction. */
    public Card rate(FlashcardKey key, Rating rating, OptionalLong answerMillis) throws ProgressStoreException {
        ScheduledReview outcome = Scheduler.schedule(card(key), rating, now(), ReviewOptions.parameters(settings));
        Card next = outcome.card();
        ReviewLog log = outcome.log();
        repository.recordReview(toState(key, next), new FlashcardReview(key, log.reviewedAt(), rating.grade(),
                log.stateBefore().name(), next.state().name(), log.elapsedDays(), log.interval().getSeconds(),
                next.stability(), next.difficulty(), answerMillis));
        return next;
    }

    /** Today's queue over {@code cards} (in course order): due (re)learning, due reviews, then new cards within the limit. */
    public DueQueue.Today<FlashcardKey> today(List<FlashcardKey> cards) throws ProgressStoreException {
        Instant now = now();
        DueQueue.Options options = ReviewOptions.queueOptions(settings, zone);
        Instant dayStart = options.day().startOfDayContaining(now);
        List<ReviewLog> todays = new ArrayList<>();
        for (FlashcardReview review : repository.reviewsBetween(dayStart, options.day().endOfDayContaining(now))) {
            todays.add(new ReviewLog(Rating.ofGrade(review.rating()), review.reviewedAt(), CardState.valueOf(review.stateBefore()),
                    review.elapsedDays(), Duration.ofSeconds(review.intervalSeconds())));
        }
        return DueQueue.today(entries(cards), todays, now, options);
    }

    /** The next {@code count} cards not due yet, for studying ahead. */
    public List<FlashcardKey> reviewAhead(List<FlashcardKey> cards, int count) throws ProgressStoreException {
        return DueQueue.reviewAhead(entries(cards), now(), count, ReviewOptions.reviewDay(settings, zone));
    }

    private List<DueQueue.Entry<FlashcardKey>> entries(List<FlashcardKey> cards) throws ProgressStoreException {
        Map<String, Map<FlashcardKey, FlashcardState>> byTrack = new HashMap<>();
        List<DueQueue.Entry<FlashcardKey>> entries = new ArrayList<>();
        for (FlashcardKey key : cards) {
            Map<FlashcardKey, FlashcardState> states = byTrack.get(key.trackId());
            if (states == null) {
                states = repository.states(key.trackId());
                byTrack.put(key.trackId(), states);
            }
            FlashcardState state = states.get(key);
            entries.add(new DueQueue.Entry<>(key, state == null ? Card.NEW : toCard(state)));
        }
        return entries;
    }

    /** Milliseconds, as stored: the card in memory equals the card read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static Card toCard(FlashcardState state) {
        return new Card(CardState.valueOf(state.state()), state.step(), state.stability(), state.difficulty(), state.due(),
                state.lastReview(), state.reps(), state.lapses());
    }

    static FlashcardState toState(FlashcardKey key, Card card) {
        return new FlashcardState(key, card.state().name(), card.step(), card.stability(), card.difficulty(), card.due(),
                card.lastReview(), card.reps(), card.lapses());
    }
}
