package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.ui.exercise.ExercisePack.OLD_BOOKS;
import static org.pgdrill.ui.exercise.ExercisePack.OVERDUE;
import static org.pgdrill.ui.exercise.ExercisePack.RETURN_ALL;
import static org.pgdrill.ui.exercise.ExercisePack.THROUGH_INDEX;
import static org.pgdrill.ui.exercise.ExercisePack.TRACK;
import static org.pgdrill.ui.exercise.ExercisePack.ids;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.content.ExerciseKind;
import org.pgdrill.content.Level;
import org.pgdrill.content.Track;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.data.AttemptRepository;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

/** The list's statuses, filters and "next unsolved", over a real H2 progress file. */
class ExerciseListViewModelTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    @TempDir
    Path dataDir;
    private ProgressStore store;
    private AttemptRepository attempts;
    private Track track;

    @BeforeEach
    void open() throws Exception {
        store = Stores.open(dataDir, new MutableClock(T));
        attempts = new AttemptRepository(store);
        track = ExercisePack.load(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ExerciseListViewModel model() {
        ExerciseListViewModel model = new ExerciseListViewModel(List.of(track), attempts, new InlineTaskRunner());
        model.refresh();
        return model;
    }

    private void attempt(String exercise, int second, String verdict, long seconds, int hints) throws Exception {
        attempts.record(new ExerciseAttempt(TRACK, exercise, T.plusSeconds(second), "SELECT 1", verdict, seconds * 1000, hints, false));
    }

    private static String status(ExerciseListViewModel model, String exercise) {
        return model.shown().stream().filter(entry -> entry.exercise().id().equals(exercise)).findFirst().orElseThrow()
                .progress().describe();
    }

    @Test
    void listsEveryExerciseInLessonOrderWithStatusesFromStoredAttempts() throws Exception {
        attempt(OVERDUE, 1, "INCORRECT", 40, 0);
        attempt(OVERDUE, 2, "CORRECT", 95, 1);
        attempt(RETURN_ALL, 3, "ERROR", 30, 0);

        ExerciseListViewModel model = model();

        assertThat(ids(model.shown())).containsExactly(OVERDUE, RETURN_ALL, THROUGH_INDEX, OLD_BOOKS);
        assertThat(status(model, OVERDUE)).isEqualTo("Solved · best 01:35");
        assertThat(status(model, RETURN_ALL)).isEqualTo("Tried once");
        assertThat(status(model, THROUGH_INDEX)).isEqualTo("Not tried");
        assertThat(model.summaryProperty().get()).isEqualTo("4 exercises · 1 solved · 1 tried");
    }

    @Test
    void theListTheViewListensToKeepsReportingChangesAfterAGarbageCollection() {
        ExerciseListViewModel model = new ExerciseListViewModel(List.of(track), attempts, new InlineTaskRunner());
        List<Integer> sizes = new java.util.ArrayList<>();
        model.shown().addListener((javafx.collections.ListChangeListener<ExerciseEntry>) change -> sizes.add(model.shown().size()));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        model.refresh();
        model.unsolvedOnlyProperty().set(true);

        assertThat(sizes).as("the exercise page is told the list was read, then filtered").containsExactly(4, 4);
    }

    @Test
    void nextUnsolvedSkipsSolvedExercisesAndFollowsTheKindFilter() throws Exception {
        attempt(OVERDUE, 1, "CORRECT", 60, 0);
        ExerciseListViewModel model = model();

        assertThat(model.nextUnsolved().orElseThrow().exercise().id()).isEqualTo(RETURN_ALL);

        model.kindProperty().set(model.kinds().stream().filter(choice -> choice.value() == ExerciseKind.PLAN).findFirst().orElseThrow());
        assertThat(ids(model.shown())).containsExactly(THROUGH_INDEX);
        assertThat(model.nextUnsolved().orElseThrow().exercise().id()).isEqualTo(THROUGH_INDEX);
    }

    @Test
    void unsolvedOnlyAndLevelFiltersNarrowTheListAndSayWhyItIsEmpty() throws Exception {
        attempt(OLD_BOOKS, 1, "CORRECT", 30, 0);
        ExerciseListViewModel model = model();

        model.levelProperty().set(model.levels().stream().filter(choice -> choice.value() == Level.ADVANCED).findFirst().orElseThrow());
        assertThat(ids(model.shown())).containsExactly(OLD_BOOKS);

        model.unsolvedOnlyProperty().set(true);
        assertThat(model.shown()).isEmpty();
        assertThat(model.emptyText()).startsWith("Every exercise that matches the filters is solved");

        model.clearFilters();
        assertThat(ids(model.shown())).containsExactly(OVERDUE, RETURN_ALL, THROUGH_INDEX, OLD_BOOKS);
    }

    @Test
    void withoutPacksTheListSaysHowToGetSome() {
        ExerciseListViewModel model = new ExerciseListViewModel(List.of(), attempts, new InlineTaskRunner());
        model.refresh();
        assertThat(model.shown()).isEmpty();
        assertThat(model.nextUnsolved()).isEmpty();
        assertThat(model.emptyText()).contains("No lesson pack is loaded").contains("--lessons");
    }

    @Test
    void aProgressFileThatCannotBeReadIsReportedNotHidden() {
        ExerciseListViewModel model = new ExerciseListViewModel(List.of(track), attempts, new InlineTaskRunner());
        store.close();
        model.refresh();
        assertThat(model.problemProperty().get()).startsWith("Could not read your exercise progress: ");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
