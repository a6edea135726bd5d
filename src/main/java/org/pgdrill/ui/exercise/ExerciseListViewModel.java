package org.pgdrill.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.ExerciseKind;
import org.pgdrill.content.Level;
import org.pgdrill.content.Track;
import org.pgdrill.progress.data.AttemptRepository;

/**
 * The exercise list: every exercise of the loaded tracks with the learner's status, filters (unsolved only, kind,
 * the lesson's level) and the next unsolved exercise, the obvious thing to do next.
 */
public final class ExerciseListViewModel {
    /** A filter value as a chooser shows it; a null value means "any". */
    public record Choice<T>(String label, T value) {
        boolean accepts(T candidate) {
            return value == null || value.equals(candidate);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final List<Track> tracks;
    private final AttemptRepository attempts;
    private final TaskRunner tasks;
    private final List<ExerciseEntry> all = new ArrayList<>();
    private final ObservableList<ExerciseEntry> shown = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: the wrapper only weakly listens to {@link #shown}, so a wrapper made per
     * call is garbage-collected with the listeners a view added to it, and the list stops updating.
     */
    private final ObservableList<ExerciseEntry> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final List<Choice<ExerciseKind>> kinds = new ArrayList<>();
    private final List<Choice<Level>> levels = new ArrayList<>();
    private final BooleanProperty unsolvedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Choice<ExerciseKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Level>> level = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ExerciseListViewModel(List<Track> tracks, AttemptRepository attempts, TaskRunner tasks) {
        this.tracks = List.copyOf(tracks);
        this.attempts = attempts;
        this.tasks = tasks;
        kinds.add(new Choice<>("All kinds", null));
        for (ExerciseKind each : ExerciseKind.values()) {
            kinds.add(new Choice<>(each.key(), each));
        }
        levels.add(new Choice<>("All levels", null));
        for (Level each : Level.values()) {
            levels.add(new Choice<>(each.key(), each));
        }
        kind.set(kinds.get(0));
        level.set(levels.get(0));
        unsolvedOnly.addListener((obs, old, now) -> applyFilters());
        kind.addListener((obs, old, now) -> applyFilters());
        level.addListener((obs, old, now) -> applyFilters());
    }

    /** The exercises that pass the filters, in track and lesson order. */
    public ObservableList<ExerciseEntry> shown() {
        return shownReadOnly;
    }

    public List<Choice<ExerciseKind>> kinds() {
        return List.copyOf(kinds);
    }

    public List<Choice<Level>> levels() {
        return List.copyOf(levels);
    }

    public BooleanProperty unsolvedOnlyProperty() {
        return unsolvedOnly;
    }

    public ObjectProperty<Choice<ExerciseKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice<Level>> levelProperty() {
        return level;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "12 exercises · 3 solved · 2 tried". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the statuses could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads every exercise's attempts (through the task runner) and shows the list. */
    public void refresh() {
        loading.set(true);
        tasks.run("Reading exercise progress", context -> ExerciseBoard.load(tracks, attempts), entries -> {
            loading.set(false);
            problem.set("");
            all.clear();
            all.addAll(entries);
            summary.set(summarize(entries));
            applyFilters();
        }, failure -> {
            loading.set(false);
            problem.set("Could not read your exercise progress: " + failure.getMessage());
        });
    }

    /** The first unsolved exercise of the chosen kind and level, in list order. */
    public Optional<ExerciseEntry> nextUnsolved() {
        return all.stream().filter(byKindAndLevel()).filter(entry -> !entry.progress().status().solved()).findFirst();
    }

    public boolean hasExercises() {
        return !all.isEmpty();
    }

    public void clearFilters() {
        unsolvedOnly.set(false);
        kind.set(kinds.get(0));
        level.set(levels.get(0));
    }

    /** What to tell the learner when no exercise is shown. */
    public String emptyText() {
        if (tracks.isEmpty()) {
            return "No lesson pack is loaded, so there are no exercises. Put a pack into the data folder's packs folder"
                    + " or start pgdrill with --lessons FOLDER.";
        }
        if (all.isEmpty()) {
            return "The loaded lessons have no exercises yet. Lessons with an exercises: part in their parts.yaml list them here.";
        }
        if (unsolvedOnly.get() && all.stream().filter(byKindAndLevel()).allMatch(entry -> entry.progress().status().solved())) {
            return "Every exercise that matches the filters is solved. Clear the filters to practise solved ones again.";
        }
        return "No exercise matches the filters.";
    }

    private void applyFilters() {
        Predicate<ExerciseEntry> filter = byKindAndLevel();
        if (unsolvedOnly.get()) {
            filter = filter.and(entry -> !entry.progress().status().solved());
        }
        shown.setAll(all.stream().filter(filter).toList());
    }

    private Predicate<ExerciseEntry> byKindAndLevel() {
        Choice<ExerciseKind> kindChoice = kind.get();
        Choice<Level> levelChoice = level.get();
        return entry -> (kindChoice == null || kindChoice.accepts(entry.exercise().kind()))
                && (levelChoice == null || levelChoice.accepts(entry.lesson().level()));
    }

    private static String summarize(List<ExerciseEntry> entries) {
        long solved = entries.stream().filter(entry -> entry.progress().status().solved()).count();
        long tried = entries.stream().filter(entry -> entry.progress().status() == ExerciseProgress.Status.TRIED).count();
        return entries.size() + (entries.size() == 1 ? " exercise" : " exercises") + " · " + solved + " solved · " + tried + " tried";
    }
}
