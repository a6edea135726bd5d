package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.content.PackAssertions.lessonIds;
import static org.pgdrill.content.PackAssertions.line;
import static org.pgdrill.content.PackAssertions.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format's rules, each broken once: the exact message, and what still loads. */
class PackRulesTest {
    @TempDir
    Path dir;

    private final PackLoader loader = new PackLoader();

    private PackLoadResult loadWithFirstParts(String from, String to) {
        return loader.load(new SamplePack().edit("01-first/parts.yaml", from, to).writeTo(dir));
    }

    private static String firstParts(String from, String to) {
        return SamplePack.FIRST_PARTS.replace(from, to);
    }

    @Test
    void aMultipleChoiceQuestionNeedsExactlyOneCorrectOptionUnlessMultiSelect() {
        String edit = "explanation: ORDER BY sorts; it keeps every row.";
        PackLoadResult result = loadWithFirstParts(edit, edit + "\n        correct: true");

        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "    options:")
                + ": multiple-choice question 'pick-one' has 2 correct options — mark exactly one with 'correct: true', or set"
                + " 'multi_select: true'");
        assertThat(lessonIds(result, "sample")).containsExactly("second", "third");
    }

    @Test
    void aMultiSelectQuestionMayHaveSeveralCorrectOptions() {
        String edit = "explanation: ORDER BY sorts; it keeps every row.";
        PackLoadResult result = loadWithFirstParts(edit, edit + "\n        correct: true");
        assertThat(result.problems()).isNotEmpty();

        PackLoadResult multi = loader.load(new SamplePack().edit("01-first/parts.yaml", edit, edit + "\n        correct: true")
                .edit("01-first/parts.yaml", "question: Which keyword filters rows?", "question: Which keywords?\n    multi_select: true")
                .writeTo(dir.resolve("multi")));
        assertThat(multi.problems()).isEmpty();
        MultipleChoice question = multi.track("sample").orElseThrow().lesson("first").orElseThrow().parts().multipleChoice().get(0);
        assertThat(question.multiSelect()).isTrue();
        assertThat(question.correctOptions()).extracting(MultipleChoice.Option::text).containsExactly("WHERE", "ORDER BY");
    }

    @Test
    void aMultipleChoiceQuestionNeedsTwoToSixOptionsEachExplained() {
        String oneOption = firstParts("""
                      - text: ORDER BY
                        explanation: ORDER BY sorts; it keeps every row.
                """, "");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", oneOption).writeTo(dir));
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(oneOption, "    options:")
                + ": multiple-choice question 'pick-one' has 1 option — give between 2 and 6");

        String unexplained = firstParts("        explanation: ORDER BY sorts; it keeps every row.\n", "");
        PackLoadResult second = loader.load(new SamplePack().with("01-first/parts.yaml", unexplained).writeTo(dir.resolve("b")));
        assertThat(problems(second)).containsExactly("01-first/parts.yaml:" + line(unexplained, "- text: ORDER BY")
                + ": missing 'explanation' in option 2 of multiple-choice question 'pick-one' (every option explains why it is"
                + " right or wrong)");
    }

    @Test
    void timeLimitsAreWrittenAsSecondsOrMinutesBetweenTenSecondsAndAnHour() {
        assertThat(problems(loadWithFirstParts("time_limit: 2m", "time_limit: 2 min"))).containsExactly("01-first/parts.yaml:"
                + line(SamplePack.FIRST_PARTS, "time_limit: 2m") + ": 'time_limit' of exercise 'berlin' is '2 min' — write it as"
                + " 90s, 5m, 1m30s or a whole number of seconds");
        PackLoadResult tooLong = loader.load(new SamplePack().edit("01-first/parts.yaml", "time_limit: 2m", "time_limit: 61m")
                .writeTo(dir.resolve("long")));
        assertThat(problems(tooLong)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "time_limit: 2m")
                + ": 'time_limit' of exercise 'berlin' is 61m — it must be between 10s and 60m");
    }

    @Test
    void timeLimitsAreParsedInEveryAcceptedForm() {
        PackLoadResult result = loader.load(new SamplePack().writeTo(dir));
        Lesson first = result.track("sample").orElseThrow().lesson("first").orElseThrow();
        assertThat(first.parts().exercises()).extracting(exercise -> exercise.timeLimit().getSeconds())
                .containsExactly(120L, 90L, 90L);
        assertThat(result.track("sample").orElseThrow().exercise("count-orders").orElseThrow().timeLimit().getSeconds())
                .isEqualTo(30L);
    }

    @Test
    void aPlanExerciseNeedsAPlanAndOnlyPlanExercisesMayHaveOne() {
        String noPlan = firstParts("""
                    plan:
                      require: [Bitmap Index Scan using orders_customer_id_idx]
                      forbid: [Seq Scan on orders]
                """, "");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", noPlan).writeTo(dir));
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(noPlan, "- id: orders-of-one")
                + ": missing 'plan' in exercise 'orders-of-one' — a plan exercise lists what the plan must show ('require') or"
                + " must not show ('forbid')");

        PackLoadResult resultWithTables = loader.load(new SamplePack().edit("01-first/parts.yaml",
                "    hints: [Filter on city.]", "    hints: [Filter on city.]\n    tables: [customers]").writeTo(dir.resolve("b")));
        assertThat(problems(resultWithTables)).containsExactly("01-first/parts.yaml:" + (line(SamplePack.FIRST_PARTS, "hints: [Filter") + 1)
                + ": 'tables' is only for state exercises; exercise 'berlin' is a result exercise — remove 'tables'");
    }

    @Test
    void planEntriesFollowTheGrammarAndNameRealNodeTypes() {
        PackLoadResult typo = loadWithFirstParts("forbid: [Seq Scan on orders]", "forbid: [Seq Scna on orders]");
        assertThat(problems(typo)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "forbid: [Seq")
                + ": 'forbid' entry 'Seq Scna on orders' of exercise 'orders-of-one': 'Seq Scna' is not a plan node type — did you"
                + " mean 'Seq Scan'?");

        PackLoadResult bitmapOnTable = loader.load(new SamplePack().edit("01-first/parts.yaml",
                "require: [Bitmap Index Scan using orders_customer_id_idx]", "require: [Bitmap Index Scan on orders]")
                .writeTo(dir.resolve("b")));
        assertThat(problems(bitmapOnTable)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "require: [Bitmap")
                + ": 'require' entry 'Bitmap Index Scan on orders' of exercise 'orders-of-one': a Bitmap Index Scan reads no table"
                + " — name its index with 'using'; the table is read by the Bitmap Heap Scan above it");
    }

    @Test
    void planPatternsAreParsedIntoTheirParts() {
        PackLoadResult result = loader.load(new SamplePack().writeTo(dir));
        PlanExpectation plan = result.track("sample").orElseThrow().exercise("orders-of-one").orElseThrow().plan().orElseThrow();

        PlanNodePattern require = plan.require().get(0);
        assertThat(require.nodeType()).isEqualTo("Bitmap Index Scan");
        assertThat(require.index()).contains("orders_customer_id_idx");
        assertThat(require.table()).isEmpty();
        PlanNodePattern forbid = plan.forbid().get(0);
        assertThat(forbid.toString()).isEqualTo("Seq Scan on orders");
        assertThat(forbid.matches("Parallel Seq Scan", null, "orders")).isTrue();
        assertThat(forbid.matches("Seq Scan", null, "customers")).isFalse();
        assertThat(require.matches("Bitmap Index Scan", "orders_customer_id_idx", null)).isTrue();
        assertThat(require.matches("Index Scan", "orders_customer_id_idx", "orders")).isFalse();
    }

    @Test
    void anUnknownDatasetIsReportedWithTheDatasetsThatExist() {
        PackLoadResult result = loadWithFirstParts("    dataset: shop\n    kind: result", "    dataset: shp\n    kind: result");
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "dataset: shop")
                + ": exercise 'berlin' uses dataset 'shp', which track.yaml does not declare — did you mean 'shop'?");
    }

    @Test
    void aDatasetFileOutsideThePackOrMissingIsReportedOnceAndItsExercisesCannotLoad() {
        PackLoadResult outside = loader.load(new SamplePack().edit("track.yaml", "file: datasets/shop.sql", "file: ../shop.sql")
                .writeTo(dir.resolve("pack")));
        assertThat(problems(outside)).containsExactly(
                "01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "dataset: shop") + ": exercise 'berlin' uses dataset 'shop',"
                        + " which cannot be used (see track.yaml:7)",
                "01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "dataset: shop", 2) + ": exercise 'rename' uses dataset"
                        + " 'shop', which cannot be used (see track.yaml:7)",
                "01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "dataset: shop", 3) + ": exercise 'orders-of-one' uses"
                        + " dataset 'shop', which cannot be used (see track.yaml:7)",
                "03-third/parts.yaml:" + line(SamplePack.THIRD_PARTS, "dataset: shop") + ": exercise 'count-orders' uses dataset"
                        + " 'shop', which cannot be used (see track.yaml:7)",
                "track.yaml:" + line(SamplePack.TRACK, "file:") + ": 'file' of dataset 'shop' points outside the pack (../shop.sql)"
                        + " — keep datasets inside the pack folder, e.g. datasets/shop.sql");
        assertThat(lessonIds(outside, "sample")).containsExactly("second");

        PackLoadResult missing = loader.load(new SamplePack().without("datasets/shop.sql").writeTo(dir.resolve("missing")));
        assertThat(problems(missing)).contains("track.yaml:" + line(SamplePack.TRACK, "file:")
                + ": 'file' of dataset 'shop' names datasets/shop.sql, which does not exist — check the path (relative to the pack)");
    }

    @Test
    void nextStepsMustLeadToALessonOrTrackThatExistsButTheLessonStillLoads() {
        PackLoadResult result = loadWithFirstParts("- lesson: second", "- lesson: secnd\n  - track: nowhere");
        assertThat(problems(result)).containsExactly(
                "01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "- lesson: second") + ": next step links to lesson 'secnd',"
                        + " which is not in this track — did you mean 'second'?",
                "01-first/parts.yaml:" + (line(SamplePack.FIRST_PARTS, "- lesson: second") + 1) + ": next step links to track"
                        + " 'nowhere', which is not loaded — check the id, or validate the folder that holds both packs");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second", "third");
    }

    @Test
    void aHandsOnLessonWithoutExercisesMustSayItIsAConceptLesson() {
        PackLoadResult result = loader.load(new SamplePack().without("03-third/parts.yaml").writeTo(dir));
        assertThat(problems(result)).containsExactly("03-third/lesson.md:" + line(SamplePack.THIRD_LESSON, "mode:")
                + ": the lesson is 'hands-on' but has no exercises — add exercises to parts.yaml or set 'mode: concept'");
    }

    @Test
    void frontMatterValuesAreChecked() {
        String lesson = SamplePack.SECOND_LESSON.replace("level: intermediate", "level: intermediat")
                .replace("last_reviewed: 2025-02-01", "last_reviewed: 2025-02-30").replace("version: 1", "version: 0");
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", lesson).writeTo(dir));
        assertThat(problems(result)).containsExactly(
                "02-second/lesson.md:" + line(lesson, "level:") + ": 'level' is 'intermediat' in the front matter — did you mean"
                        + " 'intermediate'?",
                "02-second/lesson.md:" + line(lesson, "version:") + ": 'version' is 0 — use a whole number from 1 up",
                "02-second/lesson.md:" + line(lesson, "last_reviewed:") + ": 'last_reviewed' is '2025-02-30' — write the date as"
                        + " YYYY-MM-DD, e.g. 2025-03-14");
    }

    @Test
    void aLessonFileWithoutFrontMatterSaysWhatItMustStartWith() {
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", "# Just prose\n").writeTo(dir));
        assertThat(problems(result)).containsExactly("02-second/lesson.md:1: lesson.md must start with a '---' line, then the"
                + " front matter (id, title, level, mode, version, last_reviewed, summary), then another '---' line");
    }

    @Test
    void itemIdsMustBeLowercaseWordsWithDashes() {
        PackLoadResult result = loadWithFirstParts("id: can-filter", "id: Can Filter");
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "id: can-filter")
                + ": 'id' 'Can Filter' is not a valid id — use lowercase letters, digits and '-', starting with a letter or digit"
                + " (at most 100 characters)");
    }

    @Test
    void typeMismatchesSayWhatTheKeyMustBe() {
        PackLoadResult result = loadWithFirstParts("tables: [customers]", "tables: customers");
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "tables:")
                + ": 'tables' must be a list (one '- ' item per line, or [a, b]), not text");
    }

    @Test
    void aDrillNeedsWhatToCheckBeforeCommit() {
        String parts = firstParts("""
                    check_before_commit:
                      - The DELETE reported 1 row.
                """, "");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", parts).writeTo(dir));
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(parts, "- id: delete-one")
                + ": missing 'check_before_commit' in drill 'delete-one' — list what to verify before COMMIT");
    }

    @Test
    void nextStepsHaveOneOfThreeFormsAndWebLinksAreHttp() {
        PackLoadResult mixed = loadWithFirstParts("- lesson: second", "- lesson: second\n    url: https://example.org");
        assertThat(problems(mixed)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "- lesson: second")
                + ": a next step is {lesson: <id>}, {track: <id>, lesson: <id>} (lesson optional) or {text: ..., url: ...}");

        PackLoadResult notHttp = loader.load(new SamplePack().edit("01-first/parts.yaml", "url: https://www.postgresql.org/docs/current/",
                "url: file:///etc/passwd").writeTo(dir.resolve("b")));
        assertThat(problems(notHttp)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "url:")
                + ": 'url' 'file:///etc/passwd' is not a web address — write it as https://…");
    }

    @Test
    void anEmptyListItemIsReportedAtItsList() {
        PackLoadResult result = loadWithFirstParts("flashcards:\n", "flashcards:\n  -\n");
        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "flashcards:")
                + ": flashcard 1 under 'flashcards' is empty — remove the lone '-' or fill it in");
    }

    @Test
    void datasetIdsAreUniqueInTheTrack() {
        String track = SamplePack.TRACK.replace("lessons:", """
                  - id: shop
                    title: Another shop
                    file: datasets/shop.sql
                lessons:""");
        PackLoadResult result = loader.load(new SamplePack().with("track.yaml", track).writeTo(dir));
        assertThat(problems(result)).containsExactly("track.yaml:" + line(track, "- id: shop", 2)
                + ": duplicate dataset id 'shop' (also in track.yaml:" + line(track, "- id: shop") + ") — ids must be unique; rename one");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second", "third");
    }
}
