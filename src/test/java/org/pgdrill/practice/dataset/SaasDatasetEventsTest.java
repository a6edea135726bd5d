package org.pgdrill.practice.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.practice.dataset.SaasFixture.column;
import static org.pgdrill.practice.dataset.SaasFixture.count;
import static org.pgdrill.practice.dataset.SaasFixture.plan;

import java.sql.Connection;
import java.sql.SQLException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** saas.events agrees with the rows it describes and has the documented shapes; the plans lessons rely on show up. */
class SaasDatasetEventsTest {
    private static final String WINDOW_START = "timestamptz '2024-07-01 00:00:00+00'";
    private static SaasFixture.ReadOnly saas;
    private static Connection db;

    @BeforeAll
    static void install() throws Exception {
        saas = SaasFixture.ReadOnly.open();
        db = saas.db();
    }

    @AfterAll
    static void close() throws SQLException {
        saas.close();
    }

    private static void expect(SoftAssertions soft, String sql, long expected) throws SQLException {
        soft.assertThat(count(db, sql)).as(sql).isEqualTo(expected);
    }

    @Test
    void helioLogisticsHasExactlyHalfOfTheEvents() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM events WHERE tenant_id = 4", 61_475);
        expect(soft, "SELECT count(*) FROM events WHERE tenant_id <> 4", 61_475);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'integration.sync' AND tenant_id = 4 AND user_id IS NULL", 34_456);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'integration.sync'", 34_456);
        soft.assertAll();
    }

    @Test
    void eachKindHasTheDocumentedPayloadKeys() throws Exception {
        assertThat(column(db, "SELECT kind || ': ' || string_agg(key, ' ' ORDER BY key) FROM"
                + " (SELECT DISTINCT kind, jsonb_object_keys(payload) AS key FROM events) k GROUP BY kind ORDER BY kind"))
                .containsExactly(
                        "integration.sync: direction error integration records status",
                        "invoice.issued: amount invoice_id period_start",
                        "invoice.paid: amount invoice_id method",
                        "project.archived: name project_id",
                        "project.created: name project_id",
                        "task.assigned: assignee_id previous_assignee_id task_id",
                        "task.commented: length mentions task_id",
                        "task.created: priority project_id tags task_id",
                        "task.status_changed: from task_id to via",
                        "user.invited: email invited_user_id role",
                        "user.login: client ip method mfa");
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM events WHERE payload ? 'error' AND payload ->> 'status' <> 'failed'", 0);
        expect(soft, "SELECT count(*) FROM events WHERE payload ? 'via' AND user_id IS NOT NULL", 0);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'user.login' AND (payload ? 'mfa') <> (occurred_at >= timestamptz '2024-10-01 00:00:00+00')", 0);
        soft.assertThat(column(db, "SELECT DISTINCT jsonb_typeof(payload -> 'previous_assignee_id') FROM events WHERE kind = 'task.assigned' ORDER BY 1"))
                .containsExactly("null", "number");
        soft.assertAll();
    }

    @Test
    void eventsCoverTheLastTwelveMonthsInIdOrder() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM events WHERE occurred_at < " + WINDOW_START, 0);
        expect(soft, "SELECT count(*) FROM (SELECT occurred_at < lag(occurred_at) OVER (ORDER BY event_id) AS back FROM events) s WHERE back", 0);
        expect(soft, "SELECT count(*) FROM events WHERE occurred_at = date_trunc('day', occurred_at)", 319);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'invoice.issued' AND occurred_at = date_trunc('day', occurred_at)", 317);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'invoice.issued'", 317);
        soft.assertAll();
    }

    @Test
    void eventsAgreeWithTheTasksUsersAndInvoicesTheyDescribe() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM events e JOIN users u USING (user_id) WHERE u.created_at > e.occurred_at", 0);
        expect(soft, "SELECT count(*) FROM events e LEFT JOIN tasks t ON t.task_id = (e.payload ->> 'task_id')::integer AND t.tenant_id = e.tenant_id"
                + " WHERE e.kind LIKE 'task.%' AND (t.task_id IS NULL OR t.created_at > e.occurred_at)", 0);
        expect(soft, "SELECT count(*) FROM tasks t WHERE t.created_at >= " + WINDOW_START + " AND NOT EXISTS (SELECT 1 FROM events e"
                + " WHERE e.kind = 'task.created' AND (e.payload ->> 'task_id')::integer = t.task_id AND e.occurred_at = t.created_at)", 0);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'task.created'", 19_298);
        expect(soft, "SELECT count(*) FROM tasks t WHERE t.completed_at >= " + WINDOW_START + " AND NOT EXISTS (SELECT 1 FROM events e"
                + " WHERE e.kind = 'task.status_changed' AND e.payload ->> 'to' = 'done' AND (e.payload ->> 'task_id')::integer = t.task_id"
                + " AND e.occurred_at = t.completed_at)", 0);
        expect(soft, "SELECT count(*) FROM users u WHERE u.created_at >= " + WINDOW_START + " AND u.role <> 'owner' AND NOT EXISTS ("
                + "SELECT 1 FROM events e WHERE e.kind = 'user.invited' AND (e.payload ->> 'invited_user_id')::integer = u.user_id"
                + " AND e.occurred_at = u.created_at)", 0);
        expect(soft, "SELECT count(*) FROM projects p WHERE p.created_at >= " + WINDOW_START + " AND NOT EXISTS (SELECT 1 FROM events e"
                + " WHERE e.kind = 'project.created' AND (e.payload ->> 'project_id')::integer = p.project_id AND e.occurred_at = p.created_at"
                + " AND e.payload ->> 'name' = p.name AND e.user_id = p.owner_id)", 0);
        expect(soft, "SELECT count(*) FROM invoices i WHERE i.issued_at >= " + WINDOW_START + " AND NOT EXISTS (SELECT 1 FROM events e"
                + " WHERE e.kind = 'invoice.issued' AND (e.payload ->> 'invoice_id')::integer = i.invoice_id AND e.occurred_at = i.issued_at"
                + " AND (e.payload ->> 'amount')::numeric = i.amount)", 0);
        soft.assertAll();
    }

    @Test
    void aUsersLatestLoginEventIsTheirLastLogin() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM users u WHERE u.last_login_at >= " + WINDOW_START + " AND u.last_login_at IS DISTINCT FROM"
                + " (SELECT max(e.occurred_at) FROM events e WHERE e.kind = 'user.login' AND e.user_id = u.user_id)", 0);
        expect(soft, "SELECT count(*) FROM events e JOIN users u USING (user_id) WHERE e.kind = 'user.login'"
                + " AND (u.last_login_at IS NULL OR u.last_login_at < " + WINDOW_START + ")", 0);
        expect(soft, "SELECT count(*) FROM events WHERE kind = 'user.login' AND user_id IS NULL", 0);
        soft.assertAll();
    }

    /** The index choices the header documents, as EXPLAIN shows them after the installer's VACUUM ANALYZE. */
    @Test
    void plansShowWhichPredicatesTheIndexesServe() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(plan(db, "SELECT * FROM tasks WHERE tags @> '{security}'")).contains("tasks_tags_idx");
        soft.assertThat(plan(db, "SELECT * FROM tasks WHERE 'security' = ANY (tags)")).contains("Seq Scan on tasks").doesNotContain("tasks_tags_idx");
        soft.assertThat(plan(db, "SELECT * FROM events WHERE payload @> '{\"status\": \"failed\"}'")).contains("events_payload_idx");
        soft.assertThat(plan(db, "SELECT * FROM events WHERE payload ? 'error'")).contains("Seq Scan on events").doesNotContain("events_payload_idx");
        soft.assertThat(plan(db, "SELECT * FROM tasks WHERE assignee_id = 931")).contains("Seq Scan on tasks");
        soft.assertThat(plan(db, "SELECT * FROM events WHERE tenant_id = 17")).contains("Index Scan").doesNotContain("Seq Scan");
        soft.assertThat(plan(db, "SELECT count(*) FROM api_requests WHERE requested_at >= '2025-06-01' AND requested_at < '2025-07-01'"))
                .contains("api_requests_2025_06").doesNotContain("api_requests_2025_05").doesNotContain("api_requests_default");
        soft.assertThat(plan(db, "SELECT count(*) FROM api_requests WHERE requested_at >= '2025-06-01'"))
                .contains("api_requests_2025_06").contains("api_requests_default").doesNotContain("api_requests_2025_05");
        soft.assertAll();
    }
}
