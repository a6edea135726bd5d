package org.pgdrill.practice.check;

import java.util.List;
import org.pgdrill.practice.ResultTable;

/**
 * The checker's answer, explained.
 *
 * @param outcome   correct, incorrect, error (the learner's SQL failed) or interrupted (nothing graded)
 * @param summary   one sentence ("Your query returns 7 rows; the expected result has 8.")
 * @param details   further lines: missing/extra rows, the first differing cell, the error position
 * @param exposedBy empty when the exercise's own data shows the difference; else which variant did
 * @param expected  the reference's rows on the data that showed the difference (or on the base data), if any
 * @param actual    the learner's rows there, if any
 * @param millis    wall time of the check
 */
public record Verdict(Outcome outcome, String summary, List<String> details, String exposedBy, ResultTable expected, ResultTable actual,
                      long millis) {
    public Verdict {
        details = List.copyOf(details);
    }

    public enum Outcome { CORRECT, INCORRECT, ERROR, INTERRUPTED }

    /** Everything as one text: summary, where it showed, details. */
    public String reason() {
        StringBuilder text = new StringBuilder(summary);
        if (!exposedBy.isEmpty()) {
            text.append(" (On a copy of the data with ").append(exposedBy).append(".)");
        }
        for (String detail : details) {
            text.append('\n').append(detail);
        }
        return text.toString();
    }

    Verdict withMillis(long elapsed) {
        return new Verdict(outcome, summary, details, exposedBy, expected, actual, elapsed);
    }
}
