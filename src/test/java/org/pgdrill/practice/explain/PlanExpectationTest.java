package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanExpectationTest {

    @Test
    void readsNodeIndexAndTable() {
        assertThat(PlanExpectation.parse("Index Scan using members_pkey on members"))
                .isEqualTo(new PlanExpectation("Index Scan", Optional.of("members_pkey"), Optional.empty(), Optional.of("members")));
        assertThat(PlanExpectation.parse("Hash Join"))
                .isEqualTo(new PlanExpectation("Hash Join", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(PlanExpectation.parse("Seq Scan on shop.orders"))
                .isEqualTo(new PlanExpectation("Seq Scan", Optional.empty(), Optional.of("shop"), Optional.of("orders")));
    }

    @Test
    void nodeNamesAreCaseInsensitiveAndComeOutCanonical() {
        assertThat(PlanExpectation.parse("  index   only scan USING Orders_Member_Idx ON Orders ").describe())
                .isEqualTo("Index Only Scan using orders_member_idx on orders");
        assertThat(PlanExpectation.parse("hashaggregate").nodeName()).isEqualTo("HashAggregate");
        assertThat(PlanExpectation.parse("parallel seq scan on orders").nodeName()).isEqualTo("Parallel Seq Scan");
        assertThat(PlanExpectation.parse("Hash Anti Join").nodeName()).isEqualTo("Hash Anti Join");
    }

    @Test
    void quotedNamesKeepTheirCase() {
        PlanExpectation expectation = PlanExpectation.parse("Seq Scan on \"Shop\".\"Order Items\"");
        assertThat(expectation.schema()).contains("Shop");
        assertThat(expectation.table()).contains("Order Items");
        assertThat(expectation.describe()).isEqualTo("Seq Scan on \"Shop\".\"Order Items\"");
    }

    @Test
    void aTypoListsTheCloseNames() {
        assertThatThrownBy(() -> PlanExpectation.parse("Index Scna using members_pkey on members"))
                .isInstanceOf(PlanExpectationException.class)
                .hasMessage("Unknown plan node \"Index Scna\" in \"Index Scna using members_pkey on members\". Did you mean Index Scan?");
        assertThatThrownBy(() -> PlanExpectation.parse("Index Scan Backwards on t"))
                .hasMessageEndingWith("Did you mean Index Scan Backward, Index Scan?");
        assertThatThrownBy(() -> PlanExpectation.parse("SeqScan on t")).hasMessageContaining("Did you mean Seq Scan");
        assertThatThrownBy(() -> PlanExpectation.parse("Hash Agregate")).hasMessageContaining("HashAggregate");
        assertThatThrownBy(() -> PlanExpectation.parse("Teleport on t")).hasMessage("Unknown plan node \"Teleport\" in \"Teleport on t\". "
                + "Write a node name as EXPLAIN shows it, e.g. Seq Scan, Index Scan, Hash Join, HashAggregate.");
    }

    @Test
    void malformedExpectationsSayWhatWasExpected() {
        assertThatThrownBy(() -> PlanExpectation.parse("")).hasMessage("Cannot read the plan expectation \"\": write <Node Type> [using "
                + "<index>] [on <table>], e.g. \"Index Scan using members_pkey on members\".");
        assertThatThrownBy(() -> PlanExpectation.parse("Index Scan using"))
                .hasMessage("The plan expectation \"Index Scan using\" ends too early: expected an index name after \"using\".");
        assertThatThrownBy(() -> PlanExpectation.parse("Seq Scan on orders please")).hasMessage("Cannot read the plan expectation "
                + "\"Seq Scan on orders please\" from \"please\" on: write <Node Type> [using <index>] [on <table>], e.g. "
                + "\"Index Scan using members_pkey on members\".");
        assertThatThrownBy(() -> PlanExpectation.parse("Seq Scan using orders_pkey on orders")).hasMessage("In \"Seq Scan using "
                + "orders_pkey on orders\": Seq Scan never uses an index; use Index Scan, Index Only Scan or Bitmap Index Scan with "
                + "\"using orders_pkey\", or leave out \"using orders_pkey\".");
        assertThatThrownBy(() -> PlanExpectation.parse("Seq Scan on 42")).hasMessage("In \"Seq Scan on 42\": expected a table name "
                + "after \"on\", found \"42\".");
    }

    @Test
    void everyNodeTypePostgresReportsIsAcceptedAndNamesAreUnique() {
        for (String name : NodeNames.all()) {
            assertThat(PlanExpectation.parse(name).nodeName()).isEqualTo(name);
        }
        assertThat(NodeNames.all()).doesNotHaveDuplicates().contains("Memoize", "Incremental Sort", "Gather Merge", "WindowAgg",
                "Merge Append", "CTE Scan", "Subquery Scan", "Function Scan", "Values Scan", "Result", "GroupAggregate", "Unique");
    }
}
