package org.pgdrill.practice.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsAnIndexScanWithItsCostsAndCondition(String version) {
        ExplainPlan plan = Fixtures.plan(version, "index-scan");
        PlanNode root = plan.root();
        assertThat(root.nodeType()).isEqualTo("Index Scan");
        assertThat(root.indexName()).isEqualTo("members_pkey");
        assertThat(root.relationName()).isEqualTo("members");
        assertThat(root.alias()).isEqualTo("members");
        assertThat(root.indexCond()).isEqualTo("(id = 42)");
        assertThat(root.estimate()).isEqualTo(new PlanNode.Estimate(0.29, 8.30, 1, 24));
        assertThat(root.actual()).isNull();
        assertThat(plan.analyzed()).isFalse();
        assertThat(plan.planningTime()).isNull();
        assertThat(plan.executionTime()).isNull();
        assertThat(root.children()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsNestedPlansWithSchemasOutputsAndKeys(String version) {
        ExplainPlan plan = Fixtures.plan(version, "join-aggregate-verbose");
        assertThat(plan.nodes().map(PlanNode::displayName))
                .containsExactly("Limit", "Sort", "HashAggregate", "Nested Loop", "Index Scan", "Index Only Scan");
        PlanNode aggregate = plan.root().children().get(0).children().get(0);
        assertThat(aggregate.nodeType()).isEqualTo("Aggregate");
        assertThat(aggregate.strategy()).isEqualTo("Hashed");
        assertThat(aggregate.groupKey()).containsExactly("m.name");
        PlanNode join = aggregate.children().get(0);
        assertThat(join.joinType()).isEqualTo("Inner");
        assertThat(join.children()).extracting(PlanNode::parentRelationship).containsExactly("Outer", "Inner");
        PlanNode orders = join.children().get(1);
        assertThat(orders.schema()).isEqualTo("shop");
        assertThat(orders.alias()).isEqualTo("o");
        assertThat(orders.indexCond()).isEqualTo("(o.member_id = m.id)");
        assertThat(orders.output()).containsExactly("o.member_id");
        assertThat(plan.root().children().get(0).sortKey()).containsExactly("(count(*)) DESC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsAnalyzeNumbersAndKeepsUnmodelledKeys(String version) {
        ExplainPlan plan = Fixtures.plan(version, "analyze-seq-filter");
        assertThat(plan.analyzed()).isTrue();
        assertThat(plan.planningTime()).isPositive();
        assertThat(plan.executionTime()).isPositive();
        PlanNode scan = plan.root();
        assertThat(scan.actual().rows()).isEqualTo(100);
        assertThat(scan.actual().loops()).isEqualTo(1);
        assertThat(scan.actual().totalTime()).isGreaterThanOrEqualTo(scan.actual().startupTime());
        assertThat(scan.rowsRemovedByFilter()).isEqualTo(9900);
        assertThat(scan.properties()).containsEntry("Shared Hit Blocks", 74).containsKey("Temp Written Blocks");
        assertThat(plan.properties()).containsKey("Planning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsNodesThatNeverRanAndTimingOff(String version) {
        ExplainPlan plan = Fixtures.plan(version, "analyze-never-executed");
        assertThat(plan.analyzed()).isTrue();
        assertThat(plan.nodes().map(PlanNode::actual)).allMatch(actual -> actual.startupTime() == null && actual.totalTime() == null);
        assertThat(plan.nodes().filter(node -> node.actual().neverExecuted())).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsTriggerTimesOfDml(String version) {
        ExplainPlan plan = Fixtures.plan(version, "analyze-update-triggers");
        assertThat(plan.root().displayName()).isEqualTo("Update");
        assertThat(plan.triggers()).singleElement().satisfies(trigger -> {
            assertThat(trigger.constraintName()).isEqualTo("orders_member_id_fkey");
            assertThat(trigger.relation()).isEqualTo("orders");
            assertThat(trigger.calls()).isEqualTo(3);
            assertThat(trigger.time()).isNotNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void readsSubplansAndCtesWithTheirNames(String version) {
        assertThat(Fixtures.plan(version, "subplan").root().children()).extracting(PlanNode::parentRelationship, PlanNode::subplanName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SubPlan", "SubPlan 1"));
        assertThat(Fixtures.plan(version, "cte").root().children().get(0).subplanName()).isEqualTo("CTE t");
        assertThat(Fixtures.plan(version, "initplan").root().children().get(0).subplanName()).startsWith("InitPlan 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15", "pg18"})
    void toleratesKeysOfOtherReleases(String version) {
        String json = Fixtures.read(version, "index-scan.json").replace("\"Node Type\"", "\"Future Key\": {\"x\": [1, 2]}, \"Node Type\"");
        assertThat(ExplainParser.parse(json).root().properties()).containsEntry("Future Key", java.util.Map.of("x", java.util.List.of(1, 2)));
    }

    @org.junit.jupiter.api.Test
    void pg18ReportsFractionalRowsAndDisabledNodes() {
        PlanNode scan = Fixtures.plan("pg18", "analyze-seq-filter").root();
        assertThat(scan.properties()).containsEntry("Disabled", false);
        assertThat(Fixtures.plan("pg15", "analyze-seq-filter").root().properties()).doesNotContainKey("Disabled");
    }

    @org.junit.jupiter.api.Test
    void textThatIsNotAJsonPlanIsRejectedWithWhatToDo() {
        assertThatThrownBy(() -> ExplainParser.parse("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)"))
                .isInstanceOf(ExplainFormatException.class).hasMessageStartingWith("EXPLAIN output is not valid JSON")
                .hasMessageEndingWith("run EXPLAIN with FORMAT JSON");
        assertThatThrownBy(() -> ExplainParser.parse("[{\"Query\": 1}]")).isInstanceOf(ExplainFormatException.class)
                .hasMessage("EXPLAIN output has no \"Plan\"; run EXPLAIN with FORMAT JSON");
        assertThatThrownBy(() -> ExplainParser.parse("[]")).isInstanceOf(ExplainFormatException.class);
    }
}
