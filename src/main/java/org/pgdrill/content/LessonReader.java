package org.pgdrill.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one lesson folder ({@code lesson.md} and an optional {@code parts.yaml}) into a {@link LoadedLesson}. */
final class LessonReader {
    static final String LESSON_FILE = "lesson.md";
    static final String PARTS_FILE = "parts.yaml";
    private static final List<String> LEVELS = Arrays.stream(Level.values()).map(Level::key).toList();
    private static final List<String> MODES = Arrays.stream(LessonMode.values()).map(LessonMode::key).toList();
    private static final String SIZE_ADVICE = "split it into smaller lessons";

    private final YamlFiles yaml;
    private final Path root;
    private final TrackDatasets datasets;

    LessonReader(YamlFiles yaml, Path root, TrackDatasets datasets) {
        this.yaml = yaml;
        this.root = root;
        this.datasets = datasets;
    }

    LoadedLesson read(Path folder) {
        Problems problems = new Problems(root);
        Path lessonFile = folder.resolve(LESSON_FILE);
        Path partsPath = folder.resolve(PARTS_FILE);
        Optional<Path> partsFile = Files.exists(partsPath) ? Optional.of(partsPath) : Optional.empty();
        Map<String, Integer> exerciseLines = new LinkedHashMap<>();
        Optional<FrontMatter> split = TextFiles.read(lessonFile, TextFiles.LESSON_FILE_LIMIT, SIZE_ADVICE, problems)
                .flatMap(text -> FrontMatter.split(text, problems.in(lessonFile)));
        Problems.InFile frontProblems = problems.in(lessonFile, FrontMatter.YAML_LINE_OFFSET);
        Optional<FrontMatterDto> front = split.flatMap(parts -> yaml.read(parts.yaml(), FrontMatterDto.class, frontProblems));
        Optional<String> declaredId = front.map(dto -> dto.id).filter(id -> id != null && !id.isBlank()).map(String::strip);
        int idLine = front.map(dto -> dto.lineOf("id") + FrontMatter.YAML_LINE_OFFSET).orElse(1);

        PartsMapper partsMapper = null;
        LessonParts parts = LessonParts.NONE;
        if (partsFile.isPresent()) {
            Problems.InFile partsProblems = problems.in(partsPath);
            ItemChecks checks = new ItemChecks(partsProblems);
            partsMapper = new PartsMapper(checks, new ExerciseMapper(checks, datasets, exerciseLines));
            Optional<PartsDto> dto = TextFiles.read(partsPath, TextFiles.LESSON_FILE_LIMIT, SIZE_ADVICE, problems)
                    .flatMap(text -> yaml.read(text, PartsDto.class, partsProblems));
            parts = dto.isPresent() ? partsMapper.map(dto.get()) : LessonParts.NONE;
        }
        Optional<Lesson> lesson = Optional.empty();
        if (split.isPresent() && front.isPresent()) {
            lesson = lesson(front.get(), split.get(), parts, new ItemChecks(frontProblems), lessonFile, partsFile);
        }
        List<PartsMapper.PendingLink> links = partsMapper == null ? List.of() : partsMapper.links();
        if (problems.count() > 0) {
            lesson = Optional.empty();
        }
        return new LoadedLesson(lesson, declaredId, idLine, lessonFile, exerciseLines, partsFile, links, problems.all());
    }

    private static Optional<Lesson> lesson(FrontMatterDto dto, FrontMatter split, LessonParts parts, ItemChecks checks,
                                           Path lessonFile, Optional<Path> partsFile) {
        String what = "the front matter";
        String id = checks.id(dto, "id", dto.id, ItemChecks.ITEM_ID, what);
        String title = checks.required(dto, "title", dto.title, what);
        String level = checks.oneOf(dto, "level", lower(dto.level), LEVELS, what);
        String mode = checks.oneOf(dto, "mode", lower(dto.mode), MODES, what);
        Integer version = dto.version;
        if (version == null) {
            checks.report(dto.line, "missing 'version' in " + what + " — start at 1 and raise it whenever the lesson changes");
        } else if (version < 1) {
            checks.report(dto.lineOf("version"), "'version' is " + version + " — use a whole number from 1 up");
        }
        LocalDate lastReviewed = date(dto, checks, what);
        String summary = checks.required(dto, "summary", dto.summary, what);
        if (split.body().isBlank()) {
            checks.problems().add(split.bodyLine() - FrontMatter.YAML_LINE_OFFSET,
                    "the lesson has no prose — write it in Markdown below the closing '---'");
        }
        if (LessonMode.HANDS_ON.key().equals(mode) && parts.exercises().isEmpty() && checks.problems().count() == 0) {
            checks.report(dto.lineOf("mode"), "the lesson is 'hands-on' but has no exercises — add exercises to "
                    + PARTS_FILE + " or set 'mode: concept'");
        }
        if (id == null || title == null || level == null || mode == null || version == null || version < 1
                || lastReviewed == null || summary == null) {
            return Optional.empty();
        }
        String markdown = split.body().strip();
        return Optional.of(new Lesson(id, title, Level.valueOf(level.toUpperCase(Locale.ROOT)),
                mode.equals(LessonMode.HANDS_ON.key()) ? LessonMode.HANDS_ON : LessonMode.CONCEPT, version, lastReviewed,
                summary, ReadingTime.minutes(markdown, parts), markdown, parts, lessonFile.toAbsolutePath().normalize(),
                partsFile.map(file -> file.toAbsolutePath().normalize())));
    }

    private static LocalDate date(FrontMatterDto dto, ItemChecks checks, String what) {
        String text = checks.required(dto, "last_reviewed", dto.lastReviewed, what);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.report(dto.lineOf("last_reviewed"), "'last_reviewed' is '" + text + "' — write the date as YYYY-MM-DD, e.g. 2025-03-14");
            return null;
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
