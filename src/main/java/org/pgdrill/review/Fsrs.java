package org.pgdrill.review;

/**
 * The FSRS-6 memory model as pure formulas (fsrs4anki wiki, "The Algorithm", FSRS-6; same as py-fsrs).
 * S is stability in days, D difficulty 1..10, R retrievability 0..1, G the grade 1..4, t elapsed days.
 */
public final class Fsrs {
    /** The smallest stability any formula may return, as in py-fsrs. */
    public static final double MIN_STABILITY = 0.001;
    public static final double MIN_DIFFICULTY = 1.0;
    public static final double MAX_DIFFICULTY = 10.0;

    private final FsrsParameters p;
    private final double decay;
    private final double factor;

    public Fsrs(FsrsParameters parameters) {
        this.p = parameters;
        this.decay = -parameters.w(20);
        // chosen so that R(S, S) = 0.9: stability is the interval after which recall drops to 90%
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return p;
    }

    /** factor = 0.9^(−1/w20) − 1. */
    public double factor() {
        return factor;
    }

    /** The forgetting curve R(t, S) = (1 + factor·t/S)^(−w20); {@code t} below 0 counts as 0. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** S0(G) = w[G−1]. */
    public double initialStability(Rating rating) {
        return Math.max(p.w(rating.grade() - 1), MIN_STABILITY);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to 1..10. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(unclampedInitialDifficulty(rating));
    }

    private double unclampedInitialDifficulty(Rating rating) {
        return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
    }

    /**
     * D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3): the change shrinks as D nears 10
     * (linear damping) and D drifts back towards D0(Easy) (mean reversion). Clamped to 1..10.
     */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -p.w(6) * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = p.w(7) * unclampedInitialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped;
        return clampDifficulty(reverted);
    }

    /**
     * Stability after a successful recall (Hard, Good, Easy):
     * S' = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1)·(w15 if Hard)·(w16 if Easy)).
     */
    public double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
        double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
        double next = stability * (1 + Math.exp(p.w(8)) * (11 - difficulty) * Math.pow(stability, -p.w(9))
                * (Math.exp((1 - retrievability) * p.w(10)) - 1) * hardPenalty * easyBonus);
        return Math.max(next, MIN_STABILITY);
    }

    /**
     * Stability after a lapse (Again): S'f = w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)), but never more
     * than S / e^(w17·w18), the stability a same-day Again would leave.
     */
    public double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = p.w(11) * Math.pow(difficulty, -p.w(12)) * (Math.pow(stability + 1, p.w(13)) - 1)
                * Math.exp((1 - retrievability) * p.w(14));
        double shortTerm = stability / Math.exp(p.w(17) * p.w(18));
        return Math.max(Math.min(longTerm, shortTerm), MIN_STABILITY);
    }

    /**
     * Stability after a review on the same day as the previous one (FSRS-6):
     * S' = S·e^(w17·(G − 3 + w18))·S^(−w19); for Good and Easy the factor is at least 1, so a correct answer
     * never lowers stability.
     */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(stability, -p.w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, MIN_STABILITY);
    }

    /** Recall (Hard/Good/Easy) or forget (Again) stability after at least a day. */
    public double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        return rating == Rating.AGAIN ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
    }

    /**
     * The interval in whole days at which R falls to the desired retention r: I = S/factor·(r^(1/decay) − 1),
     * rounded half to even (as Python's round, so results match py-fsrs), at least 1, at most the maximum.
     */
    public int intervalDays(double stability) {
        double exact = stability / factor * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
        long rounded = (long) Math.rint(exact);
        return (int) Math.min(Math.max(rounded, 1), p.maximumIntervalDays());
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
