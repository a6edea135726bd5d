package org.pgdrill.app;

import java.util.List;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.LessonParts;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/**
 * What {@code pgdrill validate} found: counts of what loaded and every problem.
 *
 * @param tracks           the tracks that loaded
 * @param lessons          lessons that loaded
 * @param checklistItems   checklist items in those lessons
 * @param flashcards       flashcards in those lessons
 * @param questions        self-check plus multiple-choice questions
 * @param exercises        exercises in those lessons
 * @param problems         every problem, static and live
 * @param solutionsChecked whether the reference solutions were run on PostgreSQL
 */
public record ValidationReport(List<Track> tracks, int lessons, int checklistItems, int flashcards, int questions, int exercises,
                               List<Problem> problems, boolean solutionsChecked) {

    public ValidationReport {
        tracks = List.copyOf(tracks);
        problems = List.copyOf(problems);
    }

    static ValidationReport of(List<Track> tracks, List<Problem> problems, boolean solutionsChecked) {
        int lessons = 0;
        int checklistItems = 0;
        int flashcards = 0;
        int questions = 0;
        int exercises = 0;
        for (Track track : tracks) {
            for (Lesson lesson : track.lessons()) {
                LessonParts parts = lesson.parts();
                lessons++;
                checklistItems += parts.checklist().size();
                flashcards += parts.flashcards().size();
                questions += parts.questionCount();
                exercises += parts.exercises().size();
            }
        }
        return new ValidationReport(tracks, lessons, checklistItems, flashcards, questions, exercises, problems, solutionsChecked);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** {@code N tracks, N lessons, N checklist items, N flashcards, N questions, N exercises, N problems}. */
    public String summaryLine() {
        return tracks.size() + " tracks, " + lessons + " lessons, " + checklistItems + " checklist items, " + flashcards
                + " flashcards, " + questions + " questions, " + exercises + " exercises, " + problems.size() + " problems";
    }
}
