package org.pgdrill.ui.common;

import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;

/**
 * How one screen sends the learner to another without knowing it: the main window implements this
 * and builds the target screen.
 */
public interface Navigator {
    void showSection(Section section);

    void openLesson(Track track, Lesson lesson);

    void openQuiz(Track track, Lesson lesson);

    /** The flashcards screen, studying this lesson's interview questions. */
    void openFlashcards(Track track, Lesson lesson);

    void openExercise(Track track, Exercise exercise);

    /** The sandbox on a dataset, with {@code sql} in the editor (empty to keep what is there). */
    void openSandbox(Track track, DatasetRef dataset, String sql);

    /** Back to the section's main page (the library list, the exercise list, …). */
    void back(Section section);

    /** Opens a link from lesson text: {@code lesson:<id>}, {@code track:<id>[/<lesson>]}, {@code exercise:<id>}, or a web address (in the browser). */
    void openLink(Track track, String destination);
}
