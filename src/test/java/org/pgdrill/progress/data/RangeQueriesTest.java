package org.pgdrill.progress.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

/** The reads behind the Progress page: a track's whole history, and what happened between two moments. */
class RangeQueriesTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    @TempDir
    Path dataDir;
    private ProgressStore store;

    @BeforeEach
    void open() throws Exception {
        store = Stores.open(dataDir, new MutableClock(T));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void visitsBetweenIncludeTheStartAndExcludeTheEndInTimeOrder() throws Exception {
        LessonProgressRepository lessons = new LessonProgressRepository(store);
        lessons.recordVisit(new LessonVisit("postgresql", "joins", at(10)));
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(0)));
        lessons.recordVisit(new LessonVisit("other", "intro", at(5)));
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(-1)));

        assertThat(lessons.visitsBetween(at(0), at(10))).extracting(visit -> visit.trackId() + "/" + visit.lessonId())
                .containsExactly("postgresql/indexes", "other/intro");
    }

    @Test
    void attemptsOfATrackAndAttemptsBetweenTwoMoments() throws Exception {
        AttemptRepository attempts = new AttemptRepository(store);
        attempts.record(new ExerciseAttempt("postgresql", "where", at(3), "SELECT 2", "CORRECT", 1_000, 0, false));
        attempts.record(new ExerciseAttempt("postgresql", "where", at(1), "SELECT 1", "INCORRECT", 1_000, 0, false));
        attempts.record(new ExerciseAttempt("postgresql", "count", at(2), "SELECT 3", "CORRECT", 1_000, 0, false));
        attempts.record(new ExerciseAttempt("other", "where", at(0), "SELECT 4", "CORRECT", 1_000, 0, false));

        assertThat(attempts.attempts("postgresql")).extracting(ExerciseAttempt::sql)
                .as("by exercise, each one's oldest first").containsExactly("SELECT 3", "SELECT 1", "SELECT 2");
        assertThat(attempts.attemptsBetween(at(0), at(3))).extracting(ExerciseAttempt::sql)
                .as("in time order, end excluded").containsExactly("SELECT 4", "SELECT 1", "SELECT 3");
    }

    @Test
    void aTracksConfidenceHistoryHoldsEveryLessonAndItem() throws Exception {
        ConfidenceRepository confidence = new ConfidenceRepository(store);
        confidence.rate(new ConfidenceRating("postgresql", "joins", "", 2, at(5)));
        confidence.rate(new ConfidenceRating("postgresql", "joins", "", 4, at(9)));
        confidence.rate(new ConfidenceRating("postgresql", "indexes", "btree", 3, at(1)));
        confidence.rate(new ConfidenceRating("other", "joins", "", 1, at(2)));

        assertThat(confidence.history("postgresql")).extracting(r -> r.lessonId() + ":" + r.itemId() + "=" + r.rating())
                .containsExactly("indexes:btree=3", "joins:=2", "joins:=4");
    }
}
