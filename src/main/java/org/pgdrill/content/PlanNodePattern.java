package org.pgdrill.content;

import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a plan expectation: {@code <Node Type> [using <index>] [on <table>]}, for example
 * {@code Index Scan using orders_pkey on orders} or {@code Seq Scan on orders}.
 *
 * <p>It names a plan node as EXPLAIN (FORMAT JSON) describes it: {@code nodeType} is the
 * "Node Type" (as EXPLAIN's text form spells it, so also {@code HashAggregate}, {@code Index Scan}
 * for a backward scan, and an optional {@code Parallel } prefix), {@code index} the "Index Name",
 * {@code table} the "Relation Name" (unqualified). Names compare case-insensitively.
 *
 * @param nodeType the node type, e.g. "Index Only Scan"
 * @param index    the index the node must use, if given
 * @param table    the table the node must read, if given
 */
public record PlanNodePattern(String nodeType, Optional<String> index, Optional<String> table) {
    private static final String PARALLEL = "Parallel ";
    private static final String BACKWARD = " Backward";

    /**
     * Whether a plan node with these properties is what this pattern names ({@code null} for a property the
     * node lacks). A pattern without "Parallel" also matches the parallel form of its node, and a backward
     * index scan is an index scan, so "forbid: Seq Scan on orders" also forbids a Parallel Seq Scan.
     */
    public boolean matches(String actualType, String actualIndex, String actualTable) {
        if (actualType == null) {
            return false;
        }
        String actual = actualType.strip();
        if (actual.endsWith(BACKWARD)) {
            actual = actual.substring(0, actual.length() - BACKWARD.length());
        }
        if (!nodeType.startsWith(PARALLEL) && actual.startsWith(PARALLEL)) {
            actual = actual.substring(PARALLEL.length());
        }
        return sameName(nodeType, actual)
                && index.map(wanted -> sameName(wanted, actualIndex)).orElse(true)
                && table.map(wanted -> sameName(wanted, actualTable)).orElse(true);
    }

    private static boolean sameName(String wanted, String actual) {
        return actual != null && wanted.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
    }

    /** The pattern as an author writes it. */
    @Override
    public String toString() {
        return nodeType + index.map(name -> " using " + name).orElse("") + table.map(name -> " on " + name).orElse("");
    }
}
