package org.pgdrill.practice.check;

import java.time.Duration;
import java.util.List;

/**
 * An exercise as text, the way a lesson pack states it; {@link org.pgdrill.practice.PracticeEngine}
 * splits and guards the solution and derives the login it needs.
 *
 * @param id           exercise id, for messages and caches
 * @param kind         result, state or plan
 * @param solution     the reference SQL
 * @param orderMatters row order must match
 * @param compareNames column names must match
 * @param tables       state exercises: tables compared afterwards
 * @param planRequire  plan exercises: "Index Scan using orders_pkey on orders", …
 * @param planForbid   plan exercises: "Seq Scan on orders", …
 * @param hidden       author-supplied extra datasets
 */
public record ExerciseDefinition(String id, CheckKind kind, String solution, boolean orderMatters, boolean compareNames,
                                 List<String> tables, List<String> planRequire, List<String> planForbid, List<HiddenData> hidden) {
    public ExerciseDefinition {
        tables = List.copyOf(tables);
        planRequire = List.copyOf(planRequire);
        planForbid = List.copyOf(planForbid);
        hidden = List.copyOf(hidden);
    }

    /** Time for running one check (all variants); the learner's writing time is the lesson's business. */
    public static final Duration CHECK_TIME = Duration.ofSeconds(30);
}
