package org.pgdrill.progress.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/**
 * Reads an export and merges it into a store. The whole file is read and checked first; any problem is
 * reported as {@code file:line: message} and nothing is imported. The merge is one transaction: history
 * rows are added if missing, state rows (completion, ticks, notes, card states, settings) are replaced only
 * by a later change. Importing the same file twice therefore changes nothing the second time.
 */
public final class ProgressImport {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private ProgressImport() {
    }

    /** Reads and checks {@code file}; throws {@link ImportException} with the line of the first problem. */
    public static ProgressDocument parse(Path file) throws ImportException, IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.getFactory().createParser(in)) {
            return new Reader(file, parser).document();
        } catch (JsonProcessingException e) {
            throw new ImportException(file, line(e.getLocation()), jsonProblem(e), e);
        }
    }

    /** Merges {@code doc} into {@code store} in one transaction; settings {@code acceptSetting} rejects are skipped. */
    public static ImportReport merge(ProgressStore store, ProgressDocument doc, Predicate<String> acceptSetting)
            throws ProgressStoreException {
        return store.write(c -> {
            Counter counter = new Counter();
            for (Setting setting : doc.settings()) {
                if (acceptSetting.test(setting.key())) {
                    counter.count(SettingsRepository.merge(c, setting));
                } else {
                    counter.skippedSettings++;
                }
            }
            counter.all(c, doc.lessonVisits(), LessonProgressRepository::mergeVisit);
            counter.all(c, doc.lessonCompletions(), LessonProgressRepository::mergeCompletion);
            counter.all(c, doc.checklistTicks(), ChecklistRepository::merge);
            counter.all(c, doc.confidenceRatings(), ConfidenceRepository::merge);
            counter.all(c, doc.questionAnswers(), AnswerRepository::merge);
            counter.all(c, doc.exerciseAttempts(), AttemptRepository::merge);
            counter.all(c, doc.flashcardStates(), FlashcardRepository::mergeState);
            counter.all(c, doc.flashcardReviews(), FlashcardRepository::mergeReview);
            counter.all(c, doc.notes(), NoteRepository::merge);
            return new ImportReport(counter.added, counter.updated, counter.unchanged, counter.skippedSettings);
        });
    }

    private interface Merge<T> {
        Rows.Change merge(Connection c, T row) throws SQLException;
    }

    private static final class Counter {
        int added;
        int updated;
        int unchanged;
        int skippedSettings;

        <T> void all(Connection c, List<T> rows, Merge<T> merge) throws SQLException {
            for (T row : rows) {
                count(merge.merge(c, row));
            }
        }

        void count(Rows.Change change) {
            switch (change) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    /** Walks the file token by token so every element's line is known when it turns out to be wrong. */
    private static final class Reader {
        private final Path file;
        private final JsonParser parser;
        private final List<Setting> settings = new ArrayList<>();
        private final List<LessonVisit> visits = new ArrayList<>();
        private final List<LessonCompletion> completions = new ArrayList<>();
        private final List<ChecklistTick> ticks = new ArrayList<>();
        private final List<ConfidenceRating> confidence = new ArrayList<>();
        private final List<QuestionAnswer> answers = new ArrayList<>();
        private final List<ExerciseAttempt> attempts = new ArrayList<>();
        private final List<FlashcardState> states = new ArrayList<>();
        private final List<FlashcardReview> reviews = new ArrayList<>();
        private final List<LessonNote> notes = new ArrayList<>();

        Reader(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        ProgressDocument document() throws IOException, ImportException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem("this is not a pgdrill progress export (it should be a JSON object starting with {)");
            }
            boolean formatSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = line(parser.currentTokenLocation());
                parser.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!ProgressExport.FORMAT.equals(parser.getValueAsString())) {
                            throw new ImportException(file, line, "format must be \"" + ProgressExport.FORMAT
                                    + "\": this is not a pgdrill progress export", null);
                        }
                        formatSeen = true;
                    }
                    case "formatVersion" -> checkVersion(line);
                    case "settings" -> array(Dto.SettingDto.class, Dto.SettingDto::toDomain, settings);
                    case "lessonVisits" -> array(Dto.VisitDto.class, Dto.VisitDto::toDomain, visits);
                    case "lessonCompletions" -> array(Dto.CompletionDto.class, Dto.CompletionDto::toDomain, completions);
                    case "checklistTicks" -> array(Dto.TickDto.class, Dto.TickDto::toDomain, ticks);
                    case "confidenceRatings" -> array(Dto.ConfidenceDto.class, Dto.ConfidenceDto::toDomain, confidence);
                    case "questionAnswers" -> array(Dto.AnswerDto.class, Dto.AnswerDto::toDomain, answers);
                    case "exerciseAttempts" -> array(Dto.AttemptDto.class, Dto.AttemptDto::toDomain, attempts);
                    case "flashcardStates" -> array(Dto.CardStateDto.class, Dto.CardStateDto::toDomain, states);
                    case "flashcardReviews" -> array(Dto.ReviewDto.class, Dto.ReviewDto::toDomain, reviews);
                    case "notes" -> array(Dto.NoteDto.class, Dto.NoteDto::toDomain, notes);
                    default -> throw new ImportException(file, line, "unknown field \"" + field + "\"", null);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw problem("unexpected content after the end of the export");
            }
            if (!formatSeen) {
                throw new ImportException(file, 1, "\"format\": \"" + ProgressExport.FORMAT
                        + "\" is missing: this is not a pgdrill progress export", null);
            }
            return new ProgressDocument(settings, visits, completions, ticks, confidence, answers, attempts, states, reviews, notes);
        }

        private void checkVersion(int line) throws IOException, ImportException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new ImportException(file, line, "formatVersion must be a whole number", null);
            }
            int version = parser.getIntValue();
            if (version > ProgressExport.FORMAT_VERSION) {
                throw new ImportException(file, line, "this export was written by a newer pgdrill (format version " + version
                        + "); update pgdrill to import it", null);
            }
            if (version < 1) {
                throw new ImportException(file, line, "formatVersion must be 1 or more, not " + version, null);
            }
        }

        private <D, T> void array(Class<D> type, Function<D, T> toDomain, List<T> into) throws IOException, ImportException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw problem("\"" + parser.currentName() + "\" must be a list [...]");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = line(parser.currentTokenLocation());
                D dto = MAPPER.readValue(parser, type);
                try {
                    into.add(toDomain.apply(dto));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new ImportException(file, line, e.getMessage(), e);
                }
            }
        }

        private ImportException problem(String message) {
            return new ImportException(file, line(parser.currentTokenLocation()), message, null);
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    private static String jsonProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        String message = e.getOriginalMessage();
        Matcher missing = MISSING.matcher(message);
        if (missing.find()) {
            return "field \"" + missing.group(1) + "\" is missing";
        }
        return message.lines().findFirst().orElse(message);
    }
}
