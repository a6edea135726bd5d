package org.pgdrill.practice.sandbox;

import java.util.List;

/**
 * Everything one run of a learner's script produced. The transaction was rolled back afterwards.
 *
 * @param status   how it ended
 * @param message  one sentence for the learner (empty when everything ran)
 * @param outcomes one per statement that ran, in order
 * @param millis   wall time of the whole attempt
 * @param datasetRebuilt true when the dataset was found changed afterwards and rebuilt from its script
 */
public record AttemptResult(AttemptStatus status, String message, List<StatementOutcome> outcomes, long millis, boolean datasetRebuilt) {
    public AttemptResult {
        outcomes = List.copyOf(outcomes);
    }

    public static AttemptResult refused(AttemptStatus status, String message) {
        return new AttemptResult(status, message, List.of(), 0, false);
    }

    /** The last statement's rows, if it returned any. */
    public StatementOutcome last() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }

    AttemptResult withRebuilt() {
        return new AttemptResult(status, message, outcomes, millis, true);
    }
}
