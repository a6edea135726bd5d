package org.pgdrill.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.pgdrill.app.ProgressSummary.DayActivity;
import org.pgdrill.app.ProgressSummary.LessonConfidence;
import org.pgdrill.app.ProgressSummary.TrackProgress;

/** The Progress page's numbers in words. */
public final class DashboardTexts {
    /** Shown where there is no number yet (no ratings, no solves). */
    public static final String NONE = "–";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private DashboardTexts() {
    }

    /** "Step 12/36, 33%". */
    public static String step(TrackProgress track) {
        return org.pgdrill.app.TrackProgress.stepText(track.completed(), track.total());
    }

    /** "●●○○○" for 2 of 5. */
    public static String dots(int rating) {
        return "●".repeat(rating) + "○".repeat(Math.max(0, 5 - rating));
    }

    /** "up from 2", "down from 4", "steady", or "rated once". */
    public static String trend(LessonConfidence confidence) {
        if (confidence.previous().isEmpty()) {
            return "rated once";
        }
        int before = confidence.previous().getAsInt();
        return switch (confidence.trend()) {
            case 1 -> "↑ up from " + before;
            case -1 -> "↓ down from " + before;
            default -> "steady";
        };
    }

    /** "87%", or {@link #NONE} without ratings. */
    public static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + "%" : NONE;
    }

    /** "42 s", "1 min 05 s", "1 h 02 min", or {@link #NONE}. */
    public static String duration(OptionalLong millis) {
        if (millis.isEmpty()) {
            return NONE;
        }
        long seconds = Math.round(millis.getAsLong() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + String.format(Locale.ROOT, "%02d", seconds % 60) + " s";
        }
        return seconds / 3600 + " h " + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + " min";
    }

    /** "Mon 23 Nov: 12 reviews, 1 exercise attempt, 2 lesson visits", or "…: nothing". */
    public static String day(DayActivity day) {
        String when = DAY.format(day.day()) + ": ";
        if (day.total() == 0) {
            return when + "nothing";
        }
        return when + count(day.reviews(), "flashcard review") + ", " + count(day.attempts(), "exercise attempt") + ", "
                + count(day.visits(), "lesson visit");
    }

    /** "Active on 5 of the last 30 days: 42 flashcard reviews, 3 exercise attempts, 7 lesson visits", or what to do first. */
    public static String activitySummary(List<DayActivity> days) {
        long active = days.stream().filter(day -> day.total() > 0).count();
        if (active == 0) {
            return "Nothing in the last " + days.size() + " days yet: review flashcards (Ctrl+2), open a lesson (Ctrl+1) or try"
                    + " an exercise (Ctrl+3), and each day you study shows here.";
        }
        int reviews = days.stream().mapToInt(DayActivity::reviews).sum();
        int attempts = days.stream().mapToInt(DayActivity::attempts).sum();
        int visits = days.stream().mapToInt(DayActivity::visits).sum();
        return "Active on " + active + " of the last " + days.size() + " days: " + count(reviews, "flashcard review") + ", "
                + count(attempts, "exercise attempt") + ", " + count(visits, "lesson visit");
    }

    /** "Monday 23 November". */
    public static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** "Mon 23 Nov". */
    public static String shortDay(LocalDate day) {
        return DAY.format(day);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
