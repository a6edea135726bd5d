package org.pgdrill.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;

/**
 * Where the learner stands, as the Progress page shows it: computed by {@link ProgressStats} from the stored
 * progress and the loaded lessons.
 *
 * @param today      the current study day
 * @param tracks     each loaded track's lessons done, in load order
 * @param confidence each rated lesson's latest confidence, least confident first
 * @param flashcards reviews and cards learned
 * @param exercises  attempts and solves
 * @param activity   the last {@link ProgressStats#ACTIVITY_DAYS} study days, oldest first, today last
 */
public record ProgressSummary(LocalDate today, List<TrackProgress> tracks, List<LessonConfidence> confidence,
                              FlashcardStats flashcards, ExerciseStats exercises, List<DayActivity> activity) {
    public ProgressSummary {
        tracks = List.copyOf(tracks);
        confidence = List.copyOf(confidence);
        activity = List.copyOf(activity);
    }

    /**
     * @param completed      lessons marked done
     * @param next           the first lesson in course order not marked done; empty when all are
     * @param updatedSince   done lessons whose content changed after they were marked done
     */
    public record TrackProgress(Track track, int completed, Optional<Lesson> next, List<Lesson> updatedSince) {
        public TrackProgress {
            updatedSince = List.copyOf(updatedSince);
        }

        public int total() {
            return track.lessons().size();
        }

        /** Whole percent done, rounded down so 100% means every lesson. */
        public int percent() {
            return org.pgdrill.app.TrackProgress.percent(completed, total());
        }
    }

    /**
     * "Can you explain this in 30 seconds?" for one lesson.
     *
     * @param latest   the latest rating, 1–5
     * @param previous the rating before it, if the lesson was rated more than once
     * @param ratings  how many times it was rated
     */
    public record LessonConfidence(Track track, Lesson lesson, int latest, OptionalInt previous, int ratings) {
        /** Positive when confidence rose since the previous rating, negative when it fell, 0 when unchanged or first. */
        public int trend() {
            return previous.isPresent() ? Integer.signum(latest - previous.getAsInt()) : 0;
        }

        /** Low confidence: a lesson to read again. */
        public boolean worthRevisiting() {
            return latest <= ProgressStats.LOW_CONFIDENCE;
        }
    }

    /**
     * @param cards          flashcards in the loaded lessons
     * @param learned        of those, cards in review (past their learning steps)
     * @param learning       of those, cards in (re)learning steps
     * @param reviewsToday   ratings given in the current study day
     * @param reviewsThisWeek ratings given since the study day of this week's Monday began
     * @param reviewsLast30  ratings in the last 30 study days
     * @param passedLast30   of those, ratings other than Again
     */
    public record FlashcardStats(int cards, int learned, int learning, int reviewsToday, int reviewsThisWeek,
                                 int reviewsLast30, int passedLast30) {
        /** Share of the last 30 days' ratings that were not Again; empty without ratings. */
        public OptionalDouble retention() {
            return reviewsLast30 == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passedLast30 / reviewsLast30);
        }
    }

    /**
     * @param exercises          exercises in the loaded lessons
     * @param attempted          of those, exercises with at least one graded attempt
     * @param solved             exercises with a correct attempt
     * @param solvedWithoutHints exercises with a correct attempt that used no hint and did not peek at the solution
     * @param averageSolveMillis the mean time of each solved exercise's first correct attempt
     */
    public record ExerciseStats(int exercises, int attempted, int solved, int solvedWithoutHints, OptionalLong averageSolveMillis) {
    }

    /** What the learner did on one study day. */
    public record DayActivity(LocalDate day, int reviews, int attempts, int visits) {
        public int total() {
            return reviews + attempts + visits;
        }
    }
}
