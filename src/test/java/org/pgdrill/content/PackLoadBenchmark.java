package org.pgdrill.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures how pack loading scales (DESIGN.md: 5,000 lessons / 50,000 cards in under 2 s). Not a test:
 * run it with {@code scripts/bench-load.sh}, or by hand after {@code ./mvnw -q test-compile}:
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.pgdrill.content.PackLoadBenchmark [lessons...]</pre>
 *
 * Each synthetic lesson has 10 flashcards, 4 checklist items, 2 self-check and 2 multiple-choice questions,
 * 1 exercise and about 600 words of prose, like a real lesson. Prints the median of five loads per size.
 */
public final class PackLoadBenchmark {
    private static final int RUNS = 5;

    private PackLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 2500, 5000);
        }
        PackLoader loader = new PackLoader();
        loader.load(writePack(Files.createTempDirectory("pgdrill-bench-warmup"), 300)); // JIT warm-up
        for (int lessons : sizes) {
            Path pack = writePack(Files.createTempDirectory("pgdrill-bench"), lessons);
            List<Long> millis = new ArrayList<>();
            PackLoadResult result = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                result = loader.load(pack);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            millis.sort(null);
            long cards = result.tracks().get(0).lessons().stream().mapToLong(lesson -> lesson.parts().flashcards().size()).sum();
            System.out.printf(Locale.ROOT, "%,6d lessons, %,7d flashcards, %d problems: median %,d ms (runs: %s)%n",
                    result.tracks().get(0).lessons().size(), cards, result.problems().size(), millis.get(RUNS / 2), millis);
            deleteTree(pack);
        }
    }

    static Path writePack(Path dir, int lessons) throws IOException {
        StringBuilder track = new StringBuilder("id: bench\ntitle: Benchmark\nengine: postgresql\nversion: 1\n"
                + "datasets:\n  - id: data\n    title: Data\n    file: data.sql\nlessons:\n");
        Files.writeString(dir.resolve("data.sql"), "CREATE TABLE public.items (id int PRIMARY KEY);\n");
        String prose = "PostgreSQL keeps rows in pages and finds them through indexes when it can. ".repeat(50);
        for (int i = 1; i <= lessons; i++) {
            String folder = String.format(Locale.ROOT, "%05d-lesson", i);
            track.append("  - ").append(folder).append('\n');
            Path lesson = Files.createDirectories(dir.resolve(folder));
            Files.writeString(lesson.resolve("lesson.md"), "---\nid: lesson-" + i + "\ntitle: Lesson " + i
                    + "\nlevel: beginner\nmode: hands-on\nversion: 1\nlast_reviewed: 2026-01-01\nsummary: Lesson number " + i
                    + ".\n---\n# Lesson " + i + "\n\n" + prose + "\n");
            Files.writeString(lesson.resolve("parts.yaml"), parts(i));
        }
        Files.writeString(dir.resolve("track.yaml"), track.toString());
        return dir;
    }

    private static String parts(int lesson) {
        StringBuilder parts = new StringBuilder("checklist:\n");
        for (int i = 1; i <= 4; i++) {
            parts.append("  - id: item-").append(i).append("\n    text: I can do thing ").append(i).append(".\n");
        }
        parts.append("flashcards:\n");
        for (int i = 1; i <= 10; i++) {
            parts.append("  - id: card-").append(i).append("\n    question: What is concept ").append(i)
                    .append("?\n    answer: >-\n      It is the idea that explains behaviour number ").append(i).append(".\n");
        }
        parts.append("self_check:\n");
        for (int i = 1; i <= 2; i++) {
            parts.append("  - id: check-").append(i).append("\n    question: Why ").append(i).append("?\n    model_answer: Because.\n");
        }
        parts.append("multiple_choice:\n");
        for (int i = 1; i <= 2; i++) {
            parts.append("  - id: choice-").append(i).append("\n    question: Which one?\n    options:\n")
                    .append("      - {text: This, correct: true, explanation: Right.}\n")
                    .append("      - {text: That, explanation: Wrong.}\n");
        }
        parts.append("exercises:\n  - id: ex-").append(lesson).append("\n    title: Count\n    dataset: data\n    kind: result\n")
                .append("    prompt: Count the items.\n    solution: SELECT count(*) FROM items;\n    time_limit: 2m\n");
        return parts.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
