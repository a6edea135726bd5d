package org.pgdrill.ui.lesson;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.pgdrill.app.ProgressData;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.data.ChecklistTick;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.progress.data.LessonVisit;

/**
 * One lesson as the learner studies it: the visit is recorded on open; checklist ticks, completion,
 * the 30-second confidence rating and personal notes are saved as they change.
 */
public final class LessonViewModel {
    private final Track track;
    private final Lesson lesson;
    private final ProgressData progress;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableMap<String, Boolean> ticks = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper updatedSince = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper confidence = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper ratings = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public LessonViewModel(Track track, Lesson lesson, ProgressData progress, TaskRunner tasks, Clock clock) {
        this.track = track;
        this.lesson = lesson;
        this.progress = progress;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Track track() {
        return track;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** 1-based position of the lesson in its track. */
    public int step() {
        return track.lessons().indexOf(lesson) + 1;
    }

    /** The dataset "Try in sandbox" uses: the lesson's first exercise's, else the track's first. */
    public Optional<DatasetRef> dataset() {
        return lesson.parts().exercises().stream().map(exercise -> exercise.dataset()).findFirst()
                .or(() -> track.datasets().stream().findFirst());
    }

    public ObservableMap<String, Boolean> ticks() {
        return ticks;
    }

    public ReadOnlyBooleanProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty updatedSinceProperty() {
        return updatedSince.getReadOnlyProperty();
    }

    /** Latest whole-lesson confidence, 1–5, or 0 when never rated. */
    public ReadOnlyIntegerProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    /** How many times the learner has rated this lesson. */
    public ReadOnlyIntegerProperty ratingsProperty() {
        return ratings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The last save problem, if any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Loaded(Map<String, ChecklistTick> ticks, Optional<LessonCompletion> completion, Optional<ConfidenceRating> confidence,
                          int ratings, Optional<LessonNote> note) {
    }

    /** Records the visit and reads what the learner saved before. */
    public void open() {
        tasks.run("Opening the lesson", context -> {
            progress.lessons().recordVisit(new LessonVisit(track.id(), lesson.id(), clock.instant()));
            return new Loaded(progress.checklists().ticks(track.id(), lesson.id()), progress.lessons().completion(track.id(), lesson.id()),
                    Optional.ofNullable(progress.confidence().latest(track.id(), lesson.id()).get(ConfidenceRating.WHOLE_LESSON)),
                    progress.confidence().history(track.id(), lesson.id(), ConfidenceRating.WHOLE_LESSON).size(),
                    progress.notes().note(track.id(), lesson.id()));
        }, loaded -> {
            loaded.ticks().forEach((item, tick) -> ticks.put(item, tick.ticked()));
            loaded.completion().ifPresent(done -> {
                completed.set(done.completed());
                updatedSince.set(done.updatedSince(lesson.version()));
            });
            loaded.confidence().ifPresent(rating -> confidence.set(rating.rating()));
            ratings.set(loaded.ratings());
            loaded.note().ifPresent(saved -> note.set(saved.body()));
        }, this::failed);
    }

    public void tick(String itemId, boolean ticked) {
        ticks.put(itemId, ticked);
        save("Saving the checklist", () -> progress.checklists().tick(new ChecklistTick(track.id(), lesson.id(), itemId, ticked, clock.instant())));
    }

    public void setCompleted(boolean done) {
        completed.set(done);
        updatedSince.set(false);
        save("Saving completion", () -> progress.lessons().setCompletion(new LessonCompletion(track.id(), lesson.id(), done, lesson.version(),
                clock.instant())));
    }

    /** "Can you explain this in 30 seconds?" 1 (not at all) … 5 (easily); every rating is kept as history. */
    public void rate(int rating) {
        confidence.set(rating);
        ratings.set(ratings.get() + 1);
        save("Saving confidence", () -> progress.confidence().rate(new ConfidenceRating(track.id(), lesson.id(), ConfidenceRating.WHOLE_LESSON,
                rating, clock.instant())));
    }

    public void saveNote(String body) {
        if (body.equals(note.get())) {
            return;
        }
        note.set(body);
        save("Saving your note", () -> progress.notes().save(new LessonNote(track.id(), lesson.id(), body, clock.instant())));
    }

    @FunctionalInterface
    private interface Save {
        void run() throws Exception;
    }

    private void save(String title, Save work) {
        tasks.run(title, context -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> message.set(""), this::failed);
    }

    private void failed(Throwable failure) {
        message.set("Not saved: " + failure.getMessage());
    }
}
