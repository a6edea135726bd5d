package org.pgdrill.practice.check;

import java.util.List;

/**
 * How two results are compared.
 *
 * @param orderMatters   the rows must come in the reference's order (ties in its ORDER BY keys may be in any order)
 * @param compareNames   column names must match too
 * @param orderKeys      0-based result columns of the reference's ORDER BY, when they could be resolved; empty = unknown
 * @param referenceLimit the reference ends in LIMIT/FETCH, so rows tied with its last row may be swapped for others
 */
record CompareOptions(boolean orderMatters, boolean compareNames, List<Integer> orderKeys, boolean referenceLimit) {
    CompareOptions {
        orderKeys = List.copyOf(orderKeys);
    }

    static CompareOptions unordered() {
        return new CompareOptions(false, false, List.of(), false);
    }
}
