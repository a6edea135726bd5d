package org.pgdrill.ui.sandbox;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pgdrill.app.PracticeService;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Track;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.ui.common.ExplainScript;

/**
 * The sandbox: a script, a dataset, Run / Explain / Cancel. Every run is rolled back, so trying a DELETE
 * or a CREATE INDEX here changes nothing for the next run.
 */
public final class SandboxViewModel {
    /** A dataset to run on, as the chooser shows it. */
    public record DatasetChoice(Track track, DatasetRef dataset) {
        @Override
        public String toString() {
            return dataset.title() + " (" + track.title() + ")";
        }
    }

    private final PracticeService practice;
    private final TaskRunner tasks;
    private final ObservableList<DatasetChoice> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetChoice> dataset = new SimpleObjectProperty<>();
    private final StringProperty script = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AttemptResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SandboxViewModel(PracticeService practice, TaskRunner tasks, List<Track> tracks) {
        this.practice = practice;
        this.tasks = tasks;
        List<DatasetChoice> choices = new ArrayList<>();
        for (Track track : tracks) {
            for (DatasetRef ref : track.datasets()) {
                choices.add(new DatasetChoice(track, ref));
            }
        }
        datasets.setAll(choices);
        if (!choices.isEmpty()) {
            dataset.set(choices.get(0));
            script.set(starter(choices.get(0)));
        }
    }

    private static String starter(DatasetChoice choice) {
        return "-- Try anything here: every run is rolled back.\n"
                + "-- \\d lists the tables, \\d NAME describes one; Ctrl+Enter runs, Explain shows the plan.\n\\d\n";
    }

    public ObservableList<DatasetChoice> datasets() {
        return datasets;
    }

    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    public StringProperty scriptProperty() {
        return script;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttemptResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What happened, or why nothing can run (no PostgreSQL, no dataset). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens the sandbox on a dataset with some SQL (from a lesson's "Try in sandbox"). */
    public void open(Track track, DatasetRef ref, String sql) {
        datasets.stream().filter(choice -> choice.track().id().equals(track.id()) && choice.dataset().id().equals(ref.id()))
                .findFirst().ifPresent(dataset::set);
        if (sql != null && !sql.isBlank()) {
            script.set(sql.endsWith("\n") ? sql : sql + "\n");
        }
    }

    public void run() {
        execute(script.get());
    }

    /** Runs the script with its last statement under EXPLAIN (ANALYZE, BUFFERS), unless it is an EXPLAIN already. */
    public void explain() {
        execute(ExplainScript.explained(script.get()));
    }

    private void execute(String text) {
        DatasetChoice choice = dataset.get();
        if (choice == null) {
            status.set("No dataset to run on: no lesson pack with datasets is loaded.");
            return;
        }
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set("Running on " + choice.dataset().title() + "…");
        tasks.run("Running SQL", context -> practice.run(choice.track(), choice.dataset(), text, Limits.sandbox()),
                done -> {
                    running.set(false);
                    result.set(done);
                    status.set(summary(done));
                },
                failure -> {
                    running.set(false);
                    status.set("Could not run: " + failure.getMessage());
                });
    }

    static String summary(AttemptResult done) {
        String rebuilt = done.datasetRebuilt() ? " The dataset was found changed and rebuilt from its script." : "";
        return switch (done.status()) {
            case OK -> done.outcomes().size() + (done.outcomes().size() == 1 ? " statement" : " statements") + " ran in " + done.millis()
                    + " ms, then everything was rolled back." + rebuilt;
            default -> done.message() + rebuilt;
        };
    }

    public void cancel() {
        tasks.run("Cancelling", context -> {
            practice.cancel();
            return Boolean.TRUE;
        }, ignored -> status.set("Cancelling…"), failure -> status.set("Could not cancel: " + failure.getMessage()));
    }
}
