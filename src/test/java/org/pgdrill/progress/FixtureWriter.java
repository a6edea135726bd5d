package org.pgdrill.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.flywaydb.core.Flyway;
import org.pgdrill.progress.data.AnswerRepository;
import org.pgdrill.progress.data.AttemptRepository;
import org.pgdrill.progress.data.ChecklistRepository;
import org.pgdrill.progress.data.ChecklistTick;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.ConfidenceRepository;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardRepository;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.progress.data.LessonProgressRepository;
import org.pgdrill.progress.data.LessonVisit;
import org.pgdrill.progress.data.NoteRepository;
import org.pgdrill.progress.data.ProgressExport;
import org.pgdrill.progress.data.QuestionAnswer;
import org.pgdrill.progress.data.QuestionKind;
import org.pgdrill.progress.data.SettingsRepository;
import org.pgdrill.testing.MutableClock;

/**
 * Writes the progress files that {@link MigrationFixturesTest} opens: one per released schema version,
 * committed under src/test/resources/org/pgdrill/progress/fixtures/v{N}/. Run once when a schema version
 * is released (never regenerate an old one: it stands for files learners already have):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pgdrill.progress.FixtureWriter 2 src/test/resources/org/pgdrill/progress/fixtures/v2</pre>
 */
public final class FixtureWriter {
    static final Instant T = Instant.parse("2026-11-20T18:30:00Z");

    private FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        int version = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        Files.deleteIfExists(folder.resolve("pgdrill.mv.db"));
        switch (version) {
            case 1 -> writeVersion1(folder);
            case 2 -> writeVersion2(folder);
            default -> throw new IllegalArgumentException("No fixture for schema version " + version);
        }
        String url = "jdbc:h2:file:" + folder.resolve("pgdrill").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "pgdrill", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        System.out.println("Wrote " + folder.resolve("pgdrill.mv.db") + " (" + Files.size(folder.resolve("pgdrill.mv.db")) + " bytes)");
    }

    /** The foundation's schema: settings only. */
    private static void writeVersion1(Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("pgdrill").toAbsolutePath() + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "pgdrill", "").locations("classpath:org/pgdrill/progress/db").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "pgdrill", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO settings VALUES ('ui.theme', 'dark', TIMESTAMP WITH TIME ZONE '2026-11-20 18:30:00.123456+00')");
            s.execute("INSERT INTO settings VALUES ('window.width', '1024.0', TIMESTAMP WITH TIME ZONE '2026-11-20 18:31:00+00')");
        }
    }

    /** Version 2: one of every kind of progress. */
    private static void writeVersion2(Path folder) throws Exception {
        MutableClock clock = new MutableClock(T);
        StoreLocation location = new StoreLocation(folder, folder.resolve("no-backups"));
        try (ProgressStore store = ProgressStore.open(location, clock, StoreDamage.Handler.CANCEL)) {
            new SettingsRepository(store).putAll(Map.of("ui.theme", "dark", "review.newCardsPerDay", "12"));
            LessonProgressRepository lessons = new LessonProgressRepository(store);
            lessons.recordVisit(new LessonVisit("postgresql", "mvcc", T));
            lessons.setCompletion(new LessonCompletion("postgresql", "mvcc", true, 3, T.plusSeconds(600)));
            new ChecklistRepository(store).tick(new ChecklistTick("postgresql", "mvcc", "xmin-xmax", true, T.plusSeconds(60)));
            new ConfidenceRepository(store).rate(new ConfidenceRating("postgresql", "mvcc", "", 4, T.plusSeconds(620)));
            new AnswerRepository(store).record(new QuestionAnswer("postgresql", "mvcc", "q-snapshot", QuestionKind.MULTIPLE_CHOICE,
                    "c", Optional.of(true), T.plusSeconds(300)));
            new AttemptRepository(store).record(new ExerciseAttempt("pgexercises", "basic/00030000-where", T.plusSeconds(900),
                    "SELECT facid, name FROM cd.facilities WHERE membercost > 0;", "CORRECT", 48_500, 0, false));
            FlashcardKey card = new FlashcardKey("postgresql", "mvcc", "what-is-a-snapshot");
            new FlashcardRepository(store).recordReview(
                    new FlashcardState(card, "REVIEW", 0, 8.2956, 1.0, T.plusSeconds(8 * 86_400), T, 1, 0),
                    new FlashcardReview(card, T, 4, "NEW", "REVIEW", 0, 8 * 86_400, 8.2956, 1.0, OptionalLong.of(5200)));
            new NoteRepository(store).save(new LessonNote("postgresql", "mvcc", "VACUUM frees dead tuples; ✓ Straße", T.plusSeconds(700)));
            Files.writeString(folder.resolve("expected-export.json"), ProgressExport.toJson(ProgressExport.snapshot(store, key -> true)));
        }
        Files.deleteIfExists(folder.resolve("no-backups"));
    }
}
