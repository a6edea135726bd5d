package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

    private static List<PlanExpectation> expect(String... texts) {
        return java.util.Arrays.stream(texts).map(PlanExpectation::parse).toList();
    }

    private static PlanCheckResult check(ExplainPlan plan, List<PlanExpectation> require, List<PlanExpectation> forbid) {
        return PlanCheck.check(plan, require, forbid);
    }

    /** A Seq Scan of members under a Hash Join with an Index Scan of orders, the way PostgreSQL reports it. */
    private static final ExplainPlan SEQ_SCAN_PLAN = ExplainParser.parse("""
            [{"Plan": {"Node Type": "Hash Join", "Join Type": "Inner", "Hash Cond": "(o.member_id = m.id)", "Plans": [
              {"Node Type": "Index Scan", "Parent Relationship": "Outer", "Index Name": "orders_pkey", "Relation Name": "orders", "Alias": "o"},
              {"Node Type": "Hash", "Parent Relationship": "Inner", "Plans": [
                {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "members", "Alias": "m"}]}]}}]
            """);

    @Test
    void aMatchingPlanPasses() {
        ExplainPlan plan = Fixtures.plan("pg15", "index-scan");
        PlanCheckResult result = check(plan, expect("Index Scan using members_pkey on members", "Index Scan"), expect("Seq Scan"));
        assertThat(result.ok()).isTrue();
        assertThat(result.explanation()).isEmpty();
    }

    @Test
    void aMissingIndexScanSaysHowTheTableIsReadInstead() {
        PlanCheckResult result = check(SEQ_SCAN_PLAN, expect("Index Scan using members_pkey on members"), List.of());
        assertThat(result.explanation())
                .isEqualTo("The plan must use Index Scan using members_pkey on members, but it reads members with a Seq Scan.");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.required()).isTrue();
            assertThat(failure.relevantNodes()).containsExactly("Seq Scan on members m");
        });
    }

    @Test
    void aBitmapScanIsNotAnIndexScanUnlessAskedForByName() {
        ExplainPlan bitmap = Fixtures.plan("pg18", "bitmap");
        assertThat(check(bitmap, expect("Index Scan using orders_member_idx on orders"), List.of()).explanation())
                .isEqualTo("The plan must use Index Scan using orders_member_idx on orders, but it reads orders with a Bitmap Heap Scan "
                        + "(Bitmap Index Scan using orders_member_idx).");
        assertThat(check(bitmap, expect("Bitmap Index Scan using orders_member_idx on orders", "Bitmap Heap Scan on orders"), List.of())
                .ok()).isTrue();
        assertThat(check(bitmap, expect("Bitmap Index Scan on members"), List.of()).ok()).isFalse();
    }

    @Test
    void aForbiddenNodeIsNamedWithWhatItReads() {
        PlanCheckResult result = check(SEQ_SCAN_PLAN, List.of(), expect("Seq Scan on members", "Nested Loop"));
        assertThat(result.explanation()).isEqualTo("The plan must not use Seq Scan on members, but it does: Seq Scan on members m.");
        assertThat(result.failures()).singleElement().extracting(PlanCheckResult.Failure::required).isEqualTo(false);
    }

    @Test
    void aForbiddenNodeWithoutATableMatchesEveryTable() {
        ExplainPlan plan = Fixtures.plan("pg18", "anti-join");
        assertThat(check(plan, List.of(), expect("Seq Scan")).explanation())
                .isEqualTo("The plan must not use Seq Scan, but it does: Seq Scan on members m; Seq Scan on orders o.");
    }

    @Test
    void aTableThePlanNeverReadsIsReportedWithTheTablesItDoesRead() {
        assertThat(check(SEQ_SCAN_PLAN, expect("Index Scan on membres"), List.of()).explanation()).isEqualTo("The plan must use "
                + "Index Scan on membres, but it does not read membres at all; it reads: Index Scan using orders_pkey on orders o; "
                + "Seq Scan on members m.");
    }

    @Test
    void aMissingNodeWithoutATableListsThePlansNodes() {
        assertThat(check(SEQ_SCAN_PLAN, expect("Merge Join"), List.of()).explanation()).isEqualTo("The plan must use Merge Join, but it "
                + "has no such node; its nodes are: Hash Join; Index Scan using orders_pkey on orders o; Hash; Seq Scan on members m.");
    }

    @Test
    void aggregateNamesFollowTheTextFormat() {
        ExplainPlan hashed = Fixtures.plan("pg15", "cte");
        assertThat(check(hashed, expect("HashAggregate", "Aggregate", "CTE Scan on t"), List.of()).ok()).isTrue();
        PlanCheckResult grouped = check(hashed, expect("GroupAggregate"), List.of());
        assertThat(grouped.ok()).isFalse();
        assertThat(grouped.explanation()).startsWith("The plan must use GroupAggregate, but it has no such node; its nodes are: Merge Join; "
                + "HashAggregate; ");
    }

    @Test
    void joinNamesMatchByTypeOrByTheirFullName() {
        ExplainPlan plan = Fixtures.plan("pg15", "anti-join");
        assertThat(check(plan, expect("Hash Join", "Hash Anti Join"), expect("Hash Semi Join", "Nested Loop")).ok()).isTrue();
    }

    @Test
    void aSchemaIsCheckedWhenThePlanNamesOne() {
        ExplainPlan verbose = Fixtures.plan("pg18", "join-aggregate-verbose");
        assertThat(check(verbose, expect("Index Scan using members_pkey on shop.members"), List.of()).ok()).isTrue();
        assertThat(check(verbose, expect("Index Scan using members_pkey on public.members"), List.of()).ok()).isFalse();
        ExplainPlan plain = Fixtures.plan("pg18", "index-scan");
        assertThat(check(plain, expect("Index Scan on shop.members"), List.of()).ok()).as("no schema in a plain plan").isTrue();
    }

    @Test
    void parallelScansCountAsScans() {
        ExplainPlan parallel = ExplainParser.parse("""
                [{"Plan": {"Node Type": "Gather", "Plans": [
                  {"Node Type": "Seq Scan", "Parallel Aware": true, "Relation Name": "orders", "Alias": "orders"}]}}]
                """);
        assertThat(check(parallel, List.of(), expect("Seq Scan on orders")).explanation())
                .isEqualTo("The plan must not use Seq Scan on orders, but it does: Parallel Seq Scan on orders.");
        assertThat(check(parallel, expect("Parallel Seq Scan on orders"), List.of()).ok()).isTrue();
    }

    @Test
    void everyUnmetExpectationIsReported() {
        PlanCheckResult result = check(SEQ_SCAN_PLAN, expect("Merge Join", "Index Scan on members"), expect("Seq Scan", "Hash"));
        assertThat(result.failures()).hasSize(4);
        assertThat(result.explanation().lines()).hasSize(4);
    }
}
