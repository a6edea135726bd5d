package org.pgdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.review.Rating;
import org.pgdrill.testing.StudyPack;
import picocli.CommandLine;

/** {@code pgdrill export-anki}: the file it writes, read back the way Anki reads it. */
class ExportAnkiCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    /** One note of the file: its fields by the column names of the {@code #columns:} header. */
    record Note(Map<String, String> fields) {
        String get(String column) {
            return fields.get(column);
        }
    }

    private Result run(String... args) {
        CommandLine commandLine = PgdrillCommand.commandLine((config, shot, section, probe) -> {
            throw new AssertionError("no window for a command");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Parses the file as Anki does: header lines start with '#', fields are separated by tabs, one note a line. */
    private static List<Note> readNotes(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> columns = null;
        List<Note> notes = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#columns:")) {
                columns = List.of(line.substring("#columns:".length()).split("\t"));
            } else if (!line.startsWith("#")) {
                String[] values = line.split("\t", -1);
                assertThat(columns).as("#columns comes before the notes").isNotNull();
                assertThat(values).as("every note has one field per column: " + line).hasSize(columns.size());
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) {
                    fields.put(columns.get(i), values[i]);
                }
                notes.add(new Note(fields));
            }
        }
        return notes;
    }

    @Test
    void everyCardOfTheLessonsInCourseOrderWithTheScheduleOfStudiedOnes() throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        Path data = dir.resolve("data");
        try (App app = App.open(new AppConfig(data, Optional.empty(), List.of(lessons)))) {
            app.flashcards().rate(new FlashcardKey("basics", "where", "null-equals"), Rating.GOOD, OptionalLong.of(4000));
        }
        Path file = dir.resolve("cards.tsv");

        Result result = run("export-anki", "--data-dir", data.toString(), "--lessons", lessons.toString(), "--out", file.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Exported 7 flashcards to " + file.toAbsolutePath());
        assertThat(Files.readAllLines(file)).startsWith("#separator:tab", "#html:true", "#guid column:1", "#tags column:4");
        List<Note> notes = readNotes(file);
        assertThat(notes).extracting(note -> note.get("GUID")).containsExactly(
                "pgdrill:basics/select/star", "pgdrill:basics/select/from-first", "pgdrill:basics/select/alias",
                "pgdrill:basics/where/null-equals", "pgdrill:basics/where/between",
                "pgdrill:ops/vacuum/dead-tuples", "pgdrill:ops/vacuum/autovacuum");
        Note nullEquals = notes.get(3);
        assertThat(nullEquals.get("Front")).isEqualTo("Why does `city = NULL` match nothing?");
        assertThat(nullEquals.get("Back")).isEqualTo("Comparing with NULL gives NULL, and WHERE keeps only true rows. Use IS NULL.");
        assertThat(nullEquals.get("Tags")).isEqualTo("pgdrill pgdrill::basics::where beginner");
        assertThat(nullEquals.get("pgdrill schedule")).startsWith("learning; due ").contains("1 reviews, 0 lapses");
        assertThat(notes.get(0).get("pgdrill schedule")).as("a card never studied has no schedule").isEmpty();
    }

    @Test
    void lessonsWithoutCardsAreRefusedAndNoFileIsWritten() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-packs"));
        Path file = dir.resolve("cards.tsv");

        Result result = run("--lessons", empty.toString(), "export-anki", "--data-dir", dir.resolve("data").toString(),
                "--out", file.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).contains("pgdrill export-anki: the loaded lessons have no flashcards")
                .contains("Point --lessons at a lesson pack.");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnwritableTargetSaysWhatToDo() throws Exception {
        Path lessons = StudyPack.writeTo(dir.resolve("packs"));
        Path file = dir.resolve("missing-folder").resolve("cards.tsv");

        Result result = run("export-anki", "--data-dir", dir.resolve("data").toString(), "--lessons", lessons.toString(),
                "--out", file.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).isEqualTo("pgdrill export-anki: cannot write " + file.toAbsolutePath() + ": the folder "
                + file.getParent() + " does not exist. Choose a folder you can write to with --out.\n");
    }
}
