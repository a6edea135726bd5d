package org.pgdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ChecklistTick;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.progress.data.ImportReport;
import org.pgdrill.progress.data.ProgressDocument;
import org.pgdrill.progress.data.ProgressImport;
import org.pgdrill.review.Card;
import org.pgdrill.review.FsrsParameters;
import org.pgdrill.review.Rating;
import org.pgdrill.review.ScheduledReview;
import org.pgdrill.review.Scheduler;

/**
 * How long progress writes take on this machine (DESIGN.md: "a review rating is stored in under 5 ms").
 * Not a test: it prints percentiles. Run with {@code scripts/bench-progress.sh [ratings]}.
 * The store is first filled like a year of use (2,000 cards with 10 reviews each, imported in one
 * transaction), reopened, then each measured rating is the whole app path: read the card's state,
 * schedule with FSRS, write state + log in one transaction with WRITE_DELAY=0.
 */
public final class ProgressBenchmark {
    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ratings = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dataDir = Files.createTempDirectory("pgdrill-bench");
        AppConfig config = new AppConfig(dataDir, Optional.empty(), List.of());
        System.out.println("Data folder " + dataDir + ", Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        List<FlashcardKey> cards = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            cards.add(new FlashcardKey("postgresql", "lesson-" + (i / 20), "card-" + i));
        }
        try (App app = open(config)) {
            long fillStart = System.nanoTime();
            ImportReport filled = ProgressImport.merge(app.store(), yearOfReviews(cards), key -> true);
            System.out.printf(Locale.ROOT, "Filled %,d rows (a year of use: 2,000 cards x 10 reviews) in %.1f s%n", filled.added(),
                    (System.nanoTime() - fillStart) / 1e9);
        }
        try (App app = open(config)) {
            long sizeBefore = Files.size(app.store().file());
            long[] rate = new long[ratings];
            for (int i = 0; i < ratings; i++) {
                FlashcardKey card = cards.get(i % cards.size());
                long start = System.nanoTime();
                app.flashcards().rate(card, Rating.GOOD, OptionalLong.of(2500));
                rate[i] = System.nanoTime() - start;
            }
            report("rate a flashcard (read state, FSRS, write state + log)", rate);

            long[] tick = new long[ratings];
            for (int i = 0; i < ratings; i++) {
                long start = System.nanoTime();
                app.progress().checklists().tick(new ChecklistTick("postgresql", "lesson-" + (i % 100), "item-" + (i % 7), i % 2 == 0,
                        Instant.now()));
                tick[i] = System.nanoTime() - start;
            }
            report("tick a checklist item", tick);

            long[] queue = new long[50];
            for (int i = 0; i < queue.length; i++) {
                long start = System.nanoTime();
                app.flashcards().today(cards);
                queue[i] = System.nanoTime() - start;
            }
            report("build today's queue over 2,000 cards", queue);
            System.out.printf(Locale.ROOT, "%-55s %,d -> %,d bytes%n", "progress file during " + (2 * ratings) + " commits",
                    sizeBefore, Files.size(app.store().file()));

            long backupStart = System.nanoTime();
            BackupFile backup = app.backups().backupNow();
            System.out.printf(Locale.ROOT, "%-55s %8.1f ms (zip %,d bytes)%n", "backup (BACKUP TO, verify, rename)",
                    (System.nanoTime() - backupStart) / 1e6, Files.size(backup.path()));

            Path export = dataDir.resolve("export.json");
            long exportStart = System.nanoTime();
            app.transfer().export(export);
            System.out.printf(Locale.ROOT, "%-55s %8.1f ms (%,d bytes)%n", "export everything to JSON",
                    (System.nanoTime() - exportStart) / 1e6, Files.size(export));
        }
        try (App app = open(config)) {
            System.out.printf(Locale.ROOT, "%-55s %,d bytes%n", "progress file after closing (H2 compacts on close)",
                    Files.size(app.store().file()));
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static App open(AppConfig config) throws Exception {
        return App.open(config, Clock.systemUTC(), ZoneId.systemDefault(), StoreDamage.Handler.CANCEL);
    }

    /** Ten reviews of every card, spread over the past year, as one document imported in one transaction. */
    private static ProgressDocument yearOfReviews(List<FlashcardKey> cards) {
        Instant yearAgo = Instant.now().minus(Duration.ofDays(365));
        FsrsParameters parameters = FsrsParameters.defaults();
        List<FlashcardState> states = new ArrayList<>();
        List<FlashcardReview> reviews = new ArrayList<>();
        for (FlashcardKey key : cards) {
            Card card = Card.NEW;
            Instant at = yearAgo.plusSeconds(key.cardId().hashCode() & 0xffff);
            for (int round = 0; round < 10; round++) {
                Rating rating = round % 4 == 3 ? Rating.AGAIN : Rating.GOOD;
                ScheduledReview next = Scheduler.schedule(card, rating, at, parameters);
                reviews.add(new FlashcardReview(key, at, rating.grade(), card.state().name(), next.card().state().name(),
                        next.log().elapsedDays(), next.log().interval().getSeconds(), next.card().stability(),
                        next.card().difficulty(), OptionalLong.of(3000)));
                card = next.card();
                at = card.due().truncatedTo(ChronoUnit.MILLIS);
            }
            states.add(new FlashcardState(key, card.state().name(), card.step(), card.stability(), card.difficulty(),
                    card.due(), card.lastReview(), card.reps(), card.lapses()));
        }
        return new ProgressDocument(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), states, reviews, List.of());
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-55s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
