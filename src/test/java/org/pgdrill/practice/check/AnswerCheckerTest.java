package org.pgdrill.practice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetSpec;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.sandbox.LearnerStatement;

/** The checker on the library dataset: right answers pass, coincidences are caught, verdicts explain. */
class AnswerCheckerTest {
    private static CheckerRig rig;
    private static AnswerChecker checker;
    private static InstalledDataset library;

    @BeforeAll
    static void start() throws Exception {
        rig = CheckerRig.start();
        checker = rig.checker();
        String script;
        try (var in = Objects.requireNonNull(AnswerCheckerTest.class.getResourceAsStream("/datasets/library.sql"))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        library = rig.installer().ensure(new DatasetSpec("checker-test", "library", script, List.of("lib"), "library.sql"));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static List<LearnerStatement> sql(String script) {
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(LearnerStatement::sql).toList();
    }

    private static CheckSpec result(String id, String reference, boolean orderMatters) {
        return new CheckSpec(id, CheckKind.RESULT, sql(reference), orderMatters, false, List.of(), List.of(), List.of(), List.of(),
                Duration.ofSeconds(20), Access.READ);
    }

    private static Verdict check(CheckSpec spec, String answer) throws Exception {
        return checker.check(library, spec, sql(answer));
    }

    @Test
    void theReferenceAndEquivalentAnswersAreCorrect() throws Exception {
        CheckSpec longBooks = result("long-books", "SELECT title FROM books WHERE pages > 250", false);
        assertThat(check(longBooks, "SELECT title FROM books WHERE pages > 250").outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(longBooks, "select b.title from lib.books b where b.pages >= 251 order by 1").outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(longBooks, "SELECT title FROM books WHERE NOT pages <= 250").outcome()).isEqualTo(Verdict.Outcome.CORRECT);
    }

    @Test
    void greaterOrEqualForGreaterIsCaughtOnTheBoundary() throws Exception {
        CheckSpec longBooks = result("long-books", "SELECT title FROM books WHERE pages > 250", false);
        // no book has exactly 250 pages, so on the visible data this answer looks right
        Verdict verdict = check(longBooks, "SELECT title FROM books WHERE pages >= 250");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.exposedBy()).contains("pages = 250");
        assertThat(verdict.details()).anySatisfy(line -> assertThat(line).contains("should not be there"));
    }

    @Test
    void hardCodedIdsAreCaught() throws Exception {
        CheckSpec longBooks = result("long-books", "SELECT title FROM books WHERE pages > 250", false);
        Verdict verdict = check(longBooks, "SELECT title FROM books WHERE book_id IN (1, 4, 5, 7)");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.exposedBy()).isNotEmpty();
        Verdict literal = check(result("count", "SELECT count(*) FROM loans WHERE returned_on IS NULL", false), "SELECT 10");
        assertThat(literal.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void innerJoinForLeftJoinIsCaughtWhenEveryBookHappensToHaveLoans() throws Exception {
        CheckSpec loansPerBook = result("loans-per-book",
                "SELECT b.title, count(l.loan_id) FROM books b LEFT JOIN loans l ON l.book_id = b.book_id GROUP BY b.title", false);
        Verdict verdict = check(loansPerBook, "SELECT b.title, count(*) FROM books b JOIN loans l ON l.book_id = b.book_id GROUP BY b.title");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.exposedBy()).contains("have no loans");
        assertThat(verdict.details()).anySatisfy(line -> assertThat(line).contains("missing"));
    }

    @Test
    void missingDistinctIsCaught() throws Exception {
        CheckSpec borrowers = result("solaris-borrowers",
                "SELECT DISTINCT member FROM loans JOIN books USING (book_id) WHERE title = 'Solaris'", false);
        assertThat(check(borrowers, "SELECT member FROM loans l JOIN books b ON b.book_id = l.book_id WHERE b.title = 'Solaris' GROUP BY member")
                .outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        Verdict verdict = check(borrowers, "SELECT member FROM loans JOIN books USING (book_id) WHERE title = 'Solaris'");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.exposedBy()).isNotEmpty();
    }

    @Test
    void missingOrderByIsCaughtWhenThePhysicalOrderHappensToMatch() throws Exception {
        CheckSpec ordered = result("books-by-id", "SELECT book_id, title FROM books ORDER BY book_id", true);
        Verdict verdict = check(ordered, "SELECT book_id, title FROM books");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.summary()).isEqualTo("The rows are right but not in the expected order.");
        assertThat(verdict.exposedBy()).isEqualTo("the same rows stored in a different physical order");
    }

