package org.pgdrill.practice.check;

import java.util.List;
import java.util.Optional;

/** Decides whether an EXPLAIN (FORMAT JSON) plan has the required properties; empty means it does. */
@FunctionalInterface
public interface PlanJudge {
    Optional<String> judge(String explainJson, List<String> require, List<String> forbid);
}
