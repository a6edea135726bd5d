package org.pgdrill.app;

import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.data.AnswerRepository;
import org.pgdrill.progress.data.AttemptRepository;
import org.pgdrill.progress.data.ChecklistRepository;
import org.pgdrill.progress.data.ConfidenceRepository;
import org.pgdrill.progress.data.FlashcardRepository;
import org.pgdrill.progress.data.LessonProgressRepository;
import org.pgdrill.progress.data.NoteRepository;

/** The progress repositories over one store, for screens and commands to record and read what the learner did. */
public record ProgressData(LessonProgressRepository lessons, ChecklistRepository checklists, ConfidenceRepository confidence,
                           AnswerRepository answers, AttemptRepository attempts, FlashcardRepository flashcards,
                           NoteRepository notes) {
    public static ProgressData over(ProgressStore store) {
        return new ProgressData(new LessonProgressRepository(store), new ChecklistRepository(store), new ConfidenceRepository(store),
                new AnswerRepository(store), new AttemptRepository(store), new FlashcardRepository(store), new NoteRepository(store));
    }
}
