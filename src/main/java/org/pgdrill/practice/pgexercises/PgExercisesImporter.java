package org.pgdrill.practice.pgexercises;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a pgexercises checkout ({@code questions/} + {@code database/clubdata.sql}) into a pgdrill
 * lesson pack: one lesson per category, one exercise per {@code .ex} file with id
 * {@code <category>/<file name without .ex>}. Column names are not compared (pgexercises does not).
 */
public final class PgExercisesImporter {
    static final String TRACK_ID = "pgexercises";
    static final String DATASET_ID = "clubdata";
    private static final List<String> SITE_ORDER = List.of("basic", "joins", "updates", "aggregates", "date", "string", "recursive");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

    private final LocalDate today;

    public PgExercisesImporter(LocalDate today) {
        this.today = today;
    }

    /** What an import produced, and the files it could not use ({@code file:line: message}). */
    public record Report(int lessons, int exercises, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    public Report importInto(Path checkout, Path pack) throws IOException {
        Path questions = checkout.resolve("questions");
        Path database = checkout.resolve("database").resolve("clubdata.sql");
        if (!Files.isDirectory(questions)) {
            throw new IOException(checkout + " is not a pgexercises checkout: it has no questions/ folder");
        }
        if (!Files.isRegularFile(database)) {
            throw new IOException(checkout + " is not a pgexercises checkout: it has no database/clubdata.sql");
        }
        Files.createDirectories(pack.resolve("datasets"));
        Files.writeString(pack.resolve("datasets").resolve(DATASET_ID + ".sql"), DatasetScript.convert(Files.readString(database, StandardCharsets.UTF_8), today),
                StandardCharsets.UTF_8);
        copyLicence(questions.resolve("LICENSE"), pack.resolve("LICENSE-questions.txt"));
        copyLicence(checkout.resolve("LICENSE-code-BSD"), pack.resolve("datasets").resolve("LICENSE-" + DATASET_ID + ".txt"));

        List<String> problems = new ArrayList<>();
        List<String> lessonFolders = new ArrayList<>();
        int exercises = 0;
        int number = 1;
        for (Path category : categories(questions)) {
            String id = category.getFileName().toString();
            List<Map<String, Object>> exerciseParts = new ArrayList<>();
            for (Path file : exFiles(category)) {
                try {
                    ExFile ex = ExFile.read(file);
                    String problem = missing(ex);
                    if (problem != null) {
                        problems.add(checkout.relativize(file) + ":1: " + problem);
                        continue;
                    }
                    exerciseParts.add(exercise(id, ex));
                } catch (IOException e) {
                    problems.add(checkout.relativize(file) + ":1: cannot read: " + e.getMessage());
                }
            }
            if (exerciseParts.isEmpty()) {
                problems.add(checkout.relativize(category) + ":1: no usable .ex files; the category is left out");
                continue;
            }
            String folder = String.format(Locale.ROOT, "%02d-%s", number++, id);
            writeLesson(pack.resolve(folder), id, category, exerciseParts);
            lessonFolders.add(folder);
            exercises += exerciseParts.size();
        }
        writeTrack(pack, lessonFolders);
        return new Report(lessonFolders.size(), exercises, problems);
    }

    private static List<Path> categories(Path questions) throws IOException {
        try (Stream<Path> entries = Files.list(questions)) {
            return entries.filter(Files::isDirectory).sorted(Comparator.comparingInt((Path p) -> {
                int index = SITE_ORDER.indexOf(p.getFileName().toString());
                return index < 0 ? SITE_ORDER.size() : index;
            }).thenComparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static List<Path> exFiles(Path category) throws IOException {
        try (Stream<Path> entries = Files.list(category)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".ex")).sorted().toList();
        }
    }

    private static String missing(ExFile ex) {
        for (String section : List.of("QUESTIONNAME", "QUESTION", "QUERY")) {
            if (ex.get(section).isEmpty()) {
                return "the |" + section + "| section is missing or empty";
            }
        }
        if (ex.flag("WRITEABLE") && ex.get("RETURNTABLE").isEmpty()) {
            return "a WRITEABLE exercise needs a |RETURNTABLE| section naming the table to compare";
        }
        return null;
    }

    private static Map<String, Object> exercise(String category, ExFile ex) {
        String name = ex.path().getFileName().toString();
        Map<String, Object> exercise = new LinkedHashMap<>();
        exercise.put("id", category + "/" + name.substring(0, name.length() - ".ex".length()));
        exercise.put("title", ex.get("QUESTIONNAME"));
        exercise.put("dataset", DATASET_ID);
        boolean writeable = ex.flag("WRITEABLE");
        exercise.put("kind", writeable ? "state" : "result");
        exercise.put("prompt", HtmlToMarkdown.convert(ex.get("QUESTION")) + "\n");
        exercise.put("solution", ex.get("QUERY").strip() + "\n");
        exercise.put("time_limit", "10m");
        if (!ex.get("HINT").isEmpty()) {
            exercise.put("hints", List.of(HtmlToMarkdown.convert(ex.get("HINT"))));
        }
        exercise.put("order_matters", ex.flag("SORTED"));
        exercise.put("compare_column_names", false);
        if (writeable) {
            exercise.put("tables", List.of(ex.get("RETURNTABLE")));
        }
        if (!ex.get("ANSWER").isEmpty()) {
            exercise.put("explanation", HtmlToMarkdown.convert(ex.get("ANSWER")) + "\n");
        }
        return exercise;
    }

    private void writeLesson(Path folder, String id, Path category, List<Map<String, Object>> exercises) throws IOException {
        Files.createDirectories(folder);
        ExFile index = Files.exists(category.resolve("index")) ? ExFile.read(category.resolve("index")) : null;
        String title = index != null && !index.get("CATNAME").isEmpty() ? index.get("CATNAME") : id;
        String description = index != null ? HtmlToMarkdown.convert(index.get("CATDESC")) : "";
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("id", id);
        front.put("title", title);
        front.put("level", switch (id) {
            case "basic" -> "beginner";
            case "recursive" -> "advanced";
            default -> "intermediate";
        });
        front.put("mode", "hands-on");
        front.put("version", 1);
        front.put("last_reviewed", today.toString());
        front.put("summary", description.isEmpty() ? title + " exercises from pgexercises." : HtmlToMarkdown.firstSentence(description));
        String body = (description.isEmpty() ? "" : description + "\n\n")
                + "*Exercises from [PostgreSQL Exercises](https://pgexercises.com/) by Alisdair Owens, licensed CC BY-SA 3.0"
                + " (see LICENSE-questions.txt in this pack).*\n";
        Files.writeString(folder.resolve("lesson.md"), "---\n" + YAML.writeValueAsString(front) + "---\n\n" + body, StandardCharsets.UTF_8);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("exercises", exercises);
        Files.writeString(folder.resolve("parts.yaml"), YAML.writeValueAsString(parts), StandardCharsets.UTF_8);
    }

    private static void writeTrack(Path pack, List<String> lessonFolders) throws IOException {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("id", DATASET_ID);
        dataset.put("title", "A country club: members, facilities and bookings");
        dataset.put("file", "datasets/" + DATASET_ID + ".sql");
        dataset.put("search_path", List.of("cd"));
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("id", TRACK_ID);
        track.put("title", "PostgreSQL Exercises");
        track.put("engine", "postgresql");
        track.put("version", 1);
        track.put("description", "The exercises of pgexercises.com by Alisdair Owens (questions CC BY-SA 3.0, dataset BSD),"
                + " imported with 'pgdrill import-pgexercises'.");
        track.put("datasets", List.of(dataset));
        track.put("lessons", lessonFolders);
        Files.writeString(pack.resolve("track.yaml"), YAML.writeValueAsString(track), StandardCharsets.UTF_8);
    }

    private static void copyLicence(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
