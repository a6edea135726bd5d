package org.pgdrill.practice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetSpec;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.sandbox.LearnerStatement;

/**
 * Exercises of the kind the dates, JSONB, arrays, indexes and partitioning lessons set on the saas
 * dataset: the checker, with its variant datasets, grades them on the composite keys, jsonb, arrays
 * and partitions of saas.sql.
 */
class SaasExercisesTest {
    private static CheckerRig rig;
    private static AnswerChecker checker;
    private static InstalledDataset saas;

    @BeforeAll
    static void start() throws Exception {
        rig = CheckerRig.start();
        checker = rig.checker();
        String path = "lessons/postgresql/datasets/saas.sql";
        String script = Files.readString(Path.of(path), StandardCharsets.UTF_8);
        saas = rig.installer().ensure(new DatasetSpec("saas-dataset-test", "saas", script, List.of("saas"), path));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static List<LearnerStatement> sql(String script) {
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(LearnerStatement::sql).toList();
    }

    private static CheckSpec exercise(String id, CheckKind kind, String reference, List<String> require, List<String> forbid, Access access) {
        return new CheckSpec(id, kind, sql(reference), false, false, List.of(), require, forbid, List.of(), Duration.ofSeconds(30), access);
    }

    private static Verdict.Outcome check(CheckSpec spec, String answer) throws Exception {
        Verdict verdict = checker.check(saas, spec, sql(answer));
        System.out.printf("%s: %s in %d ms: %s%n", spec.exerciseId(), verdict.outcome(), verdict.millis(), verdict.reason());
        return verdict.outcome();
    }

    @Test
    void openTasksPerTenantNeedAnOuterJoin() throws Exception {
        CheckSpec spec = exercise("open-tasks-per-tenant", CheckKind.RESULT, "SELECT t.slug, count(k.task_id) FROM tenants t"
                + " LEFT JOIN tasks k ON k.tenant_id = t.tenant_id AND k.status IN ('todo', 'doing') GROUP BY t.slug", List.of(), List.of(), Access.READ);
        assertThat(check(spec, "SELECT slug, (SELECT count(*) FROM tasks k WHERE k.tenant_id = t.tenant_id AND k.status NOT IN ('done', 'cancelled'))"
                + " FROM tenants t")).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(spec, "SELECT t.slug, count(*) FROM tenants t JOIN tasks k USING (tenant_id) WHERE k.status IN ('todo', 'doing')"
                + " GROUP BY t.slug")).isEqualTo(Verdict.Outcome.INCORRECT);
        assertThat(check(spec, "SELECT t.slug, count(*) FROM tenants t LEFT JOIN tasks k ON k.tenant_id = t.tenant_id"
                + " AND k.status IN ('todo', 'doing') GROUP BY t.slug")).isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void aLocalDayIsNotTheUtcDay() throws Exception {
        // 2025-03-30 is the day Berlin moves its clocks forward: 23 hours long
        CheckSpec spec = exercise("helio-events-on-dst-day", CheckKind.RESULT, "SELECT count(*) FROM events WHERE tenant_id = 4"
                + " AND occurred_at >= timestamptz '2025-03-30 00:00 Europe/Berlin' AND occurred_at < timestamptz '2025-03-31 00:00 Europe/Berlin'",
                List.of(), List.of(), Access.READ);
        assertThat(check(spec, "SELECT count(*) FROM events e JOIN tenants t USING (tenant_id) WHERE t.slug = 'helio-logistics'"
                + " AND (e.occurred_at AT TIME ZONE (t.settings ->> 'timezone'))::date = date '2025-03-30'")).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(spec, "SELECT count(*) FROM events WHERE tenant_id = 4 AND (occurred_at AT TIME ZONE 'UTC')::date = date '2025-03-30'"))
                .isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void jsonContainmentAndArrayOperatorsAreGradedByValue() throws Exception {
        CheckSpec failedSyncs = exercise("failed-syncs-per-month", CheckKind.RESULT, "SELECT date_trunc('month', occurred_at) AS month, count(*)"
                + " FROM events WHERE kind = 'integration.sync' AND payload @> '{\"status\": \"failed\"}' GROUP BY 1", List.of(), List.of(), Access.READ);
        assertThat(check(failedSyncs, "SELECT date_trunc('month', occurred_at), count(*) FROM events"
                + " WHERE payload ->> 'status' = 'failed' AND kind LIKE 'integration.%' GROUP BY 1")).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(failedSyncs, "SELECT date_trunc('month', occurred_at), count(*) FROM events"
                + " WHERE kind = 'integration.sync' AND payload ->> 'status' <> 'ok' GROUP BY 1")).isEqualTo(Verdict.Outcome.INCORRECT);
        CheckSpec bugAndSecurity = exercise("open-security-bugs", CheckKind.RESULT,
                "SELECT task_id FROM tasks WHERE tags @> '{bug,security}' AND status IN ('todo', 'doing')", List.of(), List.of(), Access.READ);
        assertThat(check(bugAndSecurity, "SELECT task_id FROM tasks WHERE 'bug' = ANY (tags) AND 'security' = ANY (tags)"
                + " AND completed_at IS NULL AND status <> 'cancelled'")).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(bugAndSecurity, "SELECT task_id FROM tasks WHERE tags && '{bug,security}' AND status IN ('todo', 'doing')"))
                .isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void planExercisesSeeTheGinIndexAndPartitionPruning() throws Exception {
        CheckSpec gin = exercise("security-tasks-by-index", CheckKind.PLAN, "SELECT task_id FROM tasks WHERE tags @> '{security}'",
                List.of("Bitmap Index Scan using tasks_tags_idx"), List.of(), Access.READ);
        assertThat(check(gin, "SELECT task_id FROM tasks WHERE tags @> ARRAY['security']")).isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(gin, "SELECT task_id FROM tasks WHERE 'security' = ANY (tags)")).isEqualTo(Verdict.Outcome.INCORRECT);
        CheckSpec june = exercise("june-server-errors", CheckKind.PLAN, "SELECT request_id FROM api_requests"
                + " WHERE requested_at >= '2025-06-01' AND requested_at < '2025-07-01' AND status >= 500",
                List.of("Seq Scan on api_requests_2025_06"), List.of("Seq Scan on api_requests_2025_05", "Seq Scan on api_requests_default"),
                Access.READ);
        assertThat(check(june, "SELECT request_id FROM api_requests WHERE status BETWEEN 500 AND 599"
                + " AND requested_at >= timestamptz '2025-06-01 00:00+00' AND requested_at < timestamptz '2025-07-01 00:00+00'"))
                .isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(june, "SELECT request_id FROM api_requests WHERE status >= 500 AND date_trunc('month', requested_at) = '2025-06-01'"))
                .isEqualTo(Verdict.Outcome.INCORRECT);
    }

    @Test
    void stateExercisesCompareTheChangedTable() throws Exception {
        CheckSpec voidOverdue = new CheckSpec("void-overdue-invoices", CheckKind.STATE, sql("UPDATE invoices SET status = 'void'"
                + " WHERE tenant_id = (SELECT tenant_id FROM tenants WHERE slug = 'rio-verde-foods') AND status = 'open'"
                + " AND period_start < date '2025-06-01'"), false, false, List.of("invoices"), List.of(), List.of(), List.of(),
                Duration.ofSeconds(30), Access.WRITE);
        assertThat(check(voidOverdue, "UPDATE invoices i SET status = 'void' FROM tenants t WHERE t.tenant_id = i.tenant_id"
                + " AND t.slug = 'rio-verde-foods' AND i.status = 'open' AND i.issued_at < timestamptz '2025-06-01 00:00+00'"))
                .isEqualTo(Verdict.Outcome.CORRECT);
        assertThat(check(voidOverdue, "UPDATE invoices SET status = 'void' WHERE tenant_id = 15 AND status = 'open'"))
                .isEqualTo(Verdict.Outcome.INCORRECT);
    }
}
