package org.pgdrill.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Where one study day ends and the next begins: local midnight plus {@code startHour} hours (Anki uses
 * 4 am, so a late-night session still counts as the evening's day).
 */
public record ReviewDay(ZoneId zone, int startHour) {
    public ReviewDay {
        if (startHour < 0 || startHour > 23) {
            throw new IllegalArgumentException("The day starts at an hour from 0 to 23, not " + startHour);
        }
    }

    /** The study day {@code instant} belongs to. */
    public LocalDate dayOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).minusHours(startHour).toLocalDate();
    }

    /** When study day {@code day} begins. */
    public Instant start(LocalDate day) {
        // local wall-clock hour, so the day still starts at 4 am on the days clocks change
        return day.atTime(startHour, 0).atZone(zone).toInstant();
    }

    /** When the study day containing {@code now} began. */
    public Instant startOfDayContaining(Instant now) {
        return start(dayOf(now));
    }

    /** When the study day containing {@code now} ends (the next one begins). */
    public Instant endOfDayContaining(Instant now) {
        return start(dayOf(now).plusDays(1));
    }
}
