package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanTextTest {

    /** The server's own text format, recorded next to the JSON, is the oracle. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"pg15, index-scan", "pg15, join-aggregate-verbose", "pg15, bitmap", "pg15, subplan", "pg15, initplan", "pg15, cte",
            "pg15, grouping-sets", "pg15, anti-join", "pg18, index-scan", "pg18, join-aggregate-verbose", "pg18, bitmap",
            "pg18, subplan", "pg18, initplan", "pg18, cte", "pg18, grouping-sets", "pg18, anti-join"})
    void rendersLikePostgresTextFormat(String version, String name) {
        assertThat(PlanText.render(Fixtures.plan(version, name))).isEqualTo(Fixtures.read(version, name + ".txt"));
    }

    @Test
    void rendersActualNumbersBuffersAndTimesAfterAnalyze() {
        String text = PlanText.render(Fixtures.plan("pg15", "analyze-seq-filter"));
        assertThat(text.lines()).first().asString()
                .matches("Seq Scan on members  \\(cost=0\\.00\\.\\.199\\.00 rows=100 width=24\\) \\(actual time=\\d+\\.\\d{3}\\.\\.\\d+\\.\\d{3} rows=100 loops=1\\)");
        assertThat(text).contains("\n  Filter: (score > '98'::numeric)\n  Rows Removed by Filter: 9900\n  Buffers: shared hit=74")
                .containsPattern("\nPlanning Time: \\d+\\.\\d{3} ms\nExecution Time: \\d+\\.\\d{3} ms$");
    }

    @Test
    void wholeFractionalRowCountsOfPg18PrintAsWholeNumbers() {
        assertThat(PlanText.render(Fixtures.plan("pg18", "analyze-seq-filter")).lines().findFirst().orElseThrow())
                .contains(" rows=100 loops=1)");
        assertThat(PlanText.count(0.98)).isEqualTo("0.98");
        assertThat(PlanText.count(1000)).isEqualTo("1000");
    }

    @Test
    void nodesThatNeverRanSaySo() {
        String text = PlanText.render(Fixtures.plan("pg18", "analyze-never-executed"));
        assertThat(text).contains("(never executed)").contains("(actual rows=0 loops=1)").doesNotContain("actual time");
    }

    @Test
    void triggerTimesAreListedAfterThePlan() {
        String text = PlanText.render(Fixtures.plan("pg15", "analyze-update-triggers"));
        assertThat(text.lines()).anyMatch(line -> line.matches("Trigger for constraint orders_member_id_fkey: time=\\d+\\.\\d{3} calls=3"));
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Update on orders  (cost=");
    }

    @Test
    void labelsNameTheNodeAndWhatItReads() {
        ExplainPlan plan = Fixtures.plan("pg15", "bitmap");
        assertThat(plan.nodes().map(PlanText::label))
                .containsExactly("Bitmap Heap Scan on orders", "Bitmap Index Scan on orders_member_idx");
        assertThat(Fixtures.plan("pg18", "join-aggregate-verbose").nodes().map(PlanText::label)).contains("Index Only Scan using orders_member_idx on shop.orders o",
                "Index Scan using members_pkey on shop.members m");
    }

    @Test
    void namesThatNeedQuotesAreQuotedLikeTheServerDoes() {
        String json = "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"Order Items\", \"Alias\": \"user\"}}]";
        assertThat(PlanText.render(ExplainParser.parse(json))).isEqualTo("Seq Scan on \"Order Items\" \"user\"");
    }
}
