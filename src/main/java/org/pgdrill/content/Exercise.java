package org.pgdrill.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A timed "write it without peeking" exercise, checked against a real PostgreSQL.
 *
 * @param id                 unique in the pack; what {@code pgdrill check --exercise} takes
 * @param title              plain text
 * @param dataset            the dataset it runs on (declared in the track)
 * @param kind               how the answer is checked
 * @param prompt             Markdown: what to write
 * @param solution           the reference SQL
 * @param timeLimit          between 10 seconds and 60 minutes
 * @param hints              inline Markdown, revealed one at a time, in order
 * @param orderMatters       whether row order must match the solution's
 * @param compareColumnNames whether column names must match the solution's
 * @param tables             for {@link ExerciseKind#STATE}: the tables compared after the statements; empty otherwise
 * @param plan               for {@link ExerciseKind#PLAN}: what the plan must show; empty otherwise
 * @param hiddenDatasets     extra datasets the answer must also be right on
 * @param explanation        Markdown shown after solving; empty when the author gave none
 */
public record Exercise(String id, String title, DatasetRef dataset, ExerciseKind kind, String prompt, String solution,
                       Duration timeLimit, List<String> hints, boolean orderMatters, boolean compareColumnNames,
                       List<String> tables, Optional<PlanExpectation> plan, List<HiddenDataset> hiddenDatasets,
                       String explanation) {
    public Exercise {
        hints = List.copyOf(hints);
        tables = List.copyOf(tables);
        hiddenDatasets = List.copyOf(hiddenDatasets);
    }
}
