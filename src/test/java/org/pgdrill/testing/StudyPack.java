package org.pgdrill.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two small valid tracks for screen and statistics tests, written into a test's folder: "basics" (three
 * lessons: five flashcards in the first two, two exercises) and "ops" (one lesson, two flashcards). Small
 * and fixed, so tests can pin counts that the shipped lessons would change as authors add to them.
 */
public final class StudyPack {
    public static final String BASICS = "basics";
    public static final String OPS = "ops";

    private static final String DATASET = """
            CREATE SCHEMA shop;
            CREATE TABLE shop.customers (customer_id int PRIMARY KEY, name text NOT NULL, city text);
            INSERT INTO shop.customers VALUES (1, 'Ada', 'Berlin'), (2, 'Grace', NULL), (3, 'Edsger', 'Nuenen');
            """;

    private StudyPack() {
    }

    /** Writes both tracks under {@code dir} (a folder of packs, as {@code --lessons} takes) and returns it. */
    public static Path writeTo(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("basics/track.yaml", """
                id: basics
                title: SQL basics
                engine: postgresql
                version: 1
                description: Querying one table.
                datasets:
                  - id: shop
                    title: A tiny shop
                    file: datasets/shop.sql
                    search_path: [shop]
                lessons:
                  - 01-select
                  - 02-where
                  - 03-order
                """);
        files.put("basics/datasets/shop.sql", DATASET);
        files.put("basics/01-select/lesson.md", lesson("select", "Your first SELECT", 2, "hands-on"));
        files.put("basics/01-select/parts.yaml", """
                flashcards:
                  - id: star
                    question: What does `SELECT *` return?
                    answer: Every column of every row the FROM clause produces.
                  - id: from-first
                    question: Which clause is evaluated first, FROM or SELECT?
                    answer: FROM.
                  - id: alias
                    question: How do you rename an output column?
                    answer: With AS, e.g. `SELECT name AS customer`.
                exercises:
                  - id: count-customers
                    title: Count the customers
                    dataset: shop
                    kind: result
                    prompt: How many customers are there?
                    solution: SELECT count(*) FROM customers;
                    time_limit: 2m
                """);
        files.put("basics/02-where/lesson.md", lesson("where", "Filtering with WHERE", 1, "hands-on"));
        files.put("basics/02-where/parts.yaml", """
                flashcards:
                  - id: null-equals
                    question: Why does `city = NULL` match nothing?
                    answer: Comparing with NULL gives NULL, and WHERE keeps only true rows. Use IS NULL.
                  - id: between
                    question: Does BETWEEN include both ends?
                    answer: Yes.
                exercises:
                  - id: berlin
                    title: Customers in Berlin
                    dataset: shop
                    kind: result
                    prompt: List the customers in Berlin.
                    solution: SELECT customer_id, name FROM customers WHERE city = 'Berlin';
                    time_limit: 2m
                    hints: [Filter on city.]
                """);
        files.put("basics/03-order/lesson.md", lesson("order", "Sorting with ORDER BY", 1, "concept"));
        files.put("ops/track.yaml", """
                id: ops
                title: Operations
                engine: postgresql
                version: 1
                description: Keeping a server healthy.
                lessons:
                  - 01-vacuum
                """);
        files.put("ops/01-vacuum/lesson.md", lesson("vacuum", "VACUUM and dead rows", 1, "concept"));
        files.put("ops/01-vacuum/parts.yaml", """
                flashcards:
                  - id: dead-tuples
                    question: What leaves dead tuples behind?
                    answer: UPDATE and DELETE.
                  - id: autovacuum
                    question: What starts VACUUM without you?
                    answer: The autovacuum launcher.
                """);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lesson(String id, String title, int version, String mode) {
        return """
                ---
                id: %s
                title: %s
                level: beginner
                mode: %s
                version: %d
                last_reviewed: 2026-10-01
                summary: A lesson for tests.
                ---
                # %s

                Some prose.
                """.formatted(id, title, mode, version, title);
    }
}
