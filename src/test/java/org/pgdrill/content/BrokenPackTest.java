package org.pgdrill.content;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.content.PackAssertions.line;
import static org.pgdrill.content.PackAssertions.lessonIds;
import static org.pgdrill.content.PackAssertions.problems;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack faults every release survives (RELIABILITY.md): each gives {@code file:line: message} with
 * what to do, and the other lessons still load.
 */
class BrokenPackTest {
    @TempDir
    Path dir;

    private final PackLoader loader = new PackLoader();

    @Test
    void theSamplePackLoadsWithoutProblems() {
        PackLoadResult result = loader.load(new SamplePack().writeTo(dir));

        assertThat(result.problems()).isEmpty();
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second", "third");
    }

    @Test
    void aMissingFieldNamesTheItemAndLeavesOnlyThatLessonOut() {
        String parts = SamplePack.FIRST_PARTS.replace(
                "    solution: SELECT customer_id, name FROM customers WHERE city = 'Berlin';\n", "");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly(
                "01-first/parts.yaml:" + line(parts, "- id: berlin") + ": missing 'solution' in exercise 'berlin'");
        assertThat(lessonIds(result, "sample")).containsExactly("second", "third");
    }

    @Test
    void aMissingFrontMatterFieldIsReportedAtTheFrontMatter() {
        String lesson = SamplePack.SECOND_LESSON.replace("summary: Thinking about it.\n", "");
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", lesson).writeTo(dir));

        assertThat(problems(result)).containsExactly("02-second/lesson.md:2: missing 'summary' in the front matter");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "third");
    }

    @Test
    void malformedYamlPointsAtTheLineAndSaysHowToFixIt() {
        String parts = SamplePack.THIRD_PARTS.replace("    prompt: How many orders are there?",
                "    prompt: Count them: all of them");
        PackLoadResult result = loader.load(new SamplePack().with("03-third/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("03-third/parts.yaml:" + line(parts, "prompt:")
                + ": YAML syntax error: mapping values are not allowed here — a value contains ': ' — put the whole value in"
                + " quotes or use a '|' block");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second");
    }

    @Test
    void malformedFrontMatterCountsLinesFromTheTopOfLessonMd() {
        String lesson = SamplePack.SECOND_LESSON.replace("title: Second lesson", "title: Second lesson\n\tbad: tab");
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", lesson).writeTo(dir));

        assertThat(problems(result)).containsExactly("02-second/lesson.md:" + line(lesson, "\tbad")
                + ": YAML syntax error: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for"
                + " indentation) — YAML does not allow tabs for indentation — indent with spaces");
    }

    @Test
    void everyUnknownKeyIsReportedWithTheKeyItProbablyMeant() {
        String lesson = SamplePack.SECOND_LESSON.replace("title:", "titel:").replace("summary:", "sumary:");
        String parts = SamplePack.THIRD_PARTS.replace("time_limit:", "timelimit:");
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", lesson)
                .with("03-third/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly(
                "02-second/lesson.md:" + line(lesson, "titel:") + ": unknown key 'titel' — did you mean 'title'?",
                "02-second/lesson.md:" + line(lesson, "sumary:") + ": unknown key 'sumary' — did you mean 'summary'?",
                "03-third/parts.yaml:" + line(parts, "timelimit:") + ": unknown key 'timelimit' — did you mean 'time_limit'?");
        assertThat(lessonIds(result, "sample")).containsExactly("first");
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKeysThatExist() {
        String parts = SamplePack.THIRD_PARTS.replace("exercises:", "homework:");
        PackLoadResult result = loader.load(new SamplePack().with("03-third/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("03-third/parts.yaml:1: unknown key 'homework' — expected one of:"
                + " checklist, drills, exercises, flashcards, multiple_choice, next_steps, self_check, tips");
    }

    @Test
    void aDuplicateExerciseIdInTheSamePackLeavesTheLaterLessonOut() {
        String parts = SamplePack.THIRD_PARTS.replace("id: count-orders", "id: berlin");
        PackLoadResult result = loader.load(new SamplePack().with("03-third/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("03-third/parts.yaml:2: duplicate exercise id 'berlin' (also in"
                + " 01-first/parts.yaml:" + line(SamplePack.FIRST_PARTS, "id: berlin") + ") — exercise ids must be unique in"
                + " the pack; rename one");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second");
    }

    @Test
    void aDuplicateLessonIdLeavesTheLaterLessonOut() {
        String lesson = SamplePack.THIRD_LESSON.replace("id: third", "id: first");
        PackLoadResult result = loader.load(new SamplePack().with("03-third/lesson.md", lesson).writeTo(dir));

        assertThat(problems(result)).containsExactly("03-third/lesson.md:2: duplicate lesson id 'first' (also in"
                + " 01-first/lesson.md:2) — lesson ids must be unique in the pack; rename one");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second");
    }

    @Test
    void aDuplicateItemIdInsideALessonPointsAtBothPlaces() {
        String parts = SamplePack.FIRST_PARTS.replace("id: what-is-null", "id: can-select");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(parts, "id: can-select", 2)
                + ": duplicate item id 'can-select' (also in 01-first/parts.yaml:" + line(parts, "id: can-select")
                + ") — ids must be unique; rename one");
        assertThat(lessonIds(result, "sample")).containsExactly("second", "third");
    }

    @Test
    void aStateExerciseOnATableTheDatasetDoesNotCreateIsReported() {
        String parts = SamplePack.FIRST_PARTS.replace("tables: [customers]", "tables: [customers, ghosts]");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(parts, "tables:")
                + ": table 'ghosts' is not created by dataset 'shop' (datasets/shop.sql) — check the name, or add the table to"
                + " the dataset");
        assertThat(lessonIds(result, "sample")).containsExactly("second", "third");
    }

    @Test
    void aFiftyMegabyteLessonIsRefusedWithoutStoppingTheOthers() throws IOException {
        Path pack = new SamplePack().writeTo(dir);
        try (RandomAccessFile huge = new RandomAccessFile(pack.resolve("02-second/lesson.md").toFile(), "rw")) {
            huge.setLength(50L << 20); // sparse: refused by its size, before anything reads it
        }
        PackLoadResult result = loader.load(pack);

        assertThat(problems(result)).containsExactly(
                "02-second/lesson.md:1: the file is 50.0 MB, more than the 1.0 MB allowed — split it into smaller lessons");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "third");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        Path pack = new SamplePack().writeTo(dir);
        for (String file : new String[] {"track.yaml", "01-first/lesson.md", "01-first/parts.yaml"}) {
            Path path = pack.resolve(file);
            Files.writeString(path, "\uFEFF" + Files.readString(path).replace("\n", "\r\n"), UTF_8);
        }
        PackLoadResult result = loader.load(pack);

        assertThat(result.problems()).isEmpty();
        Lesson first = result.track("sample").orElseThrow().lesson("first").orElseThrow();
        assertThat(first.title()).isEqualTo("First lesson");
        assertThat(first.markdown()).startsWith("# First\n\nSome prose").doesNotContain("\r");
        assertThat(first.parts().exercises()).hasSize(3);
    }

    @Test
    void linesStayRightInAFileWithWindowsLineEndings() {
        String parts = SamplePack.THIRD_PARTS.replace("kind: result", "kind: reslt");
        PackLoadResult result = loader.load(new SamplePack()
                .with("03-third/parts.yaml", "\uFEFF" + parts.replace("\n", "\r\n")).writeTo(dir));

        assertThat(problems(result)).containsExactly("03-third/parts.yaml:" + line(parts, "kind:")
                + ": 'kind' is 'reslt' in exercise 'count-orders' — did you mean 'result'?");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheLineOfTheFirstBadByte() throws IOException {
        Path pack = new SamplePack().writeTo(dir);
        byte[] latin1 = SamplePack.SECOND_LESSON.replace("Read and discuss.", "Stra\u00dfe").getBytes(ISO_8859_1);
        Files.write(pack.resolve("02-second/lesson.md"), latin1);
        PackLoadResult result = loader.load(pack);

        assertThat(problems(result)).containsExactly("02-second/lesson.md:" + line(SamplePack.SECOND_LESSON, "Read and discuss.")
                + ": the file is not UTF-8 (byte 0xDF at offset " + (SamplePack.SECOND_LESSON.indexOf("Read and discuss.") + 4)
                + ") — save it as UTF-8 in your editor");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "third");
    }

    @Test
    void unicodeTextLoadsUnchanged() {
        String lesson = SamplePack.SECOND_LESSON.replace("Read and discuss.", "Straße, שלום, 🐘 — all fine.");
        PackLoadResult result = loader.load(new SamplePack().with("02-second/lesson.md", lesson).writeTo(dir));

        assertThat(result.problems()).isEmpty();
        assertThat(result.track("sample").orElseThrow().lesson("second").orElseThrow().markdown())
                .isEqualTo("Straße, שלום, 🐘 — all fine.");
    }

    @Test
    void yamlAliasesAreRefused() {
        String parts = SamplePack.FIRST_PARTS.replace("tips:\n  - Use", "tips: &t\n  - Use")
                .replace("flashcards:\n", "flashcards:\n  - id: alias\n    question: Q\n    answer: *t\n");
        PackLoadResult result = loader.load(new SamplePack().with("01-first/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).containsExactly("01-first/parts.yaml:" + line(parts, "answer: *t")
                + ": YAML aliases (*name) are not allowed in lesson packs — write the value out in full");
    }

    @Test
    void deeplyNestedYamlIsRefused() {
        String parts = SamplePack.THIRD_PARTS + "tips: " + "[".repeat(200) + "]".repeat(200) + "\n";
        PackLoadResult result = loader.load(new SamplePack().with("03-third/parts.yaml", parts).writeTo(dir));

        assertThat(problems(result)).singleElement().asString().startsWith("03-third/parts.yaml:" + line(parts, "tips:") + ": ");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second");
    }
}
