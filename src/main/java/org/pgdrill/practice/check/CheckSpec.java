package org.pgdrill.practice.check;

import java.time.Duration;
import java.util.List;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.sandbox.LearnerStatement;

/**
 * An exercise as the checker needs it.
 *
 * @param exerciseId     for messages and caches
 * @param kind           result, state or plan
 * @param reference      the reference solution, split into statements
 * @param orderMatters   row order must match (ties in the reference's ORDER BY keys excepted)
 * @param compareNames   column names must match
 * @param stateTables    for state exercises: the tables compared afterwards
 * @param planRequire    plan properties that must appear ("Index Scan using members_pkey")
 * @param planForbid     plan properties that must not appear ("Seq Scan on bookings")
 * @param hidden         author-supplied extra datasets
 * @param timeLimit      time for the whole check (every variant)
 * @param access         the login the attempt runs as (derived from the reference's statements)
 */
public record CheckSpec(String exerciseId, CheckKind kind, List<LearnerStatement> reference, boolean orderMatters,
                        boolean compareNames, List<String> stateTables, List<String> planRequire, List<String> planForbid,
                        List<HiddenData> hidden, Duration timeLimit, Access access) {
    public CheckSpec {
        reference = List.copyOf(reference);
        stateTables = List.copyOf(stateTables);
        planRequire = List.copyOf(planRequire);
        planForbid = List.copyOf(planForbid);
        hidden = List.copyOf(hidden);
    }

    String referenceText() {
        StringBuilder text = new StringBuilder();
        for (LearnerStatement statement : reference) {
            text.append(statement.text()).append(";\n");
        }
        return text.toString();
    }
}
