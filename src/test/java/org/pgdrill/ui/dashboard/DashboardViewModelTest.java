package org.pgdrill.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.app.ProgressData;
import org.pgdrill.app.ProgressSummary;
import org.pgdrill.app.ProgressSummary.DayActivity;
import org.pgdrill.app.ProgressSummary.LessonConfidence;
import org.pgdrill.app.ProgressSummary.TrackProgress;
import org.pgdrill.content.Lesson;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.progress.data.LessonVisit;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.StudyPack;

/**
 * The Progress page's numbers from a progress file seeded by hand, so every expected value below is counted
 * from the rows, not computed by the code under test. Berlin time; the study day starts at 4:00.
 */
class DashboardViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 25 November 2026, 19:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

    @TempDir
    Path dir;
    private App app;
    private DashboardViewModel model;

    @BeforeEach
    void open() throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        app = App.open(new AppConfig(dir.resolve("data"), Optional.empty(), List.of(lessons)), new MutableClock(NOW), BERLIN,
                StoreDamage.Handler.CANCEL);
        model = new DashboardViewModel(app.stats(), app.library().tracks(), app.library().folders(), new InlineTaskRunner());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ProgressSummary refreshed() {
        model.refresh();
        assertThat(model.errorProperty().get()).isEmpty();
        return model.summaryProperty().get();
    }

    @Test
    void tracksCountDoneLessonsAndPointAtTheFirstLessonNotDone() throws Exception {
        ProgressData progress = app.progress();
        progress.lessons().setCompletion(new LessonCompletion("basics", "select", true, 1, at("2026-11-01T10:00:00Z")));
        progress.lessons().setCompletion(new LessonCompletion("basics", "where", true, 1, at("2026-11-02T10:00:00Z")));
        progress.lessons().setCompletion(new LessonCompletion("basics", "order", false, 1, at("2026-11-03T10:00:00Z")));

        List<TrackProgress> tracks = refreshed().tracks();

        assertThat(tracks).hasSize(2);
        TrackProgress basics = tracks.get(0);
        assertThat(DashboardTexts.step(basics)).isEqualTo("Step 2/3, 66%");
        assertThat(basics.next().map(Lesson::title)).hasValue("Sorting with ORDER BY");
        assertThat(basics.updatedSince()).extracting(Lesson::id).as("'select' is at version 2, finished at 1").containsExactly("select");
        TrackProgress ops = tracks.get(1);
        assertThat(DashboardTexts.step(ops)).isEqualTo("Step 0/1, 0%");
        assertThat(ops.next().map(Lesson::id)).hasValue("vacuum");

        progress.lessons().setCompletion(new LessonCompletion("ops", "vacuum", true, 1, at("2026-11-04T10:00:00Z")));
        TrackProgress opsDone = refreshed().tracks().get(1);
        assertThat(DashboardTexts.step(opsDone)).isEqualTo("Step 1/1, 100%");
        assertThat(opsDone.next()).isEmpty();
    }

    @Test
    void leastConfidentLessonsComeFirstWithTheirTrend() throws Exception {
        rate("select", "", 4, "2026-11-01T10:00:00Z");
        rate("select", "", 2, "2026-11-20T10:00:00Z");
        rate("where", "", 3, "2026-11-02T10:00:00Z");
        rate("where", "", 5, "2026-11-21T10:00:00Z");
        rate("vacuum", "", 1, "2026-11-22T10:00:00Z");
        rate("order", "some-item", 1, "2026-11-22T10:00:00Z"); // an item's rating, not the lesson's
        rate("gone", "", 1, "2026-11-22T10:00:00Z"); // a lesson no longer in the pack

        List<LessonConfidence> confidence = refreshed().confidence();

        assertThat(confidence).extracting(rating -> rating.lesson().id() + " " + rating.latest() + " " + DashboardTexts.trend(rating))
                .containsExactly("vacuum 1 rated once", "select 2 ↓ down from 4", "where 5 ↑ up from 3");
        assertThat(confidence).extracting(LessonConfidence::worthRevisiting).containsExactly(true, true, false);
        assertThat(DashboardTexts.dots(2)).isEqualTo("●●○○○");
    }

    @Test
    void flashcardNumbersCountStudyDaysFromFourInTheMorning() throws Exception {
        // today (Wednesday): 11:00 and 04:30 Berlin; 03:30 Berlin still belongs to Tuesday's study day
        review("select", "star", "REVIEW", 3, "2026-11-25T10:00:00Z");
        review("select", "alias", "LEARNING", 2, "2026-11-25T03:30:00Z");
        review("where", "null-equals", "REVIEW", 4, "2026-11-25T02:30:00Z");
        // last week, an Again, and a card whose lesson is no longer loaded
        review("select", "from-first", "REVIEW", 1, "2026-11-22T10:00:00Z");
        review("gone", "ghost", "REVIEW", 3, "2026-11-20T10:00:00Z");
        // 36 days ago: outside the 30 days
        review("where", "between", "RELEARNING", 1, "2026-10-20T10:00:00Z");

        ProgressSummary.FlashcardStats cards = refreshed().flashcards();

        assertThat(cards.cards()).isEqualTo(7);
        assertThat(cards.learned()).as("star, null-equals, from-first").isEqualTo(3);
        assertThat(cards.learning()).as("alias, between").isEqualTo(2);
        assertThat(cards.reviewsToday()).isEqualTo(2);
        assertThat(cards.reviewsThisWeek()).isEqualTo(3);
        assertThat(cards.reviewsLast30()).isEqualTo(5);
        assertThat(cards.passedLast30()).isEqualTo(4);
        assertThat(DashboardTexts.percent(cards.retention())).isEqualTo("80%");
    }

    @Test
    void exercisesCountGradedAttemptsOfLoadedExercises() throws Exception {
        attempt("count-customers", "INCORRECT", "2026-11-24T09:00:00Z", 20_000, 0, false);
        attempt("count-customers", "CORRECT", "2026-11-24T09:05:00Z", 90_000, 1, false);
        attempt("count-customers", "CORRECT", "2026-11-24T09:10:00Z", 30_000, 0, false);
        attempt("berlin", "INTERRUPTED", "2026-11-23T08:00:00Z", 10_000, 0, false);
        attempt("berlin", "CORRECT", "2026-11-23T08:10:00Z", 30_000, 0, true);
        attempt("gone", "CORRECT", "2026-11-23T08:20:00Z", 1_000, 0, false);

        ProgressSummary.ExerciseStats exercises = refreshed().exercises();

        assertThat(exercises.exercises()).isEqualTo(2);
        assertThat(exercises.attempted()).isEqualTo(2);
        assertThat(exercises.solved()).as("berlin was answered only after seeing the solution: tried, not solved").isEqualTo(1);
        assertThat(exercises.solvedWithoutHints()).as("count-customers was solved again without a hint").isEqualTo(1);
        assertThat(DashboardTexts.duration(exercises.averageSolveMillis())).as("the first solve took 90 s").isEqualTo("1 min 30 s");
    }

    @Test
    void activityAddsUpEachOfTheLastThirtyStudyDays() throws Exception {
        review("select", "star", "REVIEW", 3, "2026-11-25T10:00:00Z");
        review("where", "null-equals", "REVIEW", 4, "2026-11-25T02:30:00Z");
        attempt("count-customers", "INCORRECT", "2026-11-24T09:00:00Z", 20_000, 0, false);
        attempt("berlin", "INTERRUPTED", "2026-11-23T08:00:00Z", 10_000, 0, false);
        visit("select", "2026-11-25T07:00:00Z");
        visit("where", "2026-10-27T03:00:00Z"); // 04:00 Berlin on 27 October: the first day shown begins
        visit("where", "2026-10-27T02:59:59.999Z"); // a moment earlier: not shown

        List<DayActivity> days = refreshed().activity();

        assertThat(days).hasSize(30);
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(days.get(29)).isEqualTo(new DayActivity(LocalDate.of(2026, 11, 25), 1, 0, 1));
        assertThat(days.get(28)).isEqualTo(new DayActivity(LocalDate.of(2026, 11, 24), 1, 1, 0));
        assertThat(days.get(27)).isEqualTo(new DayActivity(LocalDate.of(2026, 11, 23), 0, 1, 0));
        assertThat(days.get(0)).isEqualTo(new DayActivity(LocalDate.of(2026, 10, 27), 0, 0, 1));
        assertThat(DashboardTexts.activitySummary(days))
                .isEqualTo("Active on 4 of the last 30 days: 2 flashcard reviews, 2 exercise attempts, 2 lesson visits");
        assertThat(DashboardTexts.day(days.get(29))).isEqualTo("Wed 25 Nov: 1 flashcard review, 0 exercise attempts, 1 lesson visit");
        assertThat(DashboardTexts.day(days.get(1))).isEqualTo("Wed 28 Oct: nothing");
    }

    @Test
    void aNewLearnerSeesZerosNotErrors() {
        ProgressSummary summary = refreshed();

        assertThat(summary.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(summary.confidence()).isEmpty();
        assertThat(DashboardTexts.percent(summary.flashcards().retention())).isEqualTo(DashboardTexts.NONE);
        assertThat(DashboardTexts.duration(summary.exercises().averageSolveMillis())).isEqualTo(DashboardTexts.NONE);
        assertThat(summary.activity()).allMatch(day -> day.total() == 0);
        assertThat(DashboardTexts.activitySummary(summary.activity())).startsWith("Nothing in the last 30 days yet");
    }

    @Test
    void aStoreThatCannotBeReadIsReportedNotThrown() {
        app.store().close();

        model.refresh();

        assertThat(model.errorProperty().get()).startsWith("Could not read your progress: ");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(DashboardTexts.duration(OptionalLong.of(42_400))).isEqualTo("42 s");
        assertThat(DashboardTexts.duration(OptionalLong.of(65_000))).isEqualTo("1 min 05 s");
        assertThat(DashboardTexts.duration(OptionalLong.of(3_720_000))).isEqualTo("1 h 02 min");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private void rate(String lesson, String item, int rating, String when) throws Exception {
        String track = lesson.equals("vacuum") ? StudyPack.OPS : StudyPack.BASICS;
        app.progress().confidence().rate(new ConfidenceRating(track, lesson, item, rating, at(when)));
    }

    private void review(String lesson, String card, String stateAfter, int rating, String when) throws Exception {
        FlashcardKey key = new FlashcardKey(StudyPack.BASICS, lesson, card);
        Instant reviewed = at(when);
        app.progress().flashcards().recordReview(
                new FlashcardState(key, stateAfter, 0, 3.0, 5.0, reviewed.plusSeconds(86_400), reviewed, 2, 0),
                new FlashcardReview(key, reviewed, rating, "REVIEW", stateAfter, 1, 86_400, 3.0, 5.0, OptionalLong.of(5_000)));
    }

    private void attempt(String exercise, String verdict, String when, long millis, int hints, boolean peeked) throws Exception {
        app.progress().attempts().record(new ExerciseAttempt(StudyPack.BASICS, exercise, at(when), "SELECT 1", verdict, millis, hints,
                peeked));
    }

    private void visit(String lesson, String when) throws Exception {
        app.progress().lessons().recordVisit(new LessonVisit(StudyPack.BASICS, lesson, at(when)));
    }
}
