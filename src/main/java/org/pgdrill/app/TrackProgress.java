package org.pgdrill.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.LessonCompletion;

/** Where a learner stands in a track: each lesson's status and confidence, and the next lesson to study. */
public final class TrackProgress {
    private TrackProgress() {
    }

    public enum Status {
        NOT_STARTED("Not started"),
        STARTED("Started"),
        COMPLETED("Done"),
        /** Finished, but the lesson's content version is newer than the one finished. */
        UPDATED("Updated since you finished it");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One lesson: its 1-based step in the track, status and latest whole-lesson confidence (1–5). */
    public record LessonState(Lesson lesson, int step, Status status, Optional<Integer> confidence, Optional<Instant> lastVisit) {
    }

    /**
     * @param next the first lesson, in track order, that is not done (a done but updated lesson counts as done)
     */
    public record Summary(Track track, List<LessonState> lessons, int completed, Optional<LessonState> next) {
        public Summary {
            lessons = List.copyOf(lessons);
        }

        public int total() {
            return lessons.size();
        }

        public int percent() {
            return TrackProgress.percent(completed, total());
        }

        /** "Step 12/36, 33%": the lessons done out of the track's, as the Library and the Progress page say it. */
        public String stepText() {
            return TrackProgress.stepText(completed, total());
        }
    }

    /** Whole percent done, rounded down so 100% means every lesson is done. */
    public static int percent(int completed, int total) {
        return total == 0 ? 0 : completed * 100 / total;
    }

    /** "Step 12/36, 33%" for 12 lessons done of 36. */
    public static String stepText(int completed, int total) {
        return "Step " + completed + "/" + total + ", " + percent(completed, total) + "%";
    }

    public static Summary of(Track track, ProgressData progress) throws ProgressStoreException {
        Map<String, LessonCompletion> completions = progress.lessons().completions(track.id());
        Map<String, Instant> visits = progress.lessons().lastVisits(track.id());
        List<LessonState> states = new ArrayList<>();
        int completed = 0;
        Optional<LessonState> next = Optional.empty();
        for (int i = 0; i < track.lessons().size(); i++) {
            Lesson lesson = track.lessons().get(i);
            LessonCompletion completion = completions.get(lesson.id());
            Status status;
            if (completion != null && completion.completed()) {
                status = completion.updatedSince(lesson.version()) ? Status.UPDATED : Status.COMPLETED;
                completed++;
            } else {
                status = visits.containsKey(lesson.id()) ? Status.STARTED : Status.NOT_STARTED;
            }
            Optional<Integer> confidence = Optional.ofNullable(progress.confidence().latest(track.id(), lesson.id())
                    .get(ConfidenceRating.WHOLE_LESSON)).map(ConfidenceRating::rating);
            LessonState state = new LessonState(lesson, i + 1, status, confidence, Optional.ofNullable(visits.get(lesson.id())));
            states.add(state);
            if (next.isEmpty() && (status == Status.NOT_STARTED || status == Status.STARTED)) {
                next = Optional.of(state);
            }
        }
        return new Summary(track, states, completed, next);
    }
}