    @Test
    void tiesInTheOrderByKeysMayComeInAnyOrder() throws Exception {
        // 30 loans over 4 members: two pairs of members tie on their count
        CheckSpec busiest = result("busiest", "SELECT member, count(*) FROM loans GROUP BY member ORDER BY count(*) DESC", true);
        assertThat(check(busiest, "SELECT member, count(*) AS n FROM loans GROUP BY member ORDER BY n DESC, member DESC").outcome())
                .isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(busiest, "SELECT member, count(*) FROM loans GROUP BY member ORDER BY count(*)").outcome())
                .isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void stateExercisesCompareTheNamedTables() throws Exception {
        CheckSpec returnAll = new CheckSpec("return-member-1", CheckKind.STATE,
                sql("UPDATE loans SET returned_on = lent_on + 14 WHERE returned_on IS NULL AND member = 'member 1'"), false, false,
                List.of("loans"), List.of(), List.of(), List.of(), Duration.ofSeconds(20), Access.WRITE);
        assertThat(check(returnAll, "update lib.loans set returned_on = lent_on + interval '14 days' where member = 'member 1' and returned_on is null")
                .outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        Verdict verdict = check(returnAll, "UPDATE loans SET returned_on = lent_on + 14 WHERE returned_on IS NULL");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(verdict.summary()).startsWith("After your statements, table loans is not as expected");
    }

    @Test
    void anAnswerThatRewritesRowsWithTheValuesTheyHadReachesTheSameStateAndIsCorrect() throws Exception {
        // the reference writes only the open loans; this answer also rewrites the returned ones, unchanged
        CheckSpec close = new CheckSpec("close-member-2", CheckKind.STATE,
                sql("UPDATE loans SET returned_on = DATE '2024-12-31' WHERE returned_on IS NULL AND member = 'member 2'"), false, false,
                List.of("loans"), List.of(), List.of(), List.of(), Duration.ofSeconds(20), Access.WRITE);
        assertThat(check(close, "UPDATE loans SET returned_on = coalesce(returned_on, DATE '2024-12-31') WHERE member = 'member 2'").outcome())
                .isEqualTo(Verdict.Outcome.CORRECT);
        Verdict wrong = check(close, "UPDATE loans SET returned_on = coalesce(returned_on, DATE '2024-12-30') WHERE member = 'member 2'");
        assertThat(wrong.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(wrong.details()).anySatisfy(line -> assertThat(line).contains("2024-12-30"));
    }

    @Test
    void aStateExerciseOnTwoTablesFindsTheSecondTablesDifferenceAfterSettlingTheFirstRowByRow() throws Exception {
        CheckSpec move = new CheckSpec("move-loans", CheckKind.STATE,
                sql("UPDATE loans SET returned_on = DATE '2024-12-31' WHERE returned_on IS NULL AND member = 'member 3';"
                        + " UPDATE books SET price = price + 1 WHERE book_id = 3"), false, false,
                List.of("loans", "books"), List.of(), List.of(), List.of(), Duration.ofSeconds(20), Access.WRITE);
        String sameLoansOtherWay = "UPDATE loans SET returned_on = coalesce(returned_on, DATE '2024-12-31') WHERE member = 'member 3'; ";
        assertThat(check(move, sameLoansOtherWay + "UPDATE books SET price = price + 1 WHERE title = 'Solaris'").outcome())
                .isEqualTo(Verdict.Outcome.CORRECT);
        Verdict wrongBook = check(move, sameLoansOtherWay + "UPDATE books SET price = price + 1 WHERE book_id = 4");
        assertThat(wrongBook.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(wrongBook.summary()).startsWith("After your statements, table books is not as expected");
    }

    @Test
    void generatedIdsAreTheSameForTheAnswerAndTheReference() throws Exception {
        // loan_id comes from a sequence; nextval is not rolled back, so the checker must put it back between runs
        CheckSpec newLoan = new CheckSpec("new-loan", CheckKind.STATE,
                sql("INSERT INTO loans (book_id, member, lent_on) VALUES (2, 'member 9', '2024-06-01')"), false, false,
                List.of("loans"), List.of(), List.of(), List.of(), Duration.ofSeconds(20), Access.WRITE);
        assertThat(check(newLoan, "insert into lib.loans (member, lent_on, book_id) values ('member 9', date '2024-06-01', 2)").outcome())
                .isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(newLoan, "insert into lib.loans (member, lent_on, book_id) values ('member 9', date '2024-06-01', 2)").outcome())
                .as("and again, after the first check moved the sequence").isEqualTo(Verdict.Outcome.CORRECT);
        Verdict wrong = check(newLoan, "INSERT INTO loans (book_id, member, lent_on) VALUES (2, 'member 9', '2024-06-02')");
        assertThat(wrong.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(wrong.summary()).isEqualTo("After your statements, table loans is not as expected. It has the right number of rows, but 1 row differs.");
        assertThat(wrong.details()).contains("First difference: column 4 (lent_on) is 2024-06-02 where 2024-06-01 is expected.");
    }

    @Test
    void stateExercisesCompareTheTablesDefinitionToo() throws Exception {
        CheckSpec notValid = new CheckSpec("price-check", CheckKind.STATE,
                sql("ALTER TABLE books ADD CONSTRAINT books_price_not_negative CHECK (price >= 0) NOT VALID"), false, false,
                List.of("books"), List.of(), List.of(), List.of(), Duration.ofSeconds(20), Access.BUILD);
        assertThat(check(notValid, "alter table lib.books add constraint any_name check (price >= 0) not valid").outcome())
                .as("constraint names are the learner's choice").isEqualTo(Verdict.Outcome.CORRECT);
        Verdict validated = check(notValid, "ALTER TABLE books ADD CHECK (price >= 0)");
        assertThat(validated.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(validated.summary()).isEqualTo("After your statements, the definition of table books is not as expected.");
        assertThat(validated.details().get(0)).contains("Missing: constraint CHECK ((price >= (0)::numeric)) NOT VALID")
                .contains("Not expected: constraint CHECK ((price >= (0)::numeric))");
    }

    @Test
    void aReadOnlyExerciseExplainsAPermissionError() throws Exception {
        CheckSpec read = result("long-books", "SELECT title FROM books WHERE pages > 250", false);
        Verdict verdict = check(read, "CREATE INDEX ON books (pages); SELECT title FROM books WHERE pages > 250");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ERROR);
        assertThat(verdict.details()).singleElement().asString().startsWith("This exercise runs on a login that may only read the data");
    }

    @Test
    void errorsExplainThemselvesWithPosition() throws Exception {
        CheckSpec longBooks = result("long-books", "SELECT title FROM books WHERE pages > 250", false);
        Verdict verdict = check(longBooks, "SELECT titel FROM books");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ERROR);
        assertThat(verdict.summary()).startsWith("ERROR: column \"titel\" does not exist").contains("line 1, column 8");
        Verdict noRows = check(longBooks, "SET enable_seqscan = off");
        assertThat(noRows.outcome()).isEqualTo(Verdict.Outcome.ERROR);
        assertThat(noRows.summary()).contains("returns no rows");
    }

    @Test
    void hiddenDatasetsCatchWhatTheVisibleDataDoesNot() throws Exception {
        HiddenData sameName = new HiddenData("two books share a title", "INSERT INTO books (book_id, title, author_id, price) VALUES (100, 'Solaris', 3, 9)");
        CheckSpec titles = new CheckSpec("titles", CheckKind.RESULT, sql("SELECT count(DISTINCT title) FROM books"), false, false, List.of(),
                List.of(), List.of(), List.of(sameName), Duration.ofSeconds(20), Access.READ);
        Verdict verdict = check(titles, "SELECT count(title) FROM books");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        HiddenData onlyAnIndex = new HiddenData("an extra index", "CREATE INDEX ON lib.books (title)");
        CheckSpec withIndex = new CheckSpec("titles-index", CheckKind.RESULT, sql("SELECT count(DISTINCT title) FROM books"), false, false,
                List.of(), List.of(), List.of(), List.of(onlyAnIndex), Duration.ofSeconds(20), Access.READ);
        assertThat(checker.exerciseProblems(library, withIndex)).as("DDL changes no rows and is still a dataset").isEmpty();
        HiddenData broken = new HiddenData("broken", "INSERT INTO books (book_id) VALUES (1)");
        CheckSpec withBroken = new CheckSpec("titles-broken", CheckKind.RESULT, sql("SELECT count(DISTINCT title) FROM books"), false, false,
                List.of(), List.of(), List.of(), List.of(broken), Duration.ofSeconds(20), Access.READ);
        assertThat(checker.exerciseProblems(library, withBroken)).singleElement().asString().contains("\"broken\" fails");
    }

    @Test
    void planExercisesNeedTheRightResultAndPlan() throws Exception {
        CheckSpec byId = new CheckSpec("visit-by-id", CheckKind.PLAN, sql("SELECT member FROM visits WHERE visit_id = 12345"), false, false,
                List.of(), List.of("Index Scan using visits_pkey on visits"), List.of("Seq Scan on visits"), List.of(), Duration.ofSeconds(20),
                Access.READ);
        assertThat(check(byId, "select v.member from lib.visits v where v.visit_id = 12345").outcome()).isEqualTo(Verdict.Outcome.CORRECT);
        Verdict defeated = check(byId, "SELECT member FROM visits WHERE visit_id + 0 = 12345");
        assertThat(defeated.outcome()).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(defeated.summary()).isEqualTo("The result is right, but the plan is not what the exercise asks for.");
        assertThat(defeated.details().get(0)).contains("Index Scan using visits_pkey on visits").contains("Seq Scan");
        // forcing the planner does not count: its switches are reset before the plan is checked
        assertThat(check(byId, "SET enable_indexscan = off; SET enable_bitmapscan = off; SELECT member FROM visits WHERE visit_id = 12345")
                .outcome()).isEqualTo(Verdict.Outcome.CORRECT);
    }

    @Test
    void aQueryThatNeverEndsGetsAnErrorVerdict() throws Exception {
        CheckSpec quick = new CheckSpec("quick", CheckKind.RESULT, sql("SELECT count(*) FROM books"), false, false, List.of(), List.of(),
                List.of(), List.of(), Duration.ofSeconds(2), Access.READ);
        Verdict verdict = check(quick, "SELECT count(*) FROM books, pg_sleep(30)");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ERROR);
        assertThat(verdict.summary()).startsWith("Your query took too long");
        assertThat(check(quick, "SELECT count(*) FROM books").outcome()).isEqualTo(Verdict.Outcome.CORRECT);
    }

}
