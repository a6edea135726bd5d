package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Track;
import org.pgdrill.practice.PracticeEngine;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.pgexercises.PgExercisesImporter;
import org.pgdrill.testing.TestPostgres;

/**
 * The real, independently written pgexercises set (../shared/pgexercises): imported, validated on
 * PostgreSQL, every reference answer graded correct, wrong answers (many right only by coincidence
 * on the visible data) rejected, and differently written right answers accepted.
 */
class PgExercisesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path pack;
    private static Track track;
    private static PracticeEngine engine;
    private static final PracticeContent CONTENT = new PracticeContent();

    static Path sharedSet() {
        return Path.of(System.getProperty("pgdrill.shared", "../shared"), "pgexercises").toAbsolutePath().normalize();
    }

    @BeforeAll
    static void importAndStart() throws Exception {
        Path shared = sharedSet();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("questions")),
                "SKIPPED: the pgexercises set is not at " + shared + " (it ships with the workplace's ../shared, not with pgdrill);"
                        + " the importer's own tests use src/test/resources/pgexercises-mini");
        PgExercisesImporter.Report report = new PgExercisesImporter(LocalDate.of(2026, 11, 23)).importInto(shared, pack);
        assertThat(report.problems()).isEmpty();
        PackLoadResult loaded = new PackLoader().load(pack);
        assertThat(loaded.problems()).isEmpty();
        track = loaded.tracks().get(0);
        engine = PracticeEngine.start(TestPostgres.server());
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private static Verdict check(String exerciseId, String sql) throws Exception {
        Exercise exercise = ExerciseCatalog.find(List.of(track), exerciseId).orElseThrow().exercise();
        return engine.check(CONTENT.dataset(track, exercise.dataset()), PracticeContent.definition(exercise), sql);
    }

    private static List<JsonNode> answers(String file) throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/pgexercises-answers", file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                answers.add(JSON.readTree(line));
            }
        }
        return answers;
    }

    @Test
    void theWholeSetImportsAndValidatesOnPostgres() {
        int exercises = track.lessons().stream().mapToInt(lesson -> lesson.parts().exercises().size()).sum();
        assertThat(track.lessons()).extracting(Lesson::id).containsExactly("basic", "joins", "updates", "aggregates", "date", "string", "recursive");
        assertThat(exercises).isEqualTo(71);
        assertThat(new LiveExerciseChecks(engine).check(track)).isEmpty();
    }

    @Test
    void everyReferenceAnswerIsCorrect() throws Exception {
        List<String> notCorrect = new ArrayList<>();
        for (Lesson lesson : track.lessons()) {
            for (Exercise exercise : lesson.parts().exercises()) {
                Verdict verdict = check(exercise.id(), exercise.solution());
                if (verdict.outcome() != Verdict.Outcome.CORRECT) {
                    notCorrect.add(exercise.id() + ": " + verdict.reason());
                }
            }
        }
        assertThat(notCorrect).isEmpty();
    }

    @Test
    void wrongAnswersAreRejectedAndSayWhy() throws Exception {
        List<JsonNode> wrong = answers("wrong.jsonl");
        assertThat(wrong).hasSizeGreaterThanOrEqualTo(30);
        List<String> accepted = new ArrayList<>();
        int caughtOnlyByAVariant = 0;
        for (JsonNode answer : wrong) {
            Verdict verdict = check(answer.get("exercise").asText(), answer.get("sql").asText());
            if (verdict.outcome() != Verdict.Outcome.INCORRECT) {
                accepted.add(answer.get("exercise").asText() + " (" + answer.get("why").asText() + "): " + verdict.outcome());
            } else {
                assertThat(verdict.summary()).isNotBlank();
                if (!verdict.exposedBy().isEmpty()) {
                    caughtOnlyByAVariant++;
                }
            }
        }
        assertThat(accepted).as("wrong answers that were not rejected").isEmpty();
        // the coincidences: right on the visible data, caught on derived data
        assertThat(caughtOnlyByAVariant).isGreaterThanOrEqualTo(12);
    }

    @Test
    void rightAnswersWrittenDifferentlyAreAccepted() throws Exception {
        List<String> rejected = new ArrayList<>();
        for (JsonNode answer : answers("right.jsonl")) {
            Verdict verdict = check(answer.get("exercise").asText(), answer.get("sql").asText());
            if (verdict.outcome() != Verdict.Outcome.CORRECT) {
                rejected.add(answer.get("exercise").asText() + ": " + verdict.reason());
            }
        }
        assertThat(rejected).isEmpty();
    }

    @Test
    void coincidencesNameTheDataThatExposedThem() throws Exception {
        Verdict boundary = check("basic/00080000-date",
                "select memid, surname, firstname, joindate from cd.members where joindate > '2012-09-01'");
        assertThat(boundary.exposedBy()).isEqualTo("rows exactly on the boundaries the exercise mentions (joindate = '2012-09-01')");
        Verdict ids = check("joins/00010000-simplejoin", "select starttime from cd.bookings where memid = 6");
        assertThat(ids.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        Verdict order = check("string/00040000-translate", "select memid, translate(telephone, '-() ', '') as telephone from cd.members");
        assertThat(order.summary()).isEqualTo("The rows are right but not in the expected order.");
        assertThat(order.exposedBy()).isEqualTo("the same rows stored in a different physical order");
    }
}
