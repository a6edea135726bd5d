package org.pgdrill.practice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.IntervalValue;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;

class ResultComparisonTest {

    private static ResultTable table(String columns, Object[]... rows) {
        List<ResultColumn> cols = new ArrayList<>();
        for (String spec : columns.split(",")) {
            String[] parts = spec.trim().split(":");
            cols.add(new ResultColumn(parts[0], parts[1]));
        }
        List<List<Object>> data = new ArrayList<>();
        for (Object[] row : rows) {
            data.add(Arrays.asList(row));
        }
        return new ResultTable(cols, data);
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Optional<ResultComparison.Difference> unordered(ResultTable expected, ResultTable actual) {
        return ResultComparison.compare(expected, actual, CompareOptions.unordered());
    }

    @Test
    void integersOfEveryWidthAndNumericScalesAreTheSameNumber() {
        ResultTable expected = table("n:int8, price:numeric", row(5L, new BigDecimal("2.50")));
        ResultTable actual = table("n:int4, price:numeric", row(5L, new BigDecimal("2.5")));
        assertThat(unordered(expected, actual)).isEmpty();
        ResultTable asNumeric = table("n:numeric, price:numeric", row(new BigDecimal("5.000"), new BigDecimal("2.5")));
        assertThat(unordered(expected, asNumeric)).isEmpty();
    }

    @Test
    void floatsCompareWithATolerance() {
        ResultTable expected = table("avg:numeric", row(new BigDecimal("2.3333333333333333")));
        ResultTable actual = table("avg:float8", row(2.3333333333333335d));
        assertThat(unordered(expected, actual)).isEmpty();
        ResultTable wrong = table("avg:float8", row(2.334d));
        assertThat(unordered(expected, wrong)).isPresent();
    }

    @Test
    void nullIsNotTheEmptyString() {
        ResultTable expected = table("name:text", row((Object) null));
        ResultTable actual = table("name:text", row(""));
        ResultComparison.Difference difference = unordered(expected, actual).orElseThrow();
        assertThat(difference.details()).anySatisfy(line -> assertThat(line).contains("is  where NULL is expected"));
    }

    @Test
    void textThatLooksLikeTheNumberIsStillADifference() {
        ResultTable expected = table("n:int8", row(5L));
        ResultTable actual = table("n:text", row("5"));
        ResultComparison.Difference difference = unordered(expected, actual).orElseThrow();
        assertThat(difference.details()).contains("First difference: column 1 (n) is 5 where 5 is expected (text where a number is expected).");
    }

    @Test
    void aDateEqualsTheTimestampAtItsMidnightAndIntervalsCompareByLength() {
        ResultTable expected = table("d:date, i:interval", row(LocalDate.of(2012, 9, 1), new IntervalValue(0, 1, 0, "1 day")));
        ResultTable actual = table("d:timestamp, i:interval",
                row(LocalDateTime.of(2012, 9, 1, 0, 0), new IntervalValue(0, 0, 86_400_000_000L, "24:00:00")));
        assertThat(unordered(expected, actual)).isEmpty();
    }

    @Test
    void missingAndExtraRowsAreListedWithTheFirstDifferingCell() {
        ResultTable expected = table("name:text, cost:numeric", row("Tennis Court 1", new BigDecimal("5")), row("Squash", new BigDecimal("3.5")));
        ResultTable actual = table("name:text, cost:numeric", row("Tennis Court 1", new BigDecimal("5")), row("Squash", new BigDecimal("17.5")));
        ResultComparison.Difference difference = unordered(expected, actual).orElseThrow();
        assertThat(difference.summary()).isEqualTo("Your query returns the right number of rows, but 1 row differs.");
        assertThat(difference.details()).containsExactly(
                "1 expected row missing: (Squash, 3.5)",
                "1 row that should not be there: (Squash, 17.5)",
                "First difference: column 2 (cost) is 17.5 where 3.5 is expected.");
    }

    @Test
    void duplicatesCount() {
        ResultTable expected = table("m:text", row("a"), row("b"));
        ResultTable actual = table("m:text", row("a"), row("a"), row("b"));
        ResultComparison.Difference difference = unordered(expected, actual).orElseThrow();
        assertThat(difference.summary()).isEqualTo("Your query returns 3 rows; the expected result has 2.");
        assertThat(difference.details()).containsExactly("1 row that should not be there: (a)");
    }

    @Test
    void columnCountAndNamesAreReported() {
        ResultTable expected = table("surname:text, firstname:text", row("Smith", "Darren"));
        ResultTable actual = table("surname:text", row("Smith"));
        assertThat(unordered(expected, actual).orElseThrow().summary())
                .isEqualTo("Your result has 1 column; the expected result has 2 (surname, firstname).");
        ResultTable renamed = table("last:text, firstname:text", row("Smith", "Darren"));
        assertThat(unordered(expected, renamed)).isEmpty();
        assertThat(ResultComparison.compare(expected, renamed, new CompareOptions(false, true, List.of(), false)).orElseThrow().summary())
                .isEqualTo("Column 1 is called \"last\"; the exercise asks for \"surname\".");
    }

    @Test
    void orderIsCheckedOnlyWhenItMattersAndTiesMayBeInAnyOrder() {
        ResultTable expected = table("name:text, joined:int4", row("b", 1L), row("a", 1L), row("c", 2L));
        ResultTable swappedTie = table("name:text, joined:int4", row("a", 1L), row("b", 1L), row("c", 2L));
        ResultTable wrongOrder = table("name:text, joined:int4", row("c", 2L), row("a", 1L), row("b", 1L));
        CompareOptions byJoined = new CompareOptions(true, false, List.of(1), false);
        assertThat(ResultComparison.compare(expected, swappedTie, byJoined)).isEmpty();
        assertThat(ResultComparison.compare(expected, wrongOrder, byJoined).orElseThrow().summary())
                .isEqualTo("The rows are right but not in the expected order.");
        CompareOptions unknownKeys = new CompareOptions(true, false, List.of(), false);
        assertThat(ResultComparison.compare(expected, swappedTie, unknownKeys)).isPresent();
        assertThat(unordered(expected, wrongOrder)).isEmpty();
    }

    @Test
    void anotherRowTiedWithTheLastOneUnderLimitIsAccepted() {
        // top 2 by score; "b" and "c" tie for second place, either is right
        ResultTable expected = table("name:text, score:int4", row("a", 9L), row("b", 7L));
        ResultTable other = table("name:text, score:int4", row("a", 9L), row("c", 7L));
        ResultTable wrong = table("name:text, score:int4", row("a", 9L), row("d", 5L));
        CompareOptions topN = new CompareOptions(true, false, List.of(1), true);
        assertThat(ResultComparison.compare(expected, other, topN)).isEmpty();
        assertThat(ResultComparison.compare(expected, wrong, topN)).isPresent();
    }
}
