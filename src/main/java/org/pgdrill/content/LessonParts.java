package org.pgdrill.content;

import java.util.List;

/** The structured parts of a lesson, each list in the order the author wrote it (all may be empty). */
public record LessonParts(List<ChecklistItem> checklist, List<Drill> drills, List<String> tips, List<NextStep> nextSteps,
                          List<Flashcard> flashcards, List<SelfCheck> selfChecks, List<MultipleChoice> multipleChoice,
                          List<Exercise> exercises) {

    public static final LessonParts NONE = new LessonParts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public LessonParts {
        checklist = List.copyOf(checklist);
        drills = List.copyOf(drills);
        tips = List.copyOf(tips);
        nextSteps = List.copyOf(nextSteps);
        flashcards = List.copyOf(flashcards);
        selfChecks = List.copyOf(selfChecks);
        multipleChoice = List.copyOf(multipleChoice);
        exercises = List.copyOf(exercises);
    }

    /** Self-check plus multiple-choice questions. */
    public int questionCount() {
        return selfChecks.size() + multipleChoice.size();
    }
}
