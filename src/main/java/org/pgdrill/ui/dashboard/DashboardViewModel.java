package org.pgdrill.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pgdrill.app.ProgressStats;
import org.pgdrill.app.ProgressSummary;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.Track;

/** The Progress page: the learner's numbers, read from the store off the FX thread each time the page is shown. */
public final class DashboardViewModel {
    private final ProgressStats stats;
    private final List<Track> tracks;
    private final List<Path> lessonFolders;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ProgressSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param tracks        the loaded tracks, in library order
     * @param lessonFolders where lessons are looked for, named when none loaded
     */
    public DashboardViewModel(ProgressStats stats, List<Track> tracks, List<Path> lessonFolders, TaskRunner tasks) {
        this.stats = stats;
        this.tracks = List.copyOf(tracks);
        this.lessonFolders = List.copyOf(lessonFolders);
        this.tasks = tasks;
    }

    /** The numbers of the last refresh; null before the first one finished. */
    public ReadOnlyObjectProperty<ProgressSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the numbers could not be read; empty when they could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public List<Path> lessonFolders() {
        return lessonFolders;
    }

    /** Reads the numbers again (the page was shown). A refresh already running is not started twice. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.run("Reading your progress", context -> stats.summarize(tracks), read -> {
            loading.set(false);
            error.set("");
            summary.set(read);
        }, failure -> {
            loading.set(false);
            error.set("Could not read your progress: " + failure.getMessage());
        });
    }
}
