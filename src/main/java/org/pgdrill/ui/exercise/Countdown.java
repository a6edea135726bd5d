package org.pgdrill.ui.exercise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time an exercise session has left, read from a clock (a test moves it by hand). Stopping it (solved,
 * solution shown) freezes the time taken.
 */
final class Countdown {
    /** Where the countdown stands, as the learner sees it. */
    enum Phase {
        /** More than a minute left. */
        RUNNING,
        /** The last minute: shown in a warning colour. */
        LAST_MINUTE,
        /** The limit has passed; the learner may finish untimed. */
        TIME_UP,
        /** Solved or given up: the time taken no longer grows. */
        STOPPED
    }

    static final Duration LAST_MINUTE = Duration.ofMinutes(1);

    private final Duration limit;
    private final Clock clock;
    private final Instant started;
    private Duration stoppedAt;

    Countdown(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        this.started = clock.instant();
    }

    Duration limit() {
        return limit;
    }

    /** Time since the exercise opened; never negative, even when the system clock was moved back. */
    synchronized Duration elapsed() {
        if (stoppedAt != null) {
            return stoppedAt;
        }
        Duration elapsed = Duration.between(started, clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    Duration remaining() {
        return limit.minus(elapsed());
    }

    synchronized void stop() {
        if (stoppedAt == null) {
            stoppedAt = elapsed();
        }
    }

    synchronized Phase phase() {
        if (stoppedAt != null) {
            return Phase.STOPPED;
        }
        Duration remaining = remaining();
        if (remaining.isNegative() || remaining.isZero()) {
            return Phase.TIME_UP;
        }
        return remaining.compareTo(LAST_MINUTE) <= 0 ? Phase.LAST_MINUTE : Phase.RUNNING;
    }

    /** The time left as a countdown shows it: whole seconds rounded up, so "00:01" is the last second, "00:00" never shows while running. */
    String remainingText() {
        long millis = Math.max(0, remaining().toMillis());
        return clockFace((millis + 999) / 1000);
    }

    boolean overLimit(Duration taken) {
        return taken.compareTo(limit) > 0;
    }

    /** A duration as mm:ss (whole seconds, rounded down), e.g. 02:05; an hour is 60:00. */
    static String format(Duration duration) {
        return clockFace(Math.max(0, duration.toMillis()) / 1000);
    }

    private static String clockFace(long seconds) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /** A time limit in words for the list: "4 min", "90 s" as "1 min 30 s", "45 s". */
    static String describeLimit(Duration limit) {
        long minutes = limit.toMinutes();
        long seconds = limit.minusMinutes(minutes).getSeconds();
        if (minutes == 0) {
            return seconds + " s";
        }
        return seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
    }
}
