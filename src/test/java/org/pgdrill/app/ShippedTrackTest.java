package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;
import org.pgdrill.practice.PracticeEngine;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.AttemptStatus;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.testing.TestPostgres;

/**
 * The lessons that ship, checked the way {@code pgdrill validate} checks them on PostgreSQL: every dataset
 * installs, every reference solution passes its own check on the dataset and its variants, plan
 * exercises' plans hold, hidden datasets apply. And the wrong answers the hidden datasets were written
 * against are rejected.
 */
class ShippedTrackTest {
    /**
     * Wrong answers that give the right rows on the visible data. {@code {ids}} stands for the first column
     * of the reference's rows on the visible data: the answer of someone who copied ids from a first attempt.
     */
    static final Map<String, List<String>> TRAPS = Map.of(
            "select/berlin-customers", List.of(
                    "SELECT customer_id, first_name, last_name, email FROM customers WHERE customer_id IN ({ids})"),
            "select/march-problem-orders", List.of(
                    "SELECT order_id, status, ordered_at FROM orders WHERE status IN ('cancelled', 'refunded')"
                            + " AND ordered_at BETWEEN timestamptz '2024-03-01 00:00:00+00' AND timestamptz '2024-04-01 00:00:00+00'",
                    "SELECT order_id, status, ordered_at FROM orders WHERE status IN ('cancelled', 'refunded')"
                            + " AND ordered_at > timestamptz '2024-03-01 00:00:00+00' AND ordered_at < timestamptz '2024-04-01 00:00:00+00'"),
            "select/hundred-percent", List.of("SELECT product_id, name, price FROM products WHERE name LIKE '100\\%%'"),
            "order/cheapest-products", List.of(
                    "SELECT product_id, name, price FROM products WHERE product_id IN ({ids}) ORDER BY price, product_id"),
            "order/keyset-next-page", List.of("SELECT order_id, ordered_at, status FROM orders"
                    + " WHERE ordered_at < timestamptz '2025-02-27 18:22:32+00' ORDER BY ordered_at DESC, order_id DESC LIMIT 20"),
            "overdue-loans", List.of("SELECT loan_id, member_id, book_id, due_on FROM loans WHERE loan_id IN ({ids})"));

    private static PracticeEngine engine;
    private static List<Track> tracks;
    private static final PracticeContent CONTENT = new PracticeContent();

    @BeforeAll
    static void load() throws Exception {
        PackLoadResult loaded = new PackLoader().load(List.of(Path.of("lessons"), Path.of("docs/example-pack")));
        assertThat(loaded.problems()).isEmpty();
        tracks = loaded.tracks();
        engine = PracticeEngine.start(TestPostgres.server());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyExerciseOfTheShippedLessonsAndTheExamplePackValidatesOnPostgres() {
        for (Track track : tracks) {
            List<Problem> problems = new LiveExerciseChecks(engine).check(track);
            assertThat(problems).as(track.id() + ":\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))).isEmpty();
        }
    }

    @Test
    void answersThatAreRightOnlyOnTheVisibleDataAreRejected() throws Exception {
        int checked = 0;
        for (Map.Entry<String, List<String>> trap : TRAPS.entrySet()) {
            ExerciseCatalog.Located located = ExerciseCatalog.find(tracks, trap.getKey()).orElseThrow();
            Exercise exercise = located.exercise();
            String ids = referenceIds(located.track(), exercise);
            for (String wrong : trap.getValue()) {
                Verdict verdict = engine.check(CONTENT.dataset(located.track(), exercise.dataset()), PracticeContent.definition(exercise),
                        wrong.replace("{ids}", ids));
                assertThat(verdict.outcome()).as(exercise.id() + ": " + wrong).isEqualTo(Verdict.Outcome.INCORRECT);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(7);
    }

    /** The first column of the reference solution's rows on the visible data, as an SQL list. */
    private static String referenceIds(Track track, Exercise exercise) throws Exception {
        AttemptResult run = engine.run(CONTENT.dataset(track, exercise.dataset()), exercise.solution(),
                new Limits(Duration.ofSeconds(30), 10_000, 0));
        assertThat(run.status()).isEqualTo(AttemptStatus.OK);
        return run.last().table().rows().stream().map(row -> String.valueOf(row.get(0))).collect(Collectors.joining(", "));
    }
}
