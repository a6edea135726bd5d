package org.pgdrill.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each expected value is worked out by hand from the FSRS-6 formulas with the default weights
 * (w4 = 6.4133, w5 = 0.8334, w6 = 3.0194, w7 = 0.001, w8 = 1.8722, w9 = 0.1666, w10 = 0.796,
 * w11 = 1.4835, w12 = 0.0614, w13 = 0.2629, w14 = 1.6483, w15 = 0.6014, w16 = 1.8729, w17 = 0.5425,
 * w18 = 0.0912, w19 = 0.0658, w20 = 0.1542); the arithmetic is in the comments.
 */
class FsrsFormulaTest {
    private static final double EPS = 1e-6;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    @Test
    void factorMakesStabilityTheNinetyPercentPoint() {
        // 1/w20 = 1/0.1542 = 6.48508; 0.9^-6.48508 = 1.980346; factor = 1.980346 - 1
        assertThat(fsrs.factor()).isCloseTo(0.980346, within(EPS));
        // R(S, S) = (1 + factor)^-w20 = 0.9^(-1/w20 · -w20) = 0.9 exactly, whatever S is
        assertThat(fsrs.retrievability(5, 5)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(37.5, 37.5)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void forgettingCurveFallsWithTime() {
        // R(10, 5) = (1 + 0.980346 · 10/5)^-0.1542 = 2.960693^-0.1542 = e^(-0.1542 · ln 2.960693) = e^(-0.1542 · 1.085424)
        assertThat(fsrs.retrievability(10, 5)).isCloseTo(0.845885, within(EPS));
        assertThat(fsrs.retrievability(0, 5)).isEqualTo(1.0);
        // a clock that went backwards does not make memory better than fresh
        assertThat(fsrs.retrievability(-3, 5)).isEqualTo(1.0);
    }

    @Test
    void initialStabilityIsTheFirstFourWeights() {
        assertThat(fsrs.initialStability(Rating.AGAIN)).isEqualTo(0.212);
        assertThat(fsrs.initialStability(Rating.HARD)).isEqualTo(1.2931);
        assertThat(fsrs.initialStability(Rating.GOOD)).isEqualTo(2.3065);
        assertThat(fsrs.initialStability(Rating.EASY)).isEqualTo(8.2956);
    }

    @Test
    void initialDifficultyFallsWithTheGradeAndIsClamped() {
        // D0(1) = 6.4133 - e^0 + 1 = 6.4133
        assertThat(fsrs.initialDifficulty(Rating.AGAIN)).isCloseTo(6.4133, within(EPS));
        // D0(2) = 6.4133 - e^0.8334 + 1 = 6.4133 - 2.301129 + 1 = 5.112171
        assertThat(fsrs.initialDifficulty(Rating.HARD)).isCloseTo(5.112171, within(EPS));
        // D0(3) = 6.4133 - e^1.6668 + 1 = 6.4133 - 5.295196 + 1 = 2.118104
        assertThat(fsrs.initialDifficulty(Rating.GOOD)).isCloseTo(2.118104, within(EPS));
        // D0(4) = 6.4133 - e^2.5002 + 1 = 6.4133 - 12.184931 + 1 = -4.771631, clamped to 1
        assertThat(fsrs.initialDifficulty(Rating.EASY)).isEqualTo(1.0);
    }

    @Test
    void nextDifficultyIsDampedAndRevertsTowardsEasy() {
        // Again on D = 5: ΔD = -3.0194 · (1 - 3) = 6.0388; damped = 5 + 6.0388 · (10 - 5)/9 = 8.354889;
        // D' = 0.001 · D0(4) + 0.999 · 8.354889 = 0.001 · -4.771631 + 8.346534 = 8.341762
        assertThat(fsrs.nextDifficulty(5, Rating.AGAIN)).isCloseTo(8.341762, within(EPS));
        // Good: ΔD = 0, so only mean reversion: 0.001 · -4.771631 + 0.999 · 5 = 4.990228
        assertThat(fsrs.nextDifficulty(5, Rating.GOOD)).isCloseTo(4.990228, within(EPS));
        // Easy near the floor cannot go below 1
        assertThat(fsrs.nextDifficulty(1.2, Rating.EASY)).isEqualTo(1.0);
        // Again near the ceiling cannot exceed 10
        assertThat(fsrs.nextDifficulty(9.99, Rating.AGAIN)).isLessThanOrEqualTo(10.0);
    }

    @Test
    void recallStabilityGrowsMostForEasyAndLeastForHard() {
        // D = 5, S = 10, R = 0.9: e^1.8722 = 6.502586; (11 - 5) = 6; 10^-0.1666 = 0.681397;
        // e^(0.796 · 0.1) - 1 = 0.082854; product = 6.502586 · 6 · 0.681397 · 0.082854 = 2.202673
        // Good: S' = 10 · (1 + 2.202673) = 32.026729
        assertThat(fsrs.recallStability(5, 10, 0.9, Rating.GOOD)).isCloseTo(32.026729, within(EPS));
        // Hard: S' = 10 · (1 + 2.202673 · 0.6014) = 23.246875
        assertThat(fsrs.recallStability(5, 10, 0.9, Rating.HARD)).isCloseTo(23.246875, within(EPS));
        // Easy: S' = 10 · (1 + 2.202673 · 1.8729) = 51.253862
        assertThat(fsrs.recallStability(5, 10, 0.9, Rating.EASY)).isCloseTo(51.253862, within(EPS));
    }

    @Test
    void forgetStabilityIsTheLongTermFormulaCappedByTheShortTermOne() {
        // D = 5, S = 10, R = 0.8: 1.4835 · 5^-0.0614 · (11^0.2629 - 1) · e^(1.6483 · 0.2)
        //   = 1.4835 · 0.905906 · (1.878374 - 1) · 1.390495 = 1.641421
        // cap: 10 / e^(0.5425 · 0.0912) = 10 / 1.050720 = 9.517280, not reached
        assertThat(fsrs.forgetStability(5, 10, 0.8)).isCloseTo(1.641421, within(EPS));
        // for a tiny stability the cap wins: S = 0.01 -> long term 1.4835 · 5^-0.0614 · (1.01^0.2629 - 1) · e^(1.6483 · 0.2)
        // = 0.004888, cap = 0.01 / 1.050720 = 0.009517, so the long-term value (smaller) stays
        assertThat(fsrs.forgetStability(5, 0.01, 0.8)).isLessThan(0.01 / 1.050720);
    }

    @Test
    void sameDayStabilityUsesTheShortTermFormula() {
        // Again on S = 2.3065: e^(0.5425 · (1 - 3 + 0.0912)) · 2.3065^-0.0658 = 0.355040 · 0.946494 = 0.336043
        //   S' = 2.3065 · 0.336043 = 0.775084
        assertThat(fsrs.shortTermStability(2.3065, Rating.AGAIN)).isCloseTo(0.775084, within(EPS));
        // Good: e^(0.5425 · 0.0912) · 0.946494 = 1.050720 · 0.946494 = 0.994500 < 1, raised to 1: S stays 2.3065
        assertThat(fsrs.shortTermStability(2.3065, Rating.GOOD)).isEqualTo(2.3065);
    }

    @Test
    void intervalHitsTheDesiredRetention() {
        // with retention 0.9 the interval is S itself: S/factor · (0.9^(1/-w20) - 1) = S/factor · factor
        assertThat(fsrs.intervalDays(10)).isEqualTo(10);
        assertThat(fsrs.intervalDays(0.3)).isEqualTo(1); // never less than a day
        // retention 0.8: 0.8^(-6.485084) = 4.250790; I = 10 / 0.980346 · 3.250790 = 33.1596 -> 33 days
        Fsrs lower = new Fsrs(FsrsParameters.defaults().withDesiredRetention(0.8));
        assertThat(lower.intervalDays(10)).isEqualTo(33);
        // the maximum interval caps everything
        Fsrs capped = new Fsrs(FsrsParameters.defaults().withMaximumIntervalDays(30));
        assertThat(capped.intervalDays(10_000)).isEqualTo(30);
    }

    @Test
    void parametersOutsideTheirRangesAreRefusedWithTheirNames() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(6, 100.0);
        assertThatThrownBy(() -> new FsrsParameters(weights, 0.9, List.of(), List.of(), 10, false))
                .hasMessageContaining("w6 = 100.0");
        assertThatThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 19), 0.9, List.of(), List.of(), 10, false))
                .hasMessageContaining("21 weights, got 19");
        assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(1.0)).hasMessageContaining("0.70 and 0.99");
    }
}
