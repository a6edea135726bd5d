package org.pgdrill.practice.sql;

import java.util.List;

/**
 * The guard's answer for a whole script.
 *
 * @param split     how the script was split (statements, problems)
 * @param allowed   the statements that may run, in order, each with its classification
 * @param refusals  why the script may not run; when not empty, run nothing
 */
public record ScriptCheck(SplitResult split, List<GuardVerdict.Allowed> allowed, List<GuardVerdict.Refused> refusals) {

    public ScriptCheck {
        allowed = List.copyOf(allowed);
        refusals = List.copyOf(refusals);
    }

    /** True when every statement may run and there is at least one. */
    public boolean ok() {
        return refusals.isEmpty() && !allowed.isEmpty();
    }

    /** The least privileged login that can run every allowed statement. */
    public AccessLevel requiredAccess() {
        AccessLevel level = AccessLevel.READ_ONLY;
        for (GuardVerdict.Allowed statement : allowed) {
            level = level.max(statement.classification().access());
        }
        return level;
    }
}
