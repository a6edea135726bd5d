package org.pgdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.pgdrill.app.FlashcardDeck;
import org.pgdrill.app.InlineTaskRunner;
import org.pgdrill.app.SettingKey;
import org.pgdrill.content.Flashcard;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.LessonMode;
import org.pgdrill.content.LessonParts;
import org.pgdrill.content.Level;
import org.pgdrill.content.Track;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.progress.data.ProgressDocument;
import org.pgdrill.progress.data.ProgressImport;
import org.pgdrill.review.Rating;
import org.pgdrill.ui.dashboard.DashboardViewModel;
import org.pgdrill.ui.flashcards.DueText;
import org.pgdrill.ui.flashcards.FlashcardsViewModel;

/**
 * How long the learner waits on the Flashcards and Progress pages (work done off the FX thread): from pressing
 * a rating to the next card on screen (store the rating, rebuild today's queue, preview the next card's
 * intervals), and reading the Progress page's numbers. Decks of 2,000 and 50,000 cards (DESIGN.md's biggest
 * pack), a fifth of them studied with ten reviews each. Not a test: it prints percentiles.
 * Run with {@code scripts/bench-screens.sh}.
 */
public final class ScreenDataBenchmark {
    private ScreenDataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        for (int size : new int[] {2_000, 50_000}) {
            Path dataDir = Files.createTempDirectory("pgdrill-bench");
            try {
                measure(dataDir, size);
            } finally {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static void measure(Path dataDir, int size) throws Exception {
        Track track = track(size);
        List<FlashcardDeck.DeckCard> deck = FlashcardDeck.of(List.of(track));
        try (App app = App.open(new AppConfig(dataDir, Optional.empty(), List.of()), Clock.systemUTC(), ZoneId.systemDefault(),
                StoreDamage.Handler.CANCEL)) {
            ProgressImport.merge(app.store(), studied(deck), key -> true);
            // enough new cards that the queue never runs dry while measuring
            app.settings().put(SettingKey.REVIEW_NEW_CARDS_PER_DAY, "9999");
            InlineTaskRunner inline = new InlineTaskRunner();
            FlashcardsViewModel cards = new FlashcardsViewModel(app.flashcards(), deck, inline,
                    new DueText(Clock.systemUTC(), ZoneId.systemDefault()), () -> System.nanoTime() / 1_000_000);
            cards.refresh();
            long[] rate = new long[200];
            for (int i = 0; i < rate.length; i++) {
                if (cards.cardProperty().get() == null) {
                    throw new IllegalStateException("the queue ran dry after " + i + " ratings");
                }
                cards.flip();
                long start = System.nanoTime();
                cards.rate(i % 5 == 0 ? Rating.AGAIN : Rating.GOOD);
                rate[i] = System.nanoTime() - start;
            }
            report(String.format(Locale.ROOT, "%,d cards: rating to next card on screen", size), rate);

            DashboardViewModel dashboard = new DashboardViewModel(app.stats(), List.of(track), List.of(), inline);
            long[] summary = new long[20];
            for (int i = 0; i < summary.length; i++) {
                long start = System.nanoTime();
                dashboard.refresh();
                summary[i] = System.nanoTime() - start;
            }
            report(String.format(Locale.ROOT, "%,d cards: Progress page numbers", size), summary);
        }
    }

    /** One track, 10 cards a lesson. */
    private static Track track(int cards) {
        List<Lesson> lessons = new ArrayList<>();
        for (int lesson = 0; lesson < cards / 10; lesson++) {
            List<Flashcard> flashcards = new ArrayList<>();
            for (int card = 0; card < 10; card++) {
                flashcards.add(new Flashcard("card-" + card, "Question " + card + " of lesson " + lesson + "?", "An answer."));
            }
            LessonParts parts = new LessonParts(List.of(), List.of(), List.of(), List.of(), flashcards, List.of(), List.of(), List.of());
            lessons.add(new Lesson("lesson-" + lesson, "Lesson " + lesson, Level.BEGINNER, LessonMode.CONCEPT, 1, LocalDate.of(2026, 1, 1),
                    "", 1, "", parts, Path.of("lesson.md"), Optional.empty()));
        }
        return new Track("bench", "Benchmark", "postgresql", 1, "", List.of(), lessons, Path.of("."));
    }

    /** Every fifth card studied: ten reviews over the past year, its state due somewhere in the next month. */
    private static ProgressDocument studied(List<FlashcardDeck.DeckCard> deck) {
        Instant now = Instant.now();
        List<FlashcardState> states = new ArrayList<>();
        List<FlashcardReview> reviews = new ArrayList<>();
        List<ConfidenceRating> ratings = new ArrayList<>();
        for (int i = 0; i < deck.size(); i += 5) {
            FlashcardKey key = deck.get(i).key();
            for (int round = 0; round < 10; round++) {
                Instant at = now.minus(Duration.ofDays(365 - round * 36L)).plusSeconds(i);
                reviews.add(new FlashcardReview(key, at, round % 4 == 3 ? 1 : 3, round == 0 ? "NEW" : "REVIEW", "REVIEW", 36, 36 * 86_400,
                        20.0, 5.0, OptionalLong.of(3_000)));
            }
            states.add(new FlashcardState(key, "REVIEW", 0, 20.0, 5.0, now.plus(Duration.ofHours(i % 720)), now.minus(Duration.ofDays(5)),
                    10, 2));
            if (i % 50 == 0) {
                ratings.add(new ConfidenceRating("bench", key.lessonId(), "", 1 + i % 5, now.minus(Duration.ofDays(3))));
            }
        }
        return new ProgressDocument(List.of(), List.of(), List.of(), List.of(), ratings, List.of(), List.of(), states, reviews, List.of());
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-45s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
