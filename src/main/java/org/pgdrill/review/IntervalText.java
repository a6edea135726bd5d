package org.pgdrill.review;

import java.time.Duration;
import java.util.Locale;

/** Short interval labels for the rating buttons: "1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
public final class IntervalText {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private IntervalText() {
    }

    public static String format(Duration interval) {
        long seconds = Math.max(0, interval.getSeconds());
        if (seconds < MINUTE) {
            return seconds + "s";
        }
        if (seconds < HOUR) {
            return Math.round((double) seconds / MINUTE) + "m";
        }
        if (seconds < DAY) {
            return Math.round((double) seconds / HOUR) + "h";
        }
        double days = (double) seconds / DAY;
        if (days < 30) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return oneDecimal(days / 30) + "mo";
        }
        return oneDecimal(days / 365) + "y";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
