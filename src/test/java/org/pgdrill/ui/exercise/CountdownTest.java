package org.pgdrill.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pgdrill.testing.MutableClock;

class CountdownTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void countsDownInWholeSecondsRoundedUp() {
        Countdown countdown = new Countdown(Duration.ofMinutes(4), clock);
        assertThat(countdown.remainingText()).isEqualTo("04:00");
        clock.advance(Duration.ofMillis(300));
        assertThat(countdown.remainingText()).isEqualTo("04:00");
        clock.advance(Duration.ofMillis(700));
        assertThat(countdown.remainingText()).isEqualTo("03:59");
        assertThat(countdown.phase()).isEqualTo(Countdown.Phase.RUNNING);
    }

    @Test
    void theLastMinuteIsAWarningAndZeroIsTimeUp() {
        Countdown countdown = new Countdown(Duration.ofMinutes(2), clock);
        clock.advance(Duration.ofSeconds(59));
        assertThat(countdown.phase()).isEqualTo(Countdown.Phase.RUNNING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(countdown.phase()).isEqualTo(Countdown.Phase.LAST_MINUTE);
        assertThat(countdown.remainingText()).isEqualTo("01:00");
        clock.advance(Duration.ofSeconds(59));
        assertThat(countdown.remainingText()).isEqualTo("00:01");
        clock.advance(Duration.ofSeconds(1));
        assertThat(countdown.phase()).isEqualTo(Countdown.Phase.TIME_UP);
        assertThat(countdown.remainingText()).isEqualTo("00:00");
    }

    @Test
    void stoppingFreezesTheTimeTaken() {
        Countdown countdown = new Countdown(Duration.ofMinutes(3), clock);
        clock.advance(Duration.ofSeconds(95));
        countdown.stop();
        clock.advance(Duration.ofMinutes(10));
        assertThat(countdown.elapsed()).isEqualTo(Duration.ofSeconds(95));
        assertThat(countdown.phase()).isEqualTo(Countdown.Phase.STOPPED);
    }

    @Test
    void aClockMovedBackDoesNotMakeTimeNegative() {
        Countdown countdown = new Countdown(Duration.ofMinutes(3), clock);
        clock.advance(Duration.ofHours(-2));
        assertThat(countdown.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(countdown.remainingText()).isEqualTo("03:00");
    }

    @Test
    void formatsDurationsAndLimitsForPeople() {
        assertThat(Countdown.format(Duration.ofSeconds(125))).isEqualTo("02:05");
        assertThat(Countdown.format(Duration.ofMinutes(60))).isEqualTo("60:00");
        assertThat(Countdown.format(Duration.ofMillis(59_999))).isEqualTo("00:59");
        assertThat(Countdown.describeLimit(Duration.ofMinutes(4))).isEqualTo("4 min");
        assertThat(Countdown.describeLimit(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(Countdown.describeLimit(Duration.ofSeconds(45))).isEqualTo("45 s");
    }
}
