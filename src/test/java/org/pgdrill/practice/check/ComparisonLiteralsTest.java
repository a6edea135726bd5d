package org.pgdrill.practice.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonLiteralsTest {
    @Test
    void findsColumnsComparedWithConstantsInEveryForm() {
        assertThat(ComparisonLiterals.find("select * from cd.facilities where membercost > 0"))
                .containsExactly(new ComparisonLiterals.Comparison("membercost", "0"));
        assertThat(ComparisonLiterals.find("select * from cd.members where joindate >= '2012-09-01'"))
                .containsExactly(new ComparisonLiterals.Comparison("joindate", "'2012-09-01'"));
        assertThat(ComparisonLiterals.find("where b.starttime >= timestamp '2012-09-21' and b.starttime < '2012-09-22'::date"))
                .containsExactly(new ComparisonLiterals.Comparison("starttime", "'2012-09-21'"),
                        new ComparisonLiterals.Comparison("starttime", "'2012-09-22'"));
        assertThat(ComparisonLiterals.find("where slots BETWEEN 2 AND 4 OR 10 < \"Weird Col\""))
                .containsExactly(new ComparisonLiterals.Comparison("slots", "2"), new ComparisonLiterals.Comparison("slots", "4"),
                        new ComparisonLiterals.Comparison("Weird Col", "10"));
    }

    @Test
    void anInListCountsAsAComparison() {
        assertThat(ComparisonLiterals.find("select * from cd.facilities where facid in (1,5)"))
                .containsExactly(new ComparisonLiterals.Comparison("facid", "1"));
    }

    @Test
    void ignoresCommentsStringsAndColumnToColumnComparisons() {
        assertThat(ComparisonLiterals.find("select 'a > 1' -- x > 2\n from t where a.x = b.y /* z < 3 */")).isEmpty();
        assertThat(ComparisonLiterals.find("where cost < -1.5")).containsExactly(new ComparisonLiterals.Comparison("cost", "-1.5"));
    }
}
