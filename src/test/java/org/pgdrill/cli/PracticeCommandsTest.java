package org.pgdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.testing.TestPostgres;
import picocli.CommandLine;

/** import-pgexercises, validate, check and grade as a user runs them, on pgdrill's own small exercise set. */
class PracticeCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path work;
    private static Path pack;

    record Run(int code, String out, String err) {
        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }
    }

    static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", work.resolve("data").toString(), "--db", TestPostgres.adminUrl()));
        all.addAll(List.of(args));
        CommandLine commandLine = PgdrillCommand.commandLine((config, shot, section, probe) -> {
            throw new AssertionError("no window in command tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void importMiniSet() {
        pack = work.resolve("mini-pack");
        Run imported = run("import-pgexercises", "src/test/resources/pgexercises-mini", "--out", pack.toString());
        assertThat(imported.code()).as("one file of the mini set is broken on purpose").isEqualTo(1);
        assertThat(imported.out()).contains("Imported 3 lessons with 5 exercises into " + pack);
        assertThat(imported.err()).contains("questions/basic/00040000-broken.ex:1: the |QUERY| section is missing or empty");
    }

    @Test
    void importRefusesAFolderThatIsNotEmpty() {
        Run again = run("import-pgexercises", "src/test/resources/pgexercises-mini", "--out", pack.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists and is not empty");
    }

    @Test
    void validateRunsTheSolutionsOnPostgres() throws Exception {
        Run text = run("validate", pack.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).isEqualTo("1 tracks, 3 lessons, 0 checklist items, 0 flashcards, 0 questions, 5 exercises, 0 problems\n");
        Run json = run("validate", "--json", pack.toString());
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("solutions_checked").asBoolean()).isTrue();
        assertThat(report.get("exercises").asInt()).isEqualTo(5);
    }

    @Test
    void validateReportsABrokenSolutionAtItsLine() throws Exception {
        Path broken = work.resolve("broken-pack");
        copy(pack, broken);
        Path parts = broken.resolve("01-basic/parts.yaml");
        Files.writeString(parts, Files.readString(parts).replace("select name from cd.facilities where membercost > 0;",
                "select nme from cd.facilities where membercost > 0;"));
        Run result = run("validate", broken.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("01-basic/parts.yaml:")
                .contains("exercise 'basic/00020000-paid': the solution does not run on dataset 'clubdata': ERROR: column \"nme\" does not exist")
                .contains(", 1 problems");
    }

    @Test
    void checkPrintsAVerdictAndExitsByIt() throws Exception {
        Run correct = run("check", "--pack", pack.toString(), "--exercise", "basic/00020000-paid",
                "--sql", "SELECT name FROM cd.facilities WHERE NOT membercost <= 0", "--json");
        assertThat(correct.code()).isZero();
        JsonNode verdict = JSON.readTree(correct.out());
        assertThat(verdict.get("exercise").asText()).isEqualTo("basic/00020000-paid");
        assertThat(verdict.get("verdict").asText()).isEqualTo("correct");

        Run wrong = run("check", "--pack", pack.toString(), "--exercise", "basic/00020000-paid",
                "--sql", "SELECT name FROM cd.facilities WHERE membercost >= 0");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).isEqualTo("incorrect: Your query returns 5 rows; the expected result has 3.\n2 rows that should not be there: (Badminton Hall) (Ping Pong)\n");

        Path answer = work.resolve("answer.sql");
        Files.writeString(answer, "SELECT name\nFROM cd.facilities\nWHERE membercost > 0 AND nope");
        Run failing = run("check", "--pack", pack.toString(), "--exercise", "basic/00020000-paid", "--sql-file", answer.toString());
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).startsWith("error: ERROR: column \"nope\" does not exist (line 3, column 26)");

        Run refused = run("check", "--pack", pack.toString(), "--exercise", "basic/00020000-paid", "--sql", "COMMIT");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).startsWith("error: ").contains("rolls back");
    }

    @Test
    void checkExplainsBadUsageWithExitCodeTwo() {
        Run unknown = run("check", "--pack", pack.toString(), "--exercise", "basic/nope", "--sql", "select 1");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no exercise 'basic/nope' in " + pack);
        Run both = run("check", "--pack", pack.toString(), "--exercise", "basic/00020000-paid", "--sql", "select 1", "--sql-file", "x.sql");
        assertThat(both.code()).isEqualTo(2);
        Run noPack = run("check", "--pack", work.resolve("missing").toString(), "--exercise", "x", "--sql", "select 1");
        assertThat(noPack.code()).isEqualTo(2);
        assertThat(noPack.err()).contains("is not a folder");
    }

    @Test
    void gradeWritesOneVerdictLinePerAnswer() throws Exception {
        Path answers = work.resolve("answers.jsonl");
        Files.writeString(answers, String.join("\n",
                "{\"exercise\": \"basic/00010000-everything\", \"sql\": \"select * from cd.facilities\"}",
                "{\"exercise\": \"joins/00010000-okafor\", \"sql\": \"select starttime from cd.bookings where memid in (1, 3)\"}",
                "{\"exercise\": \"updates/00010000-sauna\", \"sql\": \"update cd.facilities set membercost = 5 where lower(name) = 'sauna'\"}",
                "{\"exercise\": \"updates/00010000-sauna\", \"sql\": \"update cd.facilities set membercost = 5 where facid = 4\"}",
                "{\"exercise\": \"basic/00030000-newest\", \"sql\": \"select surname, joindate from cd.members order by joindate\"}",
                ""), StandardCharsets.UTF_8);
        Run graded = run("grade", "--pack", pack.toString(), "--answers", answers.toString());
        assertThat(graded.code()).isEqualTo(1);
        List<JsonNode> lines = graded.jsonLines();
        assertThat(lines).extracting(line -> line.get("exercise").asText() + "=" + line.get("verdict").asText()).containsExactly(
                "basic/00010000-everything=correct",
                "joins/00010000-okafor=incorrect",
                "updates/00010000-sauna=correct",
                "updates/00010000-sauna=incorrect",
                "basic/00030000-newest=incorrect");
        assertThat(lines.get(1).get("reason").asText()).isNotBlank();
        assertThat(lines.get(3).get("reason").asText()).as("a hard-coded id shows on derived data").contains("On a copy of the data");
        assertThat(lines.get(4).get("reason").asText()).startsWith("The rows are right but not in the expected order.");
    }

    @Test
    void gradeMarksUnreadableLinesAndGoesOn() throws Exception {
        Path answers = work.resolve("bad-answers.jsonl");
        Files.writeString(answers, "not json\n{\"exercise\": \"basic/00010000-everything\", \"sql\": \"select * from cd.facilities\"}\n"
                + "{\"exercise\": \"basic/missing\", \"sql\": \"select 1\"}\n", StandardCharsets.UTF_8);
        Run graded = run("grade", "--pack", pack.toString(), "--answers", answers.toString());
        assertThat(graded.code()).isEqualTo(2);
        List<JsonNode> lines = graded.jsonLines();
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("error");
        assertThat(lines.get(0).get("reason").asText()).isEqualTo("bad-answers.jsonl:1: not an answer; each line must be {\"exercise\": ID, \"sql\": TEXT}");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("correct");
        assertThat(lines.get(2).get("reason").asText()).contains("no exercise 'basic/missing'");
    }

    @Test
    void doctorFindsNoProblemsWithAWorkingServer() {
        Run doctor = run("doctor");
        assertThat(doctor.code()).isZero();
        assertThat(doctor.out()).contains("ok      PostgreSQL: PostgreSQL " + TestPostgres.server().version()).contains("No problems found.");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
