package org.pgdrill.ui.flashcards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.FlashcardDeck;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.app.SettingKey;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.review.Rating;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.StudyPack;
import org.pgdrill.ui.flashcards.StudyQueue.Counts;
import org.pgdrill.ui.flashcards.StudyQueue.Mode;

/** The flashcard page's logic on a real progress file, with a clock and a stopwatch the test moves. */
class FlashcardsViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 23 November 2026, 19:00 in Berlin. */
    private static final Instant EVENING = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(EVENING);
    private final AtomicLong stopwatch = new AtomicLong(1_000_000);
    private App app;
    private FlashcardsViewModel model;

    @BeforeEach
    void open() throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        app = App.open(new AppConfig(dir.resolve("data"), Optional.empty(), List.of(lessons)), clock, BERLIN, StoreDamage.Handler.CANCEL);
        app.settings().put(SettingKey.REVIEW_FUZZ, "false");
        model = newModel();
    }

    private FlashcardsViewModel newModel() {
        return new FlashcardsViewModel(app.flashcards(), FlashcardDeck.of(app.library().tracks()), new InlineTaskRunner(),
                new DueText(clock, BERLIN), stopwatch::get);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String cardId() {
        return model.cardProperty().get() == null ? null : model.cardProperty().get().flashcard().id();
    }

    private void answer(Rating rating, long millisOnScreen) {
        stopwatch.addAndGet(millisOnScreen);
        clock.advance(Duration.ofMillis(millisOnScreen));
        model.flip();
        model.rate(rating);
    }

    @Test
    void newCardsComeInCourseOrderWithWhatEachRatingWouldDo() throws Exception {
        model.refresh();

        assertThat(model.countsProperty().get()).isEqualTo(new Counts(7, 0, 0, 0));
        assertThat(cardId()).isEqualTo("star");
        assertThat(model.cardProperty().get().lesson().title()).isEqualTo("Your first SELECT");
        assertThat(model.answerShownProperty().get()).isFalse();
        assertThat(model.intervalsProperty().get())
                .isEqualTo(Map.of(Rating.AGAIN, "1m", Rating.HARD, "6m", Rating.GOOD, "10m", Rating.EASY, "8d"));

        answer(Rating.GOOD, 4_500);

        List<FlashcardReview> stored = app.progress().flashcards().history(new FlashcardKey("basics", "select", "star"));
        assertThat(stored).singleElement().satisfies(review -> {
            assertThat(review.rating()).isEqualTo(3);
            assertThat(review.durationMillis()).as("time from question to rating").hasValue(4_500);
        });
        assertThat(cardId()).isEqualTo("from-first");
        assertThat(model.answerShownProperty().get()).as("the next card starts with its question").isFalse();
        assertThat(model.countsProperty().get()).isEqualTo(new Counts(6, 0, 0, 1));
    }

    @Test
    void ratingIsIgnoredUntilTheAnswerIsShownAndALongPauseCountsAsOneMinute() throws Exception {
        model.refresh();
        model.rate(Rating.EASY);
        assertThat(cardId()).isEqualTo("star");
        assertThat(app.progress().flashcards().history(new FlashcardKey("basics", "select", "star"))).isEmpty();

        answer(Rating.HARD, Duration.ofMinutes(20).toMillis());

        assertThat(app.progress().flashcards().history(new FlashcardKey("basics", "select", "star")))
                .singleElement().satisfies(review -> assertThat(review.durationMillis()).hasValue(60_000));
    }

    @Test
    void theFilterLimitsTheQueueToOneLesson() {
        model.refresh();
        CardScope vacuum = model.scopes().stream().filter(scope -> scope.label().contains("VACUUM")).findFirst().orElseThrow();
        assertThat(model.scopes()).extracting(CardScope::label).containsExactly("All cards (7)", "SQL basics (5)",
                "    Your first SELECT (3)", "    Filtering with WHERE (2)", "Operations (2)", "    VACUUM and dead rows (2)");

        model.scopeProperty().set(vacuum);

        assertThat(cardId()).isEqualTo("dead-tuples");
        assertThat(model.countsProperty().get().newCards()).isEqualTo(2);
    }

    @Test
    void whenTodaysCardsAreDoneItSaysWhenTheNextIsDueAndTheLearningCardComesBack() throws Exception {
        app.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "2");
        model.refresh();
        answer(Rating.GOOD, 3_000);
        answer(Rating.GOOD, 3_000);

        assertThat(model.cardProperty().get()).isNull();
        assertThat(model.doneTitleProperty().get()).isEqualTo("Done for today");
        assertThat(model.doneDetailProperty().get()).isEqualTo("The next card is due today at 19:10. 5 new cards wait for"
                + " tomorrow: today's new cards are done (the daily limit is under Settings > Review). Review ahead, or study"
                + " one lesson's cards now.");
        assertThat(model.canReviewAheadProperty().get()).isTrue();

        clock.advance(Duration.ofMinutes(10));
        model.refresh();

        assertThat(cardId()).isEqualTo("star");
        assertThat(model.countsProperty().get()).isEqualTo(new Counts(0, 2, 0, 2));
    }

    @Test
    void reviewAheadStudiesNotYetDueCardsThenReturnsToToday() throws Exception {
        app.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "2");
        model.refresh();
        answer(Rating.EASY, 2_000);
        answer(Rating.GOOD, 2_000);

        model.reviewAhead();

        assertThat(model.modeProperty().get()).isEqualTo(Mode.AHEAD);
        assertThat(model.sessionTextProperty().get()).isEqualTo("Reviewing ahead: card 1 of 2");
        assertThat(cardId()).as("soonest due first: Good was 10 minutes, Easy 8 days").isEqualTo("from-first");
        answer(Rating.GOOD, 2_000);
        assertThat(model.sessionTextProperty().get()).isEqualTo("Reviewing ahead: card 2 of 2");
        assertThat(cardId()).isEqualTo("star");
        answer(Rating.GOOD, 2_000);

        assertThat(model.modeProperty().get()).isEqualTo(Mode.TODAY);
        assertThat(model.messageProperty().get()).isEqualTo("Finished: 2 cards studied.");
        assertThat(model.sessionTextProperty().get()).isEmpty();
        assertThat(app.progress().flashcards().reviewsBetween(EVENING, EVENING.plus(Duration.ofDays(1)))).hasSize(4);
    }

    @Test
    void aLessonsCardsCanBeStudiedWhetherDueOrNot() {
        model.refresh();
        CardScope where = model.lessons().stream().filter(lesson -> lesson.label().startsWith("Filtering")).findFirst().orElseThrow();
        assertThat(where.label()).isEqualTo("Filtering with WHERE · SQL basics (2)");

        model.studyLesson(where);

        assertThat(model.modeProperty().get()).isEqualTo(Mode.LESSON);
        assertThat(model.sessionTextProperty().get()).isEqualTo("Studying Filtering with WHERE: card 1 of 2");
        assertThat(cardId()).isEqualTo("null-equals");
        model.backToToday();
        assertThat(cardId()).isEqualTo("star");
        assertThat(model.modeProperty().get()).isEqualTo(Mode.TODAY);
    }

    @Test
    void aLessonsCardsOpenedFromTheLessonPageStayWhenThePageReadsTheQueueBeforeTheyArrive() {
        org.pgdrill.testing.QueuedTaskRunner tasks = new org.pgdrill.testing.QueuedTaskRunner();
        FlashcardsViewModel fromLesson = new FlashcardsViewModel(app.flashcards(), FlashcardDeck.of(app.library().tracks()), tasks,
                new DueText(clock, BERLIN), stopwatch::get);
        CardScope where = fromLesson.lessons().stream().filter(lesson -> lesson.label().startsWith("Filtering")).findFirst().orElseThrow();

        fromLesson.studyLesson(where.track().orElseThrow(), where.lesson().orElseThrow());
        fromLesson.refresh(); // the page is put on screen while the lesson's cards are still being read
        tasks.runAll();

        assertThat(fromLesson.modeProperty().get()).isEqualTo(Mode.LESSON);
        assertThat(fromLesson.sessionTextProperty().get()).isEqualTo("Studying Filtering with WHERE: card 1 of 2");
        assertThat(fromLesson.cardProperty().get().flashcard().id()).isEqualTo("null-equals");
    }

    @Test
    void aRatingThatCannotBeSavedKeepsTheCardToRateAgain() {
        model.refresh();
        model.flip();
        app.store().close();

        model.rate(Rating.GOOD);

        assertThat(model.messageProperty().get()).startsWith("Your rating was not saved: ").endsWith(" Rate the card again.");
        assertThat(cardId()).isEqualTo("star");
        assertThat(model.answerShownProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void exportToAnkiWritesEveryCard() throws Exception {
        Path file = dir.resolve("cards.tsv");

        model.exportAnki(file);

        assertThat(model.messageProperty().get()).isEqualTo("Exported 7 flashcards to " + file
                + ". In Anki: File > Import, choose that file.");
        assertThat(Files.readAllLines(file).stream().filter(line -> line.startsWith("pgdrill:"))).hasSize(7);
    }

    @Test
    void withoutCardsItSaysWhereTheyComeFrom() {
        FlashcardsViewModel empty = new FlashcardsViewModel(app.flashcards(), List.of(), new InlineTaskRunner(),
                new DueText(clock, BERLIN), stopwatch::get);
        empty.refresh();

        assertThat(empty.cardProperty().get()).isNull();
        assertThat(empty.doneTitleProperty().get()).isEqualTo("No flashcards yet");
        assertThat(empty.canReviewAheadProperty().get()).isFalse();
        assertThat(empty.lessons()).isEmpty();
    }
}
