package org.pgdrill.ui.flashcards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a card is due, in words: "today at 14:32", "tomorrow", "on Wed 2 Dec". */
public final class DueText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    public DueText(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A time today gets its hour (learning steps are minutes apart); later days only the day, because a review
     * card is shown from the start of the study day it is due on.
     */
    public String describe(Instant due) {
        ZonedDateTime at = due.atZone(zone);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long days = at.toLocalDate().toEpochDay() - today.toEpochDay();
        if (days <= 0) {
            return "today at " + TIME.format(at);
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days < 7) {
            return "on " + WEEKDAY.format(at);
        }
        return "on " + DATE.format(at);
    }

    /** How long until {@code due}; zero if it has passed. */
    public Duration until(Instant due) {
        Duration left = Duration.between(clock.instant(), due);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
