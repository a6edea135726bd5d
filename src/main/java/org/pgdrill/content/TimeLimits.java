package org.pgdrill.content;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses an exercise's {@code time_limit}: {@code 90s}, {@code 5m}, {@code 1m30s} or a whole number of seconds. */
final class TimeLimits {
    static final Duration MIN = Duration.ofSeconds(10);
    static final Duration MAX = Duration.ofMinutes(60);
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(?:(\\d{1,4})m)?(?:(\\d{1,5})s)?");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,6}");

    private TimeLimits() {
    }

    /** The duration written, or empty when {@code text} is not in one of the accepted forms. */
    static Optional<Duration> parse(String text) {
        String value = text.strip();
        if (SECONDS.matcher(value).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        Matcher matcher = MINUTES_SECONDS.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        long minutes = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        long seconds = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return Optional.of(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    /** Checks form and range; {@code null} after reporting. */
    static Duration check(String text, PartsDto.ExerciseDto exercise, String what, ItemChecks checks) {
        String value = checks.required(exercise, "time_limit", text, what);
        if (value == null) {
            return null;
        }
        Optional<Duration> parsed = parse(value);
        int line = exercise.lineOf("time_limit");
        if (parsed.isEmpty()) {
            checks.report(line, "'time_limit' of " + what + " is '" + value
                    + "' — write it as 90s, 5m, 1m30s or a whole number of seconds");
            return null;
        }
        Duration limit = parsed.get();
        if (limit.compareTo(MIN) < 0 || limit.compareTo(MAX) > 0) {
            checks.report(line, "'time_limit' of " + what + " is " + format(limit) + " — it must be between 10s and 60m");
            return null;
        }
        return limit;
    }

    /** 90 seconds as "1m30s", 5 minutes as "5m". */
    static String format(Duration duration) {
        long minutes = duration.toMinutes();
        long seconds = duration.minusMinutes(minutes).getSeconds();
        if (minutes == 0) {
            return seconds + "s";
        }
        return seconds == 0 ? minutes + "m" : minutes + "m" + seconds + "s";
    }
}
