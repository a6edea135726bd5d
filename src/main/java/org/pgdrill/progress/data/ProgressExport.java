package org.pgdrill.progress.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/**
 * Writes all progress and the portable settings as one JSON document (format "pgdrill-progress",
 * version {@value #FORMAT_VERSION}). Rows are ordered by their keys and times use one fixed format, so
 * exporting the same progress twice gives the same bytes, on every OS ("\n" line ends).
 */
public final class ProgressExport {
    public static final String FORMAT = "pgdrill-progress";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The top level of the file; field order is file order. */
    record Document(String format, int formatVersion, List<Dto.SettingDto> settings, List<Dto.VisitDto> lessonVisits,
                    List<Dto.CompletionDto> lessonCompletions, List<Dto.TickDto> checklistTicks,
                    List<Dto.ConfidenceDto> confidenceRatings, List<Dto.AnswerDto> questionAnswers,
                    List<Dto.AttemptDto> exerciseAttempts, List<Dto.CardStateDto> flashcardStates,
                    List<Dto.ReviewDto> flashcardReviews, List<Dto.NoteDto> notes) {
    }

    private ProgressExport() {
    }

    /** Reads everything in one transaction; settings whose key {@code includeSetting} rejects are left out. */
    public static ProgressDocument snapshot(ProgressStore store, Predicate<String> includeSetting) throws ProgressStoreException {
        return store.read(c -> new ProgressDocument(
                SettingsRepository.query(c).stream().filter(s -> includeSetting.test(s.key())).toList(),
                LessonProgressRepository.allVisits(c),
                LessonProgressRepository.allCompletions(c),
                ChecklistRepository.all(c),
                ConfidenceRepository.all(c),
                AnswerRepository.all(c),
                AttemptRepository.all(c),
                FlashcardRepository.allStates(c),
                FlashcardRepository.allReviews(c),
                NoteRepository.all(c)));
    }

    public static String toJson(ProgressDocument doc) {
        Document file = new Document(FORMAT, FORMAT_VERSION,
                doc.settings().stream().map(Dto.SettingDto::of).toList(),
                doc.lessonVisits().stream().map(Dto.VisitDto::of).toList(),
                doc.lessonCompletions().stream().map(Dto.CompletionDto::of).toList(),
                doc.checklistTicks().stream().map(Dto.TickDto::of).toList(),
                doc.confidenceRatings().stream().map(Dto.ConfidenceDto::of).toList(),
                doc.questionAnswers().stream().map(Dto.AnswerDto::of).toList(),
                doc.exerciseAttempts().stream().map(Dto.AttemptDto::of).toList(),
                doc.flashcardStates().stream().map(Dto.CardStateDto::of).toList(),
                doc.flashcardReviews().stream().map(Dto.ReviewDto::of).toList(),
                doc.notes().stream().map(Dto.NoteDto::of).toList());
        try {
            return WRITER.writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write progress as JSON", e);
        }
    }

    /** Writes the export to {@code out} through a temp file, so a failed export never leaves half a file. */
    public static ProgressDocument write(ProgressStore store, Path out, Predicate<String> includeSetting)
            throws ProgressStoreException, IOException {
        ProgressDocument doc = snapshot(store, includeSetting);
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, toJson(doc), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return doc;
    }
}
