package org.pgdrill.content;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid pack written into a temporary folder: three lessons, one dataset. Tests break one file
 * at a time and check the exact problem and that the other lessons still load.
 */
final class SamplePack {
    static final String TRACK = """
            id: sample
            title: Sample track
            engine: postgresql
            version: 1
            description: A pack for tests.
            datasets:
              - id: shop
                title: A tiny shop
                file: datasets/shop.sql
                search_path: [shop]
            lessons:
              - 01-first
              - 02-second
              - 03-third
            """;

    static final String DATASET = """
            -- a comment mentioning CREATE TABLE shop.ghosts (not a statement)
            CREATE SCHEMA shop;
            CREATE TABLE shop.customers (customer_id int PRIMARY KEY, name text NOT NULL, city text);
            CREATE TABLE shop.orders (order_id int PRIMARY KEY, customer_id int NOT NULL REFERENCES shop.customers);
            CREATE INDEX orders_customer_id_idx ON shop.orders (customer_id);
            INSERT INTO shop.customers VALUES (1, 'Ada', 'Berlin'), (2, 'Grace', NULL);
            INSERT INTO shop.orders SELECT i, 1 + i % 2 FROM generate_series(1, 100) AS i;
            """;

    static final String FIRST_LESSON = """
            ---
            id: first
            title: First lesson
            level: beginner
            mode: hands-on
            version: 2
            last_reviewed: 2025-01-15
            summary: Where it all starts.
            ---
            # First

            Some prose with `code` and a list:

            - one
            - two
            """;

    static final String FIRST_PARTS = """
            checklist:
              - id: can-select
                text: I can write a SELECT.
              - id: can-filter
                text: I can filter with WHERE.
            drills:
              - id: delete-one
                title: Delete one order
                sql: DELETE FROM orders WHERE order_id = 1;
                check_before_commit:
                  - The DELETE reported 1 row.
            tips:
              - Use `\\x` for wide rows.
            next_steps:
              - lesson: second
              - text: The manual
                url: https://www.postgresql.org/docs/current/
            flashcards:
              - id: what-is-null
                question: What is NULL?
                answer: An unknown value.
            self_check:
              - id: explain-where
                question: What does WHERE do?
                model_answer: It keeps the rows for which the condition is true.
            multiple_choice:
              - id: pick-one
                question: Which keyword filters rows?
                options:
                  - text: WHERE
                    correct: true
                    explanation: WHERE keeps rows whose condition is true.
                  - text: ORDER BY
                    explanation: ORDER BY sorts; it keeps every row.
            exercises:
              - id: berlin
                title: Customers in Berlin
                dataset: shop
                kind: result
                prompt: List the customers in Berlin.
                solution: SELECT customer_id, name FROM customers WHERE city = 'Berlin';
                time_limit: 2m
                hints: [Filter on city.]
              - id: rename
                title: Rename a customer
                dataset: shop
                kind: state
                prompt: Rename customer 2 to Hopper.
                solution: UPDATE customers SET name = 'Hopper' WHERE customer_id = 2;
                time_limit: 90
                tables: [customers]
              - id: orders-of-one
                title: Orders of customer 1
                dataset: shop
                kind: plan
                prompt: Find the orders of customer 1 using the index.
                solution: SELECT order_id FROM orders WHERE customer_id = 1;
                time_limit: 1m30s
                plan:
                  require: [Bitmap Index Scan using orders_customer_id_idx]
                  forbid: [Seq Scan on orders]
                hidden_datasets:
                  - name: a third customer
                    sql: INSERT INTO customers VALUES (3, 'Edsger', 'Berlin');
            """;

    static final String SECOND_LESSON = """
            ---
            id: second
            title: Second lesson
            level: intermediate
            mode: concept
            version: 1
            last_reviewed: 2025-02-01
            summary: Thinking about it.
            ---
            Read and discuss.
            """;

    static final String THIRD_LESSON = """
            ---
            id: third
            title: Third lesson
            level: advanced
            mode: hands-on
            version: 1
            last_reviewed: 2025-03-01
            summary: Practice.
            ---
            Practice time.
            """;

    static final String THIRD_PARTS = """
            exercises:
              - id: count-orders
                title: Count the orders
                dataset: shop
                kind: result
                prompt: How many orders are there?
                solution: SELECT count(*) FROM orders;
                time_limit: 30s
            """;

    private final Map<String, String> files = new LinkedHashMap<>();

    SamplePack() {
        files.put("track.yaml", TRACK);
        files.put("datasets/shop.sql", DATASET);
        files.put("01-first/lesson.md", FIRST_LESSON);
        files.put("01-first/parts.yaml", FIRST_PARTS);
        files.put("02-second/lesson.md", SECOND_LESSON);
        files.put("03-third/lesson.md", THIRD_LESSON);
        files.put("03-third/parts.yaml", THIRD_PARTS);
    }

    /** Replaces (or adds) one file's text. */
    SamplePack with(String file, String text) {
        files.put(file, text);
        return this;
    }

    /** Replaces {@code from} with {@code to} in one file; fails when {@code from} is not there, so edits cannot silently miss. */
    SamplePack edit(String file, String from, String to) {
        String text = files.get(file);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        files.put(file, text.replace(from, to));
        return this;
    }

    SamplePack without(String file) {
        files.remove(file);
        return this;
    }

    /** Writes the pack into {@code dir} and returns it. */
    Path writeTo(Path dir) {
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
}
