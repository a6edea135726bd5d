package org.pgdrill.ui.exercise;

/** Style-class names of the exercise screen, defined in {@code pgdrill.css}. */
final class ExerciseStyles {
    static final String LIST = "exercise-list";
    static final String TRACK_HEADING = "exercise-track";
    static final String LESSON_HEADING = "exercise-lesson";
    static final String ROW = "exercise-row";
    static final String ROW_TITLE = "exercise-title";
    static final String STATUS = "exercise-status";
    static final String COUNTDOWN = "countdown";
    static final String SERVER_BANNER = "server-banner";
    static final String VERDICT = "verdict";
    static final String VERDICT_TITLE = "verdict-title";
    static final String EXPOSED = "verdict-exposed";
    static final String DETAIL = "verdict-detail";
    static final String HINT_TEXT = "hint-text";
    static final String KEYS = "keys";

    private ExerciseStyles() {
    }

    /** The style of a status chip: not-tried, tried, solved, solved-over-time. */
    static String of(ExerciseProgress.Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The style of the countdown in a phase: running, last-minute, time-up, stopped. */
    static String of(Countdown.Phase phase) {
        return phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The style of a verdict panel: correct, incorrect, error, interrupted. */
    static String of(org.pgdrill.practice.check.Verdict.Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
