package org.pgdrill.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the scheduler needs besides the card: the 21 FSRS-6 weights, the desired retention,
 * the (re)learning steps, the longest interval and whether intervals are fuzzed.
 *
 * @param weights             w0..w20 of FSRS-6
 * @param desiredRetention    the recall probability a card should have when it comes due (0.70–0.99)
 * @param learningSteps       waits between the first ratings of a new card (default 1 min, 10 min)
 * @param relearningSteps     waits after a lapse before the card goes back to day intervals (default 10 min)
 * @param maximumIntervalDays the longest interval in days (default 36,500)
 * @param fuzz                whether day intervals of 3 days or more are spread a little, so cards learnt together do not stay together
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
                             List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz) {

    /**
     * The FSRS-6 default weights, as published in py-fsrs {@code fsrs/scheduler.py} (DEFAULT_PARAMETERS,
     * FSRS-6, https://github.com/open-spaced-repetition/py-fsrs) and described on the fsrs4anki wiki page
     * "The Algorithm" (https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm). w20 is the
     * decay of the forgetting curve, new in FSRS-6.
     */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36_500;
    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    // The ranges py-fsrs accepts for each weight; outside them the formulas misbehave (negative stability, D out of 1..10).
    private static final double[] LOWER = {0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER = {100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != LOWER.length) {
            throw new IllegalArgumentException("FSRS-6 needs " + LOWER.length + " weights, got " + weights.size());
        }
        List<String> outOfRange = new ArrayList<>();
        for (int i = 0; i < LOWER.length; i++) {
            double w = weights.get(i);
            if (!(w >= LOWER[i] && w <= UPPER[i])) {
                outOfRange.add("w" + i + " = " + w + " (allowed " + LOWER[i] + " to " + UPPER[i] + ")");
            }
        }
        if (!outOfRange.isEmpty()) {
            throw new IllegalArgumentException("FSRS weights out of range: " + String.join(", ", outOfRange));
        }
        if (!(desiredRetention >= 0.70 && desiredRetention <= 0.99)) {
            throw new IllegalArgumentException("Desired retention must be between 0.70 and 0.99, got " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("The maximum interval must be at least 1 day, got " + maximumIntervalDays);
        }
        for (Duration step : concat(learningSteps, relearningSteps)) {
            if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofDays(1)) >= 0) {
                throw new IllegalArgumentException("A learning step lasts more than 0 and less than 1 day, got " + IntervalText.format(step));
            }
        }
    }

    /** FSRS-6 defaults: retention 0.9, steps 1m 10m, relearning 10m, at most 36,500 days, fuzz on. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_DESIRED_RETENTION, DEFAULT_LEARNING_STEPS,
                DEFAULT_RELEARNING_STEPS, DEFAULT_MAXIMUM_INTERVAL_DAYS, true);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, learningSteps, relearningSteps, maximumIntervalDays, fuzz);
    }

    public FsrsParameters withFuzz(boolean enabled) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, enabled);
    }

    public FsrsParameters withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsParameters(weights, desiredRetention, learning, relearning, maximumIntervalDays, fuzz);
    }

    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, days, fuzz);
    }

    /** w_i. */
    public double w(int i) {
        return weights.get(i);
    }

    private static List<Duration> concat(List<Duration> a, List<Duration> b) {
        List<Duration> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
