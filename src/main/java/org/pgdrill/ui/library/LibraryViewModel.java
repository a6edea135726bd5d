package org.pgdrill.ui.library;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pgdrill.app.ProgressData;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.app.TrackProgress;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/** The library: the loaded tracks, the chosen track's lessons with the learner's progress, and what to study next. */
public final class LibraryViewModel {
    private final ProgressData progress;
    private final TaskRunner tasks;
    private final ObservableList<Track> tracks = FXCollections.observableArrayList();
    private final ObjectProperty<Track> track = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TrackProgress.Summary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final List<Problem> problems;

    public LibraryViewModel(List<Track> loaded, List<Problem> problems, ProgressData progress, TaskRunner tasks) {
        this.progress = progress;
        this.tasks = tasks;
        this.problems = List.copyOf(problems);
        tracks.setAll(loaded);
        track.addListener((obs, old, chosen) -> refresh());
        if (!loaded.isEmpty()) {
            track.set(loaded.get(0));
        }
    }

    public ObservableList<Track> tracks() {
        return tracks;
    }

    public ObjectProperty<Track> trackProperty() {
        return track;
    }

    /** The chosen track's lessons with status; null while loading. */
    public ReadOnlyObjectProperty<TrackProgress.Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Lesson files that could not be loaded ({@code file:line: message}); the other lessons are there. */
    public List<Problem> problems() {
        return problems;
    }

    /** Reads the progress of the chosen track again (after returning from a lesson). */
    public void refresh() {
        Track chosen = track.get();
        if (chosen == null) {
            summary.set(null);
            return;
        }
        tasks.run("Reading progress", context -> TrackProgress.of(chosen, progress), summary::set,
                failure -> error.set("Could not read your progress: " + failure.getMessage()));
    }
}
