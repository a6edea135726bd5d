package org.pgdrill.progress.data;

import java.util.List;

/**
 * Everything an export holds: all progress and the portable settings, each list in a fixed order, so
 * the same progress always gives the same JSON.
 */
public record ProgressDocument(List<Setting> settings, List<LessonVisit> lessonVisits, List<LessonCompletion> lessonCompletions,
                               List<ChecklistTick> checklistTicks, List<ConfidenceRating> confidenceRatings,
                               List<QuestionAnswer> questionAnswers, List<ExerciseAttempt> exerciseAttempts,
                               List<FlashcardState> flashcardStates, List<FlashcardReview> flashcardReviews,
                               List<LessonNote> notes) {
    public ProgressDocument {
        settings = List.copyOf(settings);
        lessonVisits = List.copyOf(lessonVisits);
        lessonCompletions = List.copyOf(lessonCompletions);
        checklistTicks = List.copyOf(checklistTicks);
        confidenceRatings = List.copyOf(confidenceRatings);
        questionAnswers = List.copyOf(questionAnswers);
        exerciseAttempts = List.copyOf(exerciseAttempts);
        flashcardStates = List.copyOf(flashcardStates);
        flashcardReviews = List.copyOf(flashcardReviews);
        notes = List.copyOf(notes);
    }

    /** How many records it holds, settings included. */
    public int size() {
        return settings.size() + lessonVisits.size() + lessonCompletions.size() + checklistTicks.size() + confidenceRatings.size()
                + questionAnswers.size() + exerciseAttempts.size() + flashcardStates.size() + flashcardReviews.size() + notes.size();
    }
}
