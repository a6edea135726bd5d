package org.pgdrill.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps {@code parts.yaml} to {@link LessonParts}, checking every rule of the format. Items with a problem
 * are reported and left out; the loader then leaves the whole lesson out.
 */
final class PartsMapper {
    private final ItemChecks checks;
    private final ItemChecks.UniqueIds lessonIds = new ItemChecks.UniqueIds("item");
    private final ExerciseMapper exercises;
    private final List<PendingLink> links = new ArrayList<>();

    /** A next step that names another lesson or track: resolved once every lesson of every pack is known. */
    record PendingLink(NextStep step, int line) {
    }

    PartsMapper(ItemChecks checks, ExerciseMapper exercises) {
        this.checks = checks;
        this.exercises = exercises;
    }

    List<PendingLink> links() {
        return List.copyOf(links);
    }

    LessonParts map(PartsDto dto) {
        return new LessonParts(
                each(dto, "checklist", dto.checklist, "checklist item", this::checklistItem),
                each(dto, "drills", dto.drills, "drill", this::drill),
                checks.texts(dto, "tips", dto.tips, "the tips"),
                each(dto, "next_steps", dto.nextSteps, "next step", this::nextStep),
                each(dto, "flashcards", dto.flashcards, "flashcard", this::flashcard),
                each(dto, "self_check", dto.selfCheck, "self-check question", this::selfCheck),
                each(dto, "multiple_choice", dto.multipleChoice, "multiple-choice question", this::multipleChoice),
                each(dto, "exercises", dto.exercises, "exercise", item -> exercises.map(item, lessonIds)));
    }

