package org.pgdrill.progress.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.testing.MutableClock;
import org.pgdrill.testing.Stores;

class ProgressTransferTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    private static final Predicate<String> NOT_WINDOW = key -> !key.startsWith("window.");
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T);

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private ProgressStore open(String name) throws Exception {
        return Stores.open(dir.resolve(name), clock);
    }

    /** Some of everything, with text that needs escaping in JSON. */
    private static void fill(ProgressStore store) throws Exception {
        new SettingsRepository(store).putAll(Map.of("ui.theme", "dark", "window.x", "12.0", "review.newCardsPerDay", "15"));
        LessonProgressRepository lessons = new LessonProgressRepository(store);
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(1)));
        lessons.recordVisit(new LessonVisit("postgresql", "indexes", at(2)));
        lessons.setCompletion(new LessonCompletion("postgresql", "indexes", true, 2, at(3)));
        new ChecklistRepository(store).tick(new ChecklistTick("postgresql", "indexes", "explain", true, at(4)));
        new ConfidenceRepository(store).rate(new ConfidenceRating("postgresql", "indexes", "", 3, at(5)));
        new AnswerRepository(store).record(new QuestionAnswer("postgresql", "indexes", "q1", QuestionKind.MULTIPLE_CHOICE,
                "b", Optional.of(true), at(6)));
        new AnswerRepository(store).record(new QuestionAnswer("postgresql", "indexes", "s1", QuestionKind.SELF_CHECK,
                "a \"B-tree\"\tby default", Optional.empty(), at(7)));
        new AttemptRepository(store).record(new ExerciseAttempt("pgexercises", "basic/00030000-where", at(8),
                "SELECT *\n  FROM cd.facilities\n WHERE name LIKE '%Tennis%'; -- ✓ Straße", "CORRECT", 61_234, 1, false));
        FlashcardKey card = new FlashcardKey("postgresql", "mvcc", "xmin");
        new FlashcardRepository(store).recordReview(new FlashcardState(card, "LEARNING", 1, 2.3065, 2.118103970459015, at(19), at(9), 1, 0),
                new FlashcardReview(card, at(9), 3, "NEW", "LEARNING", 0, 600, 2.3065, 2.118103970459015, OptionalLong.of(3100)));
        new NoteRepository(store).save(new LessonNote("postgresql", "indexes", "Partial indexes: WHERE clause.\nעברית", at(10)));
    }

    @Test
    void exportImportIntoAnEmptyStoreExportGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (ProgressStore source = open("a")) {
            fill(source);
            ProgressExport.write(source, first, NOT_WINDOW);
        }
        try (ProgressStore empty = open("b")) {
            ImportReport report = ProgressImport.merge(empty, ProgressImport.parse(first), key -> true);
            assertThat(report.added()).isEqualTo(13);
            ProgressExport.write(empty, second, NOT_WINDOW);
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        String json = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\" : \"pgdrill-progress\",\n  \"formatVersion\" : 1,\n  \"settings\" : [\n    {\n")
                .contains("\"visitedAt\" : \"2026-11-23T10:01:00.000Z\"")
                .contains("\"stability\" : 2.3065,\n      \"difficulty\" : 2.118103970459015,")
                .doesNotContain("window.x").doesNotContain("\r");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Path file = dir.resolve("export.json");
        try (ProgressStore source = open("a")) {
            fill(source);
            ProgressExport.write(source, file, NOT_WINDOW);
        }
        try (ProgressStore target = open("b")) {
            ProgressDocument doc = ProgressImport.parse(file);
            ProgressImport.merge(target, doc, key -> true);
            String once = ProgressExport.toJson(ProgressExport.snapshot(target, key -> true));
            ImportReport again = ProgressImport.merge(target, doc, key -> true);
            assertThat(again.changedNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(doc.size());
            assertThat(ProgressExport.toJson(ProgressExport.snapshot(target, key -> true))).isEqualTo(once);
        }
    }

    @Test
    void mergeKeepsTheLaterChangeAndUnitesHistories() throws Exception {
        Path fromLaptop = dir.resolve("laptop.json");
        try (ProgressStore laptop = open("laptop")) {
            new ChecklistRepository(laptop).tick(new ChecklistTick("t", "l", "old-on-laptop", true, at(1)));
            new ChecklistRepository(laptop).tick(new ChecklistTick("t", "l", "new-on-laptop", true, at(9)));
            new LessonProgressRepository(laptop).recordVisit(new LessonVisit("t", "l", at(2)));
            new NoteRepository(laptop).save(new LessonNote("t", "l", "laptop note", at(3)));
            ProgressExport.write(laptop, fromLaptop, key -> true);
        }
        try (ProgressStore desktop = open("desktop")) {
            new ChecklistRepository(desktop).tick(new ChecklistTick("t", "l", "old-on-laptop", false, at(5)));
            new ChecklistRepository(desktop).tick(new ChecklistTick("t", "l", "new-on-laptop", false, at(5)));
            new LessonProgressRepository(desktop).recordVisit(new LessonVisit("t", "l", at(4)));
            new NoteRepository(desktop).save(new LessonNote("t", "l", "", at(8))); // deleted later on the desktop

            ImportReport report = ProgressImport.merge(desktop, ProgressImport.parse(fromLaptop), key -> true);

            var ticks = new ChecklistRepository(desktop).ticks("t", "l");
            assertThat(ticks.get("old-on-laptop").ticked()).as("the desktop's later untick wins").isFalse();
            assertThat(ticks.get("new-on-laptop").ticked()).as("the laptop's later tick wins").isTrue();
            assertThat(new LessonProgressRepository(desktop).visits("t", "l")).hasSize(2);
            assertThat(new NoteRepository(desktop).note("t", "l")).as("a later delete survives the merge").isEmpty();
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(2);
        }
    }

    @Test
    void settingsTheCallerRejectsAreNeitherExportedNorImported() throws Exception {
        Path file = dir.resolve("handmade.json");
        Files.writeString(file, """
                {
                  "format" : "pgdrill-progress",
                  "formatVersion" : 1,
                  "settings" : [ { "key" : "window.x", "value" : "-3000", "updatedAt" : "2026-11-23T10:00:00.000Z" },
                                 { "key" : "ui.theme", "value" : "dark", "updatedAt" : "2026-11-23T10:00:00.000Z" } ]
                }
                """);
        try (ProgressStore store = open("s")) {
            ImportReport report = ProgressImport.merge(store, ProgressImport.parse(file), NOT_WINDOW);
            assertThat(report.skippedSettings()).isEqualTo(1);
            assertThat(new SettingsRepository(store).all()).containsOnlyKeys("ui.theme");
        }
    }

    @Test
    void badFilesAreReportedWithFileAndLineAndNothingChanges() throws Exception {
        String good = """
                {
                  "format" : "pgdrill-progress",
                  "formatVersion" : 1,
                  "confidenceRatings" : [
                    { "trackId" : "t", "lessonId" : "l", "itemId" : "", "rating" : 4, "ratedAt" : "2026-11-23T10:00:00.000Z" },
                    { "trackId" : "t", "lessonId" : "l", "itemId" : "", "rating" : 7, "ratedAt" : "2026-11-23T10:01:00.000Z" }
                  ]
                }
                """;
        assertProblem(good, 6, "A confidence rating is 1 to 5, not 7");
        assertProblem(good.replace("\"rating\" : 7,", "\"rating\" : 3,").replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1"),
                4, "Unexpected character");
        assertProblem(good.replace("\"rating\" : 7,", "\"rating\" : 3, \"mood\" : \"ok\","), 6, "unknown field \"mood\"");
        assertProblem(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), 3, "newer pgdrill");
        assertProblem(good.replace("pgdrill-progress", "anki"), 2, "not a pgdrill progress export");
        assertProblem(good.replace("2026-11-23T10:01:00.000Z", "yesterday"), 6, "ratedAt is not a UTC time");
        assertProblem(good.replace("\"itemId\" : \"\", \"rating\" : 7,", "\"rating\" : 3,"), 6, "field \"itemId\" is missing");
        assertProblem("[1, 2]", 1, "this is not a pgdrill progress export");
    }

    private void assertProblem(String json, int line, String message) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> ProgressImport.parse(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(message);
    }
}
