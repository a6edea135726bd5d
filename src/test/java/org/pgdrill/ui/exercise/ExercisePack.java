package org.pgdrill.ui.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Track;

/**
 * The example pack of the lesson format guide (three exercises on the library dataset: result, state, plan),
 * copied into a test folder, plus an advanced lesson with one more exercise so the level filter has two levels.
 */
final class ExercisePack {
    static final String TRACK = "example";
    static final String OVERDUE = "overdue-loans";
    static final String RETURN_ALL = "return-member-42";
    static final String THROUGH_INDEX = "loans-of-member";
    static final String OLD_BOOKS = "old-books";
    static final String RIGHT_OVERDUE = "SELECT loan_id, member_id, book_id, due_on FROM loans "
            + "WHERE returned_on IS NULL AND due_on < date '2025-03-10'";
    /** Right on the dataset as shipped, wrong once a later loan exists: a coincidence the checker must expose. */
    static final String COINCIDENCE_OVERDUE = RIGHT_OVERDUE + " AND loan_id <= 20000";
    /** Also lists loans that were returned: too many rows. */
    static final String WRONG_OVERDUE = "SELECT loan_id, member_id, book_id, due_on FROM loans WHERE due_on < date '2025-03-10'";

    private ExercisePack() {
    }

    /** Copies the pack into {@code packs/example} under {@code dataDir}, where the app looks for the learner's packs. */
    static Path install(Path dataDir) {
        Path target = dataDir.resolve("packs").resolve(TRACK);
        copy(Path.of("docs", "example-pack"), target);
        write(target.resolve("track.yaml"), read(target.resolve("track.yaml")).replace("  - 02-how-indexes-help\n",
                "  - 02-how-indexes-help\n  - 03-old-books\n"));
        write(target.resolve("03-old-books/lesson.md"), """
                ---
                id: old-books
                title: The oldest books
                level: advanced
                mode: hands-on
                version: 1
                last_reviewed: 2026-11-23
                summary: Filtering on a year.
                ---
                # The oldest books

                `published_year` holds the year a book came out.
                """);
        write(target.resolve("03-old-books/parts.yaml"), """
                exercises:
                  - id: old-books
                    title: Books from before 1905
                    dataset: library
                    kind: result
                    prompt: List the books published before 1905, `book_id` and `title`.
                    solution: SELECT book_id, title FROM books WHERE published_year < 1905;
                    time_limit: 90s
                """);
        return target;
    }

    static Track load(Path dataDir) {
        PackLoadResult loaded = new PackLoader().load(install(dataDir));
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("The test pack has problems: " + loaded.problems());
        }
        return loaded.tracks().get(0);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(List<ExerciseEntry> entries) {
        return entries.stream().map(entry -> entry.exercise().id()).toList();
    }
}
