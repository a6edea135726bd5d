package org.pgdrill.app;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.pgdrill.review.DueQueue;
import org.pgdrill.review.FsrsParameters;
import org.pgdrill.review.ReviewDay;

/** The review settings turned into scheduler parameters; a value that does not parse falls back to its default. */
public final class ReviewOptions {
    private static final Logger LOG = Logger.getLogger(ReviewOptions.class.getName());

    private ReviewOptions() {
    }

    public static FsrsParameters parameters(Settings settings) {
        FsrsParameters defaults = FsrsParameters.defaults();
        try {
            return new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS,
                    Double.parseDouble(settings.get(SettingKey.REVIEW_DESIRED_RETENTION).strip()),
                    steps(settings.get(SettingKey.REVIEW_LEARNING_STEPS)),
                    steps(settings.get(SettingKey.REVIEW_RELEARNING_STEPS)),
                    settings.getInt(SettingKey.REVIEW_MAXIMUM_INTERVAL_DAYS),
                    settings.getBoolean(SettingKey.REVIEW_FUZZ));
        } catch (IllegalArgumentException e) {
            LOG.warning("Review settings not usable (" + e.getMessage() + "); using the defaults");
            return defaults;
        }
    }

    public static DueQueue.Options queueOptions(Settings settings, ZoneId zone) {
        return new DueQueue.Options(Math.max(0, settings.getInt(SettingKey.REVIEW_NEW_CARDS_PER_DAY)), reviewDay(settings, zone));
    }

    public static ReviewDay reviewDay(Settings settings, ZoneId zone) {
        int hour = settings.getInt(SettingKey.REVIEW_DAY_START_HOUR);
        return new ReviewDay(zone, hour >= 0 && hour <= 23 ? hour : Integer.parseInt(SettingKey.REVIEW_DAY_START_HOUR.defaultValue()));
    }

    /** Parses "1m 10m", "30s", "1h": whole numbers with s, m or h, separated by spaces or commas. */
    public static List<Duration> steps(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String part : text.strip().split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String unit = part.substring(part.length() - 1).toLowerCase(Locale.ROOT);
            long amount;
            try {
                amount = Long.parseLong(part.substring(0, part.length() - 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("A step is a number with s, m or h, like 10m; not \"" + part + "\"");
            }
            steps.add(switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException("A step is a number with s, m or h, like 10m; not \"" + part + "\"");
            });
        }
        return steps;
    }
}
