package org.pgdrill.ui.flashcards;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pgdrill.app.AnkiFile;
import org.pgdrill.app.FlashcardDeck;
import org.pgdrill.app.FlashcardDeck.DeckCard;
import org.pgdrill.app.FlashcardReviews;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.review.Rating;
import org.pgdrill.ui.flashcards.StudyQueue.Counts;
import org.pgdrill.ui.flashcards.StudyQueue.Mode;
import org.pgdrill.ui.flashcards.StudyQueue.Snapshot;

/**
 * Studying flashcards: today's queue (or cards ahead of time, or one lesson's cards), one card at a time,
 * question first, then the answer and four ratings. Every rating is stored through the task runner with the
 * time the card was on screen; the next card is read only after the rating is stored, so a failed save leaves
 * the card on screen to rate again.
 */
public final class FlashcardsViewModel {
    /** How many cards "Review ahead" takes. */
    public static final int AHEAD_COUNT = 20;
    /** Time on a card counts up to this, as Anki does: a break in the middle of a card is not thinking time. */
    static final long MAX_ANSWER_MILLIS = 60_000;

    private final FlashcardReviews reviews;
    private final StudyQueue queue;
    private final TaskRunner tasks;
    private final LongSupplier monotonicMillis;
    private final DueText dueText;
    private final List<DeckCard> deck;
    private final Map<FlashcardKey, DeckCard> byKey = new HashMap<>();
    private List<FlashcardKey> scopedKeys = List.of();
    private final ObservableList<CardScope> scopes;
    private final ObjectProperty<CardScope> scope = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(Counts.NONE);
    private final ReadOnlyObjectWrapper<DeckCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Map<Rating, String>> intervals = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.TODAY);
    private final ReadOnlyStringWrapper sessionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doneTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doneDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> nextDue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canReviewAhead = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<FlashcardKey> session = List.of();
    private int position;
    private long shownAt;
    private int generation;
    /** The session last asked for; it is what a refresh reads again even before its first card is shown. */
    private Mode requested = Mode.TODAY;

    /**
     * @param deck            every card of the loaded lessons, in course order
     * @param monotonicMillis a clock that never jumps (System.nanoTime in the app), to time each card
     */
    public FlashcardsViewModel(FlashcardReviews reviews, List<DeckCard> deck, TaskRunner tasks, DueText dueText,
                               LongSupplier monotonicMillis) {
        this.reviews = reviews;
        this.queue = new StudyQueue(reviews);
        this.tasks = tasks;
        this.dueText = dueText;
        this.monotonicMillis = monotonicMillis;
        this.deck = List.copyOf(deck);
        this.scopes = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(CardScope.of(this.deck)));
        this.deck.forEach(card -> byKey.put(card.key(), card));
        scopedKeys = FlashcardDeck.keys(this.deck);
        scope.set(scopes.get(0));
        scope.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                scopedKeys = FlashcardDeck.keys(deck.stream().filter(chosen::includes).toList());
                startSession(Mode.TODAY, List.of());
            }
        });
    }

    public ObservableList<CardScope> scopes() {
        return scopes;
    }

    /** The filter: which track's or lesson's cards to study. */
    public ObjectProperty<CardScope> scopeProperty() {
        return scope;
    }

    /** The lessons with cards, for "Study a lesson's cards". */
    public List<CardScope> lessons() {
        return CardScope.lessons(deck);
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The card on screen; null when nothing is left to study. */
    public ReadOnlyObjectProperty<DeckCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty answerShownProperty() {
        return answerShown.getReadOnlyProperty();
    }

    /** The wait each rating would give the card on screen: "1m", "10m", "4d". */
    public ReadOnlyObjectProperty<Map<Rating, String>> intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** "Reviewing ahead: card 3 of 20" outside today's queue; empty in it. */
    public ReadOnlyStringProperty sessionTextProperty() {
        return sessionText.getReadOnlyProperty();
    }

    /** When nothing is left: the headline ("Done for today"). */
    public ReadOnlyStringProperty doneTitleProperty() {
        return doneTitle.getReadOnlyProperty();
    }

    /** When nothing is left: when the next card is due and what else there is to do. */
    public ReadOnlyStringProperty doneDetailProperty() {
        return doneDetail.getReadOnlyProperty();
    }

    /** When nothing is left: when the soonest studied card comes due (null if none was studied). */
    public ReadOnlyObjectProperty<Instant> nextDueProperty() {
        return nextDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReviewAheadProperty() {
        return canReviewAhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the queue again (the page was shown, a card came due). Keeps a card whose answer is showing. */
    public void refresh() {
        if (!answerShown.get()) {
            load(requested, session, position);
        }
    }

    /** Shows the answer. */
    public void flip() {
        if (card.get() != null) {
            answerShown.set(true);
        }
    }

    /** Stores the rating of the card on screen, then shows the next one. Ignored before the answer is shown. */
    public void rate(Rating rating) {
        DeckCard rated = card.get();
        if (rated == null || !answerShown.get() || busy.get()) {
            return;
        }
        long onScreen = Math.min(MAX_ANSWER_MILLIS, Math.max(0, monotonicMillis.getAsLong() - shownAt));
        Mode current = mode.get();
        List<FlashcardKey> currentSession = session;
        int nextPosition = current == Mode.TODAY ? 0 : position + 1;
        List<FlashcardKey> scoped = scopedKeys;
        int loadGeneration = ++generation;
        busy.set(true);
        tasks.run("Saving the rating", context -> {
            reviews.rate(rated.key(), rating, OptionalLong.of(onScreen));
            try {
                return queue.load(current, scoped, currentSession, nextPosition);
            } catch (ProgressStoreException | RuntimeException e) {
                throw new NextCardUnreadable(e);
            }
        }, snapshot -> {
            message.set("");
            show(snapshot, loadGeneration, nextPosition);
        }, failure -> {
            busy.set(false);
            if (failure instanceof NextCardUnreadable unreadable) {
                // the rating is stored: take the card away so it cannot be rated twice
                card.set(null);
                answerShown.set(false);
                message.set("Your rating was saved, but the next card could not be read: " + unreadable.getCause().getMessage()
                        + " Open another page and come back to try again.");
            } else {
                message.set("Your rating was not saved: " + failure.getMessage() + " Rate the card again.");
            }
        });
    }

    /** The rating was stored; reading what comes next failed. */
    private static final class NextCardUnreadable extends Exception {
        NextCardUnreadable(Exception cause) {
            super(cause);
        }
    }

    /** Studies the next {@link #AHEAD_COUNT} cards before they are due. */
    public void reviewAhead() {
        List<FlashcardKey> scoped = scopedKeys;
        busy.set(true);
        tasks.run("Finding cards to review ahead", context -> queue.ahead(scoped, AHEAD_COUNT), ahead -> {
            busy.set(false);
            if (ahead.isEmpty()) {
                message.set("No studied card is waiting: rate some new cards first.");
            } else {
                startSession(Mode.AHEAD, ahead);
            }
        }, failure -> {
            busy.set(false);
            message.set("Could not read the cards: " + failure.getMessage());
        });
    }

    /** Studies every card of one lesson, due or not. */
    public void studyLesson(CardScope lesson) {
        if (lesson != null && lesson.lesson().isPresent()) {
            startSession(Mode.LESSON, deck.stream().filter(lesson::includes).map(DeckCard::key).toList());
        }
    }

    /** Studies every card of one lesson of a track (the lesson page's "Flashcards" link). */
    public void studyLesson(Track track, Lesson lesson) {
        lessons().stream()
                .filter(scope -> scope.track().map(t -> t.id().equals(track.id())).orElse(false)
                        && scope.lesson().map(l -> l.id().equals(lesson.id())).orElse(false))
                .findFirst()
                .ifPresent(this::studyLesson);
    }

    /** Leaves a review-ahead or lesson session for today's queue. */
    public void backToToday() {
        startSession(Mode.TODAY, List.of());
    }

    /** Writes every card of the loaded lessons (not only the filtered ones) as a file Anki imports. */
    public void exportAnki(Path out) {
        busy.set(true);
        tasks.run("Exporting flashcards", context -> AnkiFile.write(out, deck, reviews), written -> {
            busy.set(false);
            message.set("Exported " + written + " flashcards to " + out + ". In Anki: File > Import, choose that file.");
        }, failure -> {
            busy.set(false);
            message.set("Could not export to " + out + ": " + failure.getMessage() + ". Choose another folder.");
        });
    }

    private void startSession(Mode target, List<FlashcardKey> keys) {
        session = List.copyOf(keys);
        position = 0;
        answerShown.set(false);
        message.set("");
        load(target, session, 0);
    }

    private void load(Mode target, List<FlashcardKey> currentSession, int at) {
        requested = target;
        List<FlashcardKey> scoped = scopedKeys;
        int loadGeneration = ++generation;
        busy.set(true);
        tasks.run("Reading the flashcard queue", context -> queue.load(target, scoped, currentSession, at),
                snapshot -> show(snapshot, loadGeneration, at), failure -> {
                    if (loadGeneration == generation) {
                        busy.set(false);
                        message.set("Could not read the flashcards: " + failure.getMessage());
                    }
                });
    }

    private void show(Snapshot snapshot, int loadGeneration, int at) {
        if (loadGeneration != generation) {
            return; // a newer load (another filter, another session) is on its way
        }
        busy.set(false);
        position = at;
        if (snapshot.mode() == Mode.TODAY && mode.get() != Mode.TODAY && position > 0) {
            message.set("Finished: " + position + (position == 1 ? " card" : " cards") + " studied.");
        }
        if (snapshot.mode() == Mode.TODAY) {
            session = List.of();
            position = 0;
        }
        mode.set(snapshot.mode());
        requested = snapshot.mode();
        counts.set(snapshot.counts());
        answerShown.set(false);
        intervals.set(snapshot.intervals());
        card.set(snapshot.next().map(byKey::get).orElse(null));
        shownAt = monotonicMillis.getAsLong();
        sessionText.set(QueueTexts.session(snapshot.mode(), card.get(), position, session.size()));
        describeEmpty(snapshot);
    }

    private void describeEmpty(Snapshot snapshot) {
        nextDue.set(snapshot.nextDue().orElse(null));
        canReviewAhead.set(snapshot.nextDue().isPresent());
        doneTitle.set(QueueTexts.doneTitle(deck.isEmpty(), snapshot));
        doneDetail.set(QueueTexts.doneDetail(deck.isEmpty(), snapshot, dueText));
    }
}
