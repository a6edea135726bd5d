package org.pgdrill.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.pgdrill.app.ProgressSummary.DayActivity;
import org.pgdrill.app.ProgressSummary.ExerciseStats;
import org.pgdrill.app.ProgressSummary.FlashcardStats;
import org.pgdrill.app.ProgressSummary.LessonConfidence;
import org.pgdrill.app.ProgressSummary.TrackProgress;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.ExerciseAttempt;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.progress.data.FlashcardReview;
import org.pgdrill.progress.data.FlashcardState;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.progress.data.LessonVisit;
import org.pgdrill.review.ReviewDay;

/**
 * Computes the {@link ProgressSummary} from the repositories. Days are study days (they begin at the
 * learner's day start hour, like the flashcard queue), so the page and the queue agree on what "today" is.
 * Reads the store: call it through the task runner.
 */
public final class ProgressStats {
    /** How many study days the activity strip and the retention cover. */
    public static final int ACTIVITY_DAYS = 30;
    /** Confidence at or below this (of 5) marks a lesson as worth revisiting. */
    public static final int LOW_CONFIDENCE = 2;

    private final ProgressData progress;
    private final Settings settings;
    private final Clock clock;
    private final ZoneId zone;

    public ProgressStats(ProgressData progress, Settings settings, Clock clock, ZoneId zone) {
        this.progress = progress;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    public ProgressSummary summarize(List<Track> tracks) throws ProgressStoreException {
        ReviewDay day = ReviewOptions.reviewDay(settings, zone);
        LocalDate today = day.dayOf(clock.instant());
        LocalDate firstDay = today.minusDays(ACTIVITY_DAYS - 1L);
        Instant from = day.start(firstDay);
        Instant to = day.start(today.plusDays(1));
        List<FlashcardReview> reviews = progress.flashcards().reviewsBetween(from, to);

        List<TrackProgress> trackProgress = new ArrayList<>();
        List<LessonConfidence> confidence = new ArrayList<>();
        for (Track track : tracks) {
            trackProgress.add(trackProgress(track));
            confidence.addAll(confidence(track));
        }
        // least confident first, falling before steady before rising; otherwise course order (the sort is stable)
        confidence.sort(Comparator.comparingInt(LessonConfidence::latest).thenComparingInt(LessonConfidence::trend));
        return new ProgressSummary(today, trackProgress, confidence, flashcards(tracks, reviews, day, today), exercises(tracks),
                activity(day, firstDay, reviews, progress.attempts().attemptsBetween(from, to),
                        progress.lessons().visitsBetween(from, to)));
    }

    private TrackProgress trackProgress(Track track) throws ProgressStoreException {
        Map<String, LessonCompletion> completions = progress.lessons().completions(track.id());
        int completed = 0;
        Lesson next = null;
        List<Lesson> updated = new ArrayList<>();
        for (Lesson lesson : track.lessons()) {
            LessonCompletion completion = completions.get(lesson.id());
            if (completion != null && completion.completed()) {
                completed++;
                if (completion.updatedSince(lesson.version())) {
                    updated.add(lesson);
                }
            } else if (next == null) {
                next = lesson;
            }
        }
        return new TrackProgress(track, completed, Optional.ofNullable(next), updated);
    }

    /** The whole-lesson ratings of the track's loaded lessons, in course order. */
    private List<LessonConfidence> confidence(Track track) throws ProgressStoreException {
        Map<String, List<Integer>> byLesson = new LinkedHashMap<>();
        for (ConfidenceRating rating : progress.confidence().history(track.id())) {
            if (rating.itemId().equals(ConfidenceRating.WHOLE_LESSON)) {
                byLesson.computeIfAbsent(rating.lessonId(), id -> new ArrayList<>()).add(rating.rating());
            }
        }
        List<LessonConfidence> rated = new ArrayList<>();
        for (Lesson lesson : track.lessons()) {
            List<Integer> history = byLesson.get(lesson.id());
            if (history != null) {
                int count = history.size();
                OptionalInt previous = count > 1 ? OptionalInt.of(history.get(count - 2)) : OptionalInt.empty();
                rated.add(new LessonConfidence(track, lesson, history.get(count - 1), previous, count));
            }
        }
        return rated;
    }

    private FlashcardStats flashcards(List<Track> tracks, List<FlashcardReview> reviews, ReviewDay day, LocalDate today)
            throws ProgressStoreException {
        Set<FlashcardKey> deck = new HashSet<>(FlashcardDeck.keys(FlashcardDeck.of(tracks)));
        int learned = 0;
        int learning = 0;
        for (Track track : tracks) {
            for (FlashcardState state : progress.flashcards().states(track.id()).values()) {
                if (deck.contains(state.key())) {
                    if (state.state().equals("REVIEW")) {
                        learned++;
                    } else {
                        learning++;
                    }
                }
            }
        }
        Instant todayStart = day.start(today);
        Instant weekStart = day.start(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        int reviewsToday = 0;
        int reviewsThisWeek = 0;
        int passed = 0;
        for (FlashcardReview review : reviews) {
            reviewsToday += review.reviewedAt().isBefore(todayStart) ? 0 : 1;
            reviewsThisWeek += review.reviewedAt().isBefore(weekStart) ? 0 : 1;
            passed += review.rating() > 1 ? 1 : 0;
        }
        return new FlashcardStats(deck.size(), learned, learning, reviewsToday, reviewsThisWeek, reviews.size(), passed);
    }

    private ExerciseStats exercises(List<Track> tracks) throws ProgressStoreException {
        int total = 0;
        int attempted = 0;
        int solved = 0;
        int cleanSolves = 0;
        long solveMillis = 0;
        for (Track track : tracks) {
            Set<String> ids = new HashSet<>();
            for (Lesson lesson : track.lessons()) {
                lesson.parts().exercises().stream().map(Exercise::id).forEach(ids::add);
            }
            total += ids.size();
            Map<String, List<ExerciseAttempt>> byExercise = new LinkedHashMap<>();
            for (ExerciseAttempt attempt : progress.attempts().attempts(track.id())) {
                if (ids.contains(attempt.exerciseId()) && !attempt.verdict().equals(ExerciseAttempt.INTERRUPTED)) {
                    byExercise.computeIfAbsent(attempt.exerciseId(), id -> new ArrayList<>()).add(attempt);
                }
            }
            attempted += byExercise.size();
            for (List<ExerciseAttempt> attempts : byExercise.values()) {
                List<ExerciseAttempt> solves = attempts.stream().filter(ExerciseAttempt::solved).toList();
                if (!solves.isEmpty()) {
                    solved++;
                    solveMillis += solves.get(0).timeTakenMillis();
                    cleanSolves += solves.stream().anyMatch(a -> a.hintsUsed() == 0) ? 1 : 0;
                }
            }
        }
        return new ExerciseStats(total, attempted, solved, cleanSolves, solved == 0 ? OptionalLong.empty() : OptionalLong.of(solveMillis / solved));
    }

    private static List<DayActivity> activity(ReviewDay day, LocalDate firstDay, List<FlashcardReview> reviews,
                                              List<ExerciseAttempt> attempts, List<LessonVisit> visits) {
        int[][] counts = new int[ACTIVITY_DAYS][3];
        reviews.forEach(review -> count(counts, day, firstDay, review.reviewedAt(), 0));
        attempts.forEach(attempt -> count(counts, day, firstDay, attempt.attemptedAt(), 1));
        visits.forEach(visit -> count(counts, day, firstDay, visit.visitedAt(), 2));
        List<DayActivity> days = new ArrayList<>();
        for (int i = 0; i < ACTIVITY_DAYS; i++) {
            days.add(new DayActivity(firstDay.plusDays(i), counts[i][0], counts[i][1], counts[i][2]));
        }
        return days;
    }

    private static void count(int[][] counts, ReviewDay day, LocalDate firstDay, Instant at, int kind) {
        long index = day.dayOf(at).toEpochDay() - firstDay.toEpochDay();
        if (index >= 0 && index < ACTIVITY_DAYS) {
            counts[(int) index][kind]++;
        }
    }
}
