package org.pgdrill.review;

import java.util.SplittableRandom;

/**
 * Spreads day intervals a little so cards learnt together do not come due together forever.
 * The ranges are py-fsrs's FUZZ_RANGES; the random draw comes from a seed built from the card and the
 * review time, so the same review always gets the same interval (stable tests, previews that match).
 */
final class Fuzz {
    private static final double[][] RANGES = {
        // start day, end day, share of the interval that may move
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.10},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };

    private Fuzz() {
    }

    /** The smallest and largest fuzzed interval for {@code days}; both equal {@code days} below 2.5 days. */
    static int[] range(int days, int maximumDays) {
        if (days < 2.5) {
            return new int[] {days, days};
        }
        double delta = 1.0;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
        }
        int min = (int) Math.rint(days - delta);
        int max = (int) Math.rint(days + delta);
        min = Math.max(2, min);
        max = Math.min(max, maximumDays);
        min = Math.min(min, max);
        return new int[] {min, max};
    }

    /** A uniformly drawn whole number of days in {@link #range}, from {@code seed}. */
    static int apply(int days, int maximumDays, long seed) {
        int[] range = range(days, maximumDays);
        if (range[0] == range[1]) {
            return range[0];
        }
        // floor, as Anki and ts-fsrs do: every day in [min, max] is equally likely and max is never exceeded
        double draw = new SplittableRandom(seed).nextDouble();
        return Math.min(range[0] + (int) Math.floor(draw * (range[1] - range[0] + 1)), range[1]);
    }

    /** A seed that depends only on the card before the review and the review time. */
    static long seed(Card card, long reviewedAtMillis) {
        long h = reviewedAtMillis;
        h = h * 31 + card.reps();
        h = h * 31 + Double.doubleToLongBits(card.stability());
        h = h * 31 + Double.doubleToLongBits(card.difficulty());
        return h;
    }
}
