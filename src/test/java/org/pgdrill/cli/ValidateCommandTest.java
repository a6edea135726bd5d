package org.pgdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static final String TRACK = """
            id: tiny
            title: Tiny
            engine: postgresql
            version: 1
            lessons:
              - 01-only
              - 02-other
            """;
    private static final String LESSON = """
            ---
            id: %s
            title: A lesson
            level: beginner
            mode: concept
            version: 1
            last_reviewed: 2025-05-01
            summary: Short.
            ---
            Some prose.
            """;
    private static final String PARTS = """
            checklist:
              - {id: one, text: First thing}
              - {id: two, text: Second thing}
            flashcards:
              - {id: card, question: "Q?", answer: A.}
            self_check:
              - {id: check, question: "Why?", model_answer: Because.}
            multiple_choice:
              - id: choice
                question: Which?
                options:
                  - {text: This, correct: true, explanation: Right.}
                  - {text: That, explanation: Wrong.}
            """;

    @TempDir
    Path dir;

    private Path tinyPack() throws IOException {
        Files.createDirectories(dir.resolve("01-only"));
        Files.createDirectories(dir.resolve("02-other"));
        Files.writeString(dir.resolve("track.yaml"), TRACK);
        Files.writeString(dir.resolve("01-only/lesson.md"), LESSON.formatted("only"));
        Files.writeString(dir.resolve("01-only/parts.yaml"), PARTS);
        Files.writeString(dir.resolve("02-other/lesson.md"), LESSON.formatted("other"));
        return dir;
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        CommandLine commandLine = PgdrillCommand.commandLine((config, shot, section, probe) -> {
            throw new AssertionError("validate must not open the window");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        // these tests check the files only (PracticeCommandsTest runs validate on PostgreSQL), in a scratch data folder
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("--data-dir", dir.resolve("data").toString()));
        for (String arg : args) {
            all.add(arg);
            if (arg.equals("validate")) {
                all.add("--files-only");
            }
        }
        int code = commandLine.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aCleanPackPrintsOnlyTheSummaryAndExitsZero() throws IOException {
        Result result = run("validate", tinyPack().toString());

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("1 tracks, 2 lessons, 2 checklist items, 1 flashcards, 2 questions, 0 exercises,"
                + " 0 problems" + System.lineSeparator());
        assertThat(result.err()).contains("reference solutions were not run");
    }

    @Test
    void problemsAreListedAboveTheSummaryAndTheExitCodeIsOne() throws IOException {
        Path pack = tinyPack();
        Files.writeString(pack.resolve("02-other/lesson.md"), LESSON.formatted("other").replace("level: beginner", "level: pro"));

        Result result = run("validate", pack.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_FAILED);
        assertThat(result.out().lines()).containsExactly(
                "02-other/lesson.md:4: 'level' is 'pro' in the front matter — expected one of: beginner, intermediate, advanced",
                "1 tracks, 1 lessons, 2 checklist items, 1 flashcards, 2 questions, 0 exercises, 1 problems");
    }

    @Test
    void jsonGivesTheSameCountsAndEveryProblem() throws IOException {
        Path pack = tinyPack();
        Files.writeString(pack.resolve("01-only/parts.yaml"), PARTS.replace("text: Second thing", "txt: Second thing"));

        Result result = run("validate", "--json", pack.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_FAILED);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("tracks").asInt()).isEqualTo(1);
        assertThat(json.get("lessons").asInt()).isEqualTo(1);
        assertThat(json.get("checklist_items").asInt()).isZero();
        assertThat(json.get("flashcards").asInt()).isZero();
        assertThat(json.get("questions").asInt()).isZero();
        assertThat(json.get("exercises").asInt()).isZero();
        assertThat(json.get("problems")).hasSize(1);
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("01-only/parts.yaml");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("message").asText()).isEqualTo("unknown key 'txt' — did you mean 'text'?");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Result result = run("validate", dir.resolve("no-such-folder").toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no-such-folder: no such folder — give a lesson pack (a folder with a track.yaml) or a"
                + " folder of packs");
    }

    @Test
    void aFileInsteadOfAFolderIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("track.yaml"), TRACK);
        Result result = run("validate", file.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).contains("not a folder");
    }

    @Test
    void withoutDirTheUsageIsShown() {
        Result result = run("validate");

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).contains("Missing required parameter: 'DIR'");
    }
}
