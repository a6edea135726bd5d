package org.pgdrill.progress.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static java.time.temporal.ChronoUnit.MILLIS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

/** Each repository against a real H2 file, reopened where it matters so nothing lives only in memory. */
class RepositoriesTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00.123456Z");
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(T);
    private ProgressStore store;

    @BeforeEach
    void open() throws Exception {
        store = Stores.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() throws Exception {
        store.close();
        store = Stores.open(dataDir, clock);
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void lessonVisitsAreHistoryAndCompletionKnowsTheContentVersion() throws Exception {
        LessonProgressRepository lessons = new LessonProgressRepository(store);
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(0)));
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(5)));
        lessons.recordVisit(new LessonVisit("postgresql", "joins", at(7)));
        lessons.setCompletion(new LessonCompletion("postgresql", "indexes", true, 3, at(6)));
        reopen();
        lessons = new LessonProgressRepository(store);

        assertThat(lessons.visits("postgresql", "indexes")).extracting(LessonVisit::visitedAt)
                .containsExactly(at(0).truncatedTo(MILLIS), at(5).truncatedTo(MILLIS));
        assertThat(lessons.lastVisits("postgresql")).containsOnlyKeys("indexes", "joins");
        LessonCompletion done = lessons.completion("postgresql", "indexes").orElseThrow();
        assertThat(done.completed()).isTrue();
        assertThat(done.updatedSince(3)).isFalse();
        assertThat(done.updatedSince(4)).as("the lesson changed after the learner finished it").isTrue();

        lessons.setCompletion(new LessonCompletion("postgresql", "indexes", false, 3, at(9)));
        assertThat(lessons.completions("postgresql").get("indexes").completed()).isFalse();
    }

    @Test
    void timesAreKeptToTheMillisecondInUtc() throws Exception {
        new LessonProgressRepository(store).recordVisit(new LessonVisit("t", "l", T));
        reopen();
        assertThat(new LessonProgressRepository(store).visits("t", "l").get(0).visitedAt())
                .isEqualTo(Instant.parse("2026-11-23T10:00:00.123Z"));
    }

    @Test
    void checklistTicksKeepTheLatestChange() throws Exception {
        ChecklistRepository checklists = new ChecklistRepository(store);
        checklists.tick(new ChecklistTick("t", "l", "vacuum", true, at(1)));
        checklists.tick(new ChecklistTick("t", "l", "analyze", true, at(2)));
        checklists.tick(new ChecklistTick("t", "l", "vacuum", false, at(3)));
        reopen();
        var ticks = new ChecklistRepository(store).ticks("t", "l");
        assertThat(ticks.get("vacuum").ticked()).isFalse();
        assertThat(ticks.get("analyze").ticked()).isTrue();
    }

    @Test
    void confidenceKeepsItsHistory() throws Exception {
        ConfidenceRepository confidence = new ConfidenceRepository(store);
        confidence.rate(new ConfidenceRating("t", "l", ConfidenceRating.WHOLE_LESSON, 2, at(0)));
        confidence.rate(new ConfidenceRating("t", "l", ConfidenceRating.WHOLE_LESSON, 4, at(60)));
        confidence.rate(new ConfidenceRating("t", "l", "mvcc", 1, at(61)));
        assertThat(confidence.history("t", "l", ConfidenceRating.WHOLE_LESSON)).extracting(ConfidenceRating::rating).containsExactly(2, 4);
        assertThat(confidence.latest("t", "l").get(ConfidenceRating.WHOLE_LESSON).rating()).isEqualTo(4);
        assertThat(confidence.latest("t", "l").get("mvcc").rating()).isEqualTo(1);
        assertThatThrownBy(() -> new ConfidenceRating("t", "l", "", 6, at(0))).hasMessageContaining("1 to 5");
    }

    @Test
    void answersAndAttemptsAreStoredAsGiven() throws Exception {
        AnswerRepository answers = new AnswerRepository(store);
        answers.record(new QuestionAnswer("t", "l", "q1", QuestionKind.MULTIPLE_CHOICE, "b", Optional.of(false), at(0)));
        answers.record(new QuestionAnswer("t", "l", "q1", QuestionKind.MULTIPLE_CHOICE, "c", Optional.of(true), at(1)));
        answers.record(new QuestionAnswer("t", "l", "s1", QuestionKind.SELF_CHECK, "MVCC keeps old row versions", Optional.empty(), at(2)));
        AttemptRepository attempts = new AttemptRepository(store);
        String sql = "SELECT name\n  FROM cd.members\n WHERE joindate >= '2012-09-01'; -- Straße ✓";
        attempts.record(new ExerciseAttempt("pgexercises", "basic/00030000-where", at(3), sql, "WRONG", 95_000, 1, false));
        attempts.record(new ExerciseAttempt("pgexercises", "basic/00030000-where", at(5), sql, "CORRECT", 30_000, 2, true));
        reopen();

        assertThat(new AnswerRepository(store).answers("t", "l")).extracting(QuestionAnswer::answer, QuestionAnswer::correct)
                .containsExactly(tuple("b", Optional.of(false)),
                        tuple("c", Optional.of(true)),
                        tuple("MVCC keeps old row versions", Optional.empty()));
        var history = new AttemptRepository(store).attempts("pgexercises", "basic/00030000-where");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).sql()).isEqualTo(sql);
        assertThat(history.get(1)).extracting(ExerciseAttempt::verdict, ExerciseAttempt::timeTakenMillis, ExerciseAttempt::hintsUsed,
                ExerciseAttempt::solutionPeeked).containsExactly("CORRECT", 30_000L, 2, true);
        assertThat(new AttemptRepository(store).latestAttempts("pgexercises").get("basic/00030000-where").verdict()).isEqualTo("CORRECT");
    }

    @Test
    void aReviewStoresTheCardStateAndTheLogTogether() throws Exception {
        FlashcardRepository cards = new FlashcardRepository(store);
        FlashcardKey key = new FlashcardKey("t", "mvcc", "what-is-xmin");
        assertThat(cards.state(key)).isEmpty();
        FlashcardState first = new FlashcardState(key, "LEARNING", 1, 2.3065, 2.118104, at(10), at(0), 1, 0);
        cards.recordReview(first, new FlashcardReview(key, at(0), 3, "NEW", "LEARNING", 0, 600, 2.3065, 2.118104, OptionalLong.of(4200)));
        FlashcardState second = new FlashcardState(key, "REVIEW", 0, 2.3065, 2.111214, at(10 + 2 * 1440), at(10), 2, 0);
        cards.recordReview(second, new FlashcardReview(key, at(10), 3, "LEARNING", "REVIEW", 0, 172_800, 2.3065, 2.111214, OptionalLong.empty()));
        reopen();
        cards = new FlashcardRepository(store);

        assertThat(cards.state(key)).contains(second);
        assertThat(cards.states("t")).containsOnlyKeys(key);
        assertThat(cards.history(key)).extracting(FlashcardReview::stateBefore).containsExactly("NEW", "LEARNING");
        assertThat(cards.history(key).get(0).durationMillis()).hasValue(4200);
        assertThat(cards.reviewsBetween(at(5), at(20))).extracting(FlashcardReview::reviewedAt).containsExactly(at(10).truncatedTo(MILLIS));
    }

    @Test
    void notesAreSavedAndAnEmptyNoteIsADelete() throws Exception {
        NoteRepository notes = new NoteRepository(store);
        notes.save(new LessonNote("t", "l", "Remember: VACUUM FULL takes an ACCESS EXCLUSIVE lock.\nעברית ✓", at(0)));
        reopen();
        notes = new NoteRepository(store);
        assertThat(notes.note("t", "l").orElseThrow().body()).startsWith("Remember").endsWith("עברית ✓");
        notes.save(new LessonNote("t", "l", "", at(1)));
        assertThat(notes.note("t", "l")).isEmpty();
    }

    @Test
    void recordsRefuseMissingIds() {
        assertThatThrownBy(() -> new LessonVisit(" ", "l", T)).hasMessage("trackId is missing");
        assertThatThrownBy(() -> new FlashcardKey("t", "l", "x".repeat(201))).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> new FlashcardReview(new FlashcardKey("t", "l", "c"), T, 5, "NEW", "LEARNING", 0, 60, 1, 5, OptionalLong.empty()))
                .hasMessageContaining("1 (Again) to 4 (Easy)");
    }
}