    private <D extends Located, R> List<R> each(PartsDto parts, String key, List<D> items, String kind, Function<D, R> mapper) {
        if (items == null) {
            return List.of();
        }
        List<R> mapped = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            if (item == null) {
                checks.report(parts.lineOf(key), kind + " " + (i + 1) + " under '" + key + "' is empty — remove the lone '-' or"
                        + " fill it in");
                continue;
            }
            R record = mapper.apply(item);
            if (record != null) {
                mapped.add(record);
            }
        }
        return mapped;
    }

    /** "checklist item 'x'" when the id is known, else "a checklist item". */
    static String describe(String kind, String id) {
        return id == null || id.isBlank() ? "a " + kind : kind + " '" + id.strip() + "'";
    }

    private String itemId(Located item, String rawId, String kind) {
        String id = checks.id(item, "id", rawId, ItemChecks.ITEM_ID, describe(kind, null)
                + " (every item needs an id, unique in the lesson, so progress survives reordering)");
        if (id != null && !lessonIds.add(id, checks.problems(), item.lineOf("id"))) {
            return null;
        }
        return id;
    }

    private ChecklistItem checklistItem(PartsDto.ChecklistDto dto) {
        String id = itemId(dto, dto.id, "checklist item");
        String text = checks.required(dto, "text", dto.text, describe("checklist item", dto.id));
        return id == null || text == null ? null : new ChecklistItem(id, text);
    }

    private Drill drill(PartsDto.DrillDto dto) {
        String what = describe("drill", dto.id);
        String id = itemId(dto, dto.id, "drill");
        String title = checks.required(dto, "title", dto.title, what);
        String sql = checks.required(dto, "sql", dto.sql, what);
        if (dto.checkBeforeCommit == null || dto.checkBeforeCommit.isEmpty()) {
            checks.report(dto.lineOf("check_before_commit"), "missing 'check_before_commit' in " + what
                    + " — list what to verify before COMMIT");
            return null;
        }
        List<String> checkBeforeCommit = checks.texts(dto, "check_before_commit", dto.checkBeforeCommit, what);
        if (id == null || title == null || sql == null || checkBeforeCommit.size() != dto.checkBeforeCommit.size()) {
            return null; // each problem is reported already
        }
        return new Drill(id, title, ItemChecks.optional(dto.situation), sql, checkBeforeCommit);
    }

    private NextStep nextStep(PartsDto.NextStepDto dto) {
        String form = "a next step is {lesson: <id>}, {track: <id>, lesson: <id>} (lesson optional) or {text: ..., url: ...}";
        boolean lesson = dto.lesson != null;
        boolean track = dto.track != null;
        boolean link = dto.text != null || dto.url != null;
        if (link && (lesson || track) || !link && !lesson && !track) {
            checks.report(dto.line, form);
            return null;
        }
        if (link) {
            return urlStep(dto);
        }
        String lessonId = lesson ? checks.id(dto, "lesson", dto.lesson, ItemChecks.ITEM_ID, "a next step") : null;
        if (track) {
            String trackId = checks.id(dto, "track", dto.track, ItemChecks.ITEM_ID, "a next step");
            if (trackId == null || lesson && lessonId == null) {
                return null;
            }
            return pending(new NextStep.ToTrack(trackId, Optional.ofNullable(lessonId)), dto.line);
        }
        return lessonId == null ? null : pending(new NextStep.ToLesson(lessonId), dto.line);
    }

    private NextStep pending(NextStep step, int line) {
        links.add(new PendingLink(step, line));
        return step;
    }

    private NextStep urlStep(PartsDto.NextStepDto dto) {
        String text = checks.required(dto, "text", dto.text, "a next step link");
        String url = checks.required(dto, "url", dto.url, "a next step link");
        if (text == null || url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return new NextStep.ToUrl(text, uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        checks.report(dto.lineOf("url"), "'url' '" + url + "' is not a web address — write it as https://…");
        return null;
    }

    private Flashcard flashcard(PartsDto.FlashcardDto dto) {
        String what = describe("flashcard", dto.id);
        String id = itemId(dto, dto.id, "flashcard");
        String question = checks.required(dto, "question", dto.question, what);
        String answer = checks.required(dto, "answer", dto.answer, what);
        return id == null || question == null || answer == null ? null : new Flashcard(id, question, answer);
    }

    private SelfCheck selfCheck(PartsDto.SelfCheckDto dto) {
        String what = describe("self-check question", dto.id);
        String id = itemId(dto, dto.id, "self-check question");
        String question = checks.required(dto, "question", dto.question, what);
        String answer = checks.required(dto, "model_answer", dto.modelAnswer, what);
        return id == null || question == null || answer == null ? null : new SelfCheck(id, question, answer);
    }

    private MultipleChoice multipleChoice(PartsDto.MultipleChoiceDto dto) {
        String what = describe("multiple-choice question", dto.id);
        String id = itemId(dto, dto.id, "multiple-choice question");
        String question = checks.required(dto, "question", dto.question, what);
        boolean multiSelect = Boolean.TRUE.equals(dto.multiSelect);
        List<PartsDto.OptionDto> given = dto.options == null ? List.of() : dto.options;
        if (given.size() < 2 || given.size() > 6) {
            checks.report(dto.lineOf("options"), what + " has " + given.size() + " option" + (given.size() == 1 ? "" : "s")
                    + " — give between 2 and 6");
            return null;
        }
        List<MultipleChoice.Option> options = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PartsDto.OptionDto option = given.get(i);
            if (option == null) {
                checks.report(dto.lineOf("options"), "option " + (i + 1) + " of " + what + " is empty");
                continue;
            }
            String text = checks.required(option, "text", option.text, "option " + (i + 1) + " of " + what);
            String explanation = checks.required(option, "explanation", option.explanation, "option " + (i + 1) + " of " + what
                    + " (every option explains why it is right or wrong)");
            if (text != null && explanation != null) {
                options.add(new MultipleChoice.Option(text, Boolean.TRUE.equals(option.correct), explanation));
            }
        }
        long correct = options.stream().filter(MultipleChoice.Option::correct).count();
        if (options.size() == given.size()) {
            if (!multiSelect && correct != 1) {
                checks.report(dto.lineOf("options"), what + " has " + correct + " correct options — mark exactly one with"
                        + " 'correct: true', or set 'multi_select: true'");
                return null;
            }
            if (multiSelect && correct == 0) {
                checks.report(dto.lineOf("options"), what + " has no correct option — mark at least one with 'correct: true'");
                return null;
            }
        }
        return id == null || question == null || options.size() != given.size() ? null
                : new MultipleChoice(id, question, multiSelect, options);
    }
}
