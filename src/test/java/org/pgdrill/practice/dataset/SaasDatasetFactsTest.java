package org.pgdrill.practice.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.practice.dataset.SaasFixture.column;
import static org.pgdrill.practice.dataset.SaasFixture.count;
import static org.pgdrill.practice.dataset.SaasFixture.text;

import java.sql.Connection;
import java.sql.SQLException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the header of saas.sql promises lesson writers about tenants, users, projects, tasks and billing. */
class SaasDatasetFactsTest {
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
    void tenantSizesAreSkewedAroundHelioLogistics() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(column(db, "SELECT slug || ' ' || users || ' ' || tasks FROM (SELECT t.slug,"
                + " (SELECT count(*) FROM users u WHERE u.tenant_id = t.tenant_id) AS users,"
                + " (SELECT count(*) FROM tasks k WHERE k.tenant_id = t.tenant_id) AS tasks FROM tenants t) s ORDER BY users DESC LIMIT 3"))
                .containsExactly("helio-logistics 1200 12800", "kaizen-robotics 700 7200", "bluefin-media 500 5600");
        expect(soft, "SELECT count(*) FROM projects WHERE tenant_id = 4", 280);
        expect(soft, "SELECT count(*) FROM (SELECT tenant_id FROM users GROUP BY 1 HAVING count(*) <= 70) s", 32);
        expect(soft, "SELECT count(*) FROM projects p JOIN tenants t USING (tenant_id) WHERE t.slug = 'fresh-start'", 0);
        expect(soft, "SELECT count(*) FROM projects p JOIN tenants t USING (tenant_id) WHERE t.slug = 'juniper-trial'", 1);
        expect(soft, "SELECT count(*) FROM tasks k JOIN tenants t USING (tenant_id) WHERE t.slug = 'juniper-trial'", 0);
        soft.assertThat(column(db, "SELECT plan || ' ' || count(*) FROM tenants GROUP BY plan ORDER BY 1"))
                .containsExactly("enterprise 5", "free 12", "team 23");
        expect(soft, "SELECT count(*) FROM tenants t WHERE (SELECT count(*) FROM subscriptions s WHERE s.tenant_id = t.tenant_id"
                + " AND s.ended_on IS NULL AND s.plan = t.plan) <> 1", 0);
        expect(soft, "SELECT count(*) FROM api_requests a JOIN tenants t USING (tenant_id) WHERE t.plan = 'free'", 0);
        expect(soft, "SELECT count(*) FROM api_requests WHERE tenant_id = 3", 11_964);
        expect(soft, "SELECT count(*) FROM api_requests WHERE status = 429 AND tenant_id <> 3", 0);
        soft.assertAll();
    }

    @Test
    void tenantSettingsHaveTheDocumentedShapes() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(column(db, "SELECT slug FROM tenants WHERE NOT settings ? 'timezone'")).containsExactly("acorn-legal");
        expect(soft, "SELECT count(*) FROM tenants WHERE settings ? 'timezone'"
                + " AND settings ->> 'timezone' NOT IN (SELECT name FROM pg_timezone_names)", 0);
        soft.assertThat(column(db, "SELECT DISTINCT settings ->> 'timezone' FROM tenants"))
                .contains("Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata",
                        "Asia/Kathmandu", "Australia/Sydney", "Pacific/Auckland");
        soft.assertThat(column(db, "SELECT plan FROM tenants WHERE settings -> 'retention_days' = 'null'::jsonb GROUP BY plan"))
                .containsExactly("enterprise");
        expect(soft, "SELECT count(*) FROM tenants WHERE settings -> 'retention_days' = 'null'::jsonb", 5);
        expect(soft, "SELECT count(*) FROM tenants WHERE settings ->> 'retention_days' IS NULL", 5);
        expect(soft, "SELECT count(*) FROM tenants WHERE settings ? 'sso'", 5);
        expect(soft, "SELECT count(*) FROM tenants WHERE settings ? 'sso' AND plan <> 'enterprise'", 0);
        expect(soft, "SELECT count(*) FROM tenants WHERE jsonb_typeof(settings -> 'beta') = 'array'", 7);
        expect(soft, "SELECT count(*) FROM tenants WHERE jsonb_typeof(settings #> '{features,time_tracking}') <> 'boolean'", 0);
        expect(soft, "SELECT count(*) FROM tenants t WHERE (t.settings #>> '{features,guest_access}')::boolean"
                + " <> EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = t.tenant_id AND u.role = 'guest')", 0);
        soft.assertAll();
    }

    @Test
    void usersHaveOneOwnerPerTenantAndTheDocumentedNullsAndDuplicates() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM users u JOIN tenants t USING (tenant_id) WHERE u.role = 'owner' AND u.created_at = t.created_at", 40);
        expect(soft, "SELECT count(*) FROM users WHERE role = 'guest'", 338);
        expect(soft, "SELECT count(*) FROM users WHERE role = 'guest' AND manager_id IS NOT NULL", 0);
        expect(soft, "SELECT count(*) FROM users m WHERE m.role = 'guest' AND EXISTS (SELECT 1 FROM users r WHERE r.manager_id = m.user_id)", 0);
        expect(soft, "SELECT count(*) FROM projects p JOIN users u ON u.user_id = p.owner_id WHERE u.role = 'guest'", 0);
        expect(soft, "SELECT count(*) FROM users WHERE last_login_at IS NULL", 316);
        expect(soft, "SELECT count(*) FROM users WHERE last_login_at IS NULL AND role = 'owner'", 0);
        expect(soft, "SELECT count(*) FROM users WHERE deactivated_at IS NOT NULL", 229);
        expect(soft, "SELECT count(*) FROM users WHERE last_login_at > deactivated_at", 0);
        expect(soft, "SELECT count(*) FROM users WHERE manager_id IS NULL", 529);
        expect(soft, "SELECT count(*) FROM users u JOIN users m ON m.user_id = u.manager_id WHERE m.created_at > u.created_at", 0);
        soft.assertThat(column(db, "SELECT tenant_id FROM users GROUP BY tenant_id, full_name HAVING count(*) > 1 ORDER BY 1"))
                .containsExactly("4", "8", "12", "24", "32");
        soft.assertThat(column(db, "SELECT tenant_id FROM users WHERE email = 'mira.okafor@northstar-consulting.example' ORDER BY 1"))
                .containsExactly("3", "4", "5", "9", "12");
        expect(soft, "SELECT count(*) FROM (SELECT email FROM users WHERE role = 'guest' GROUP BY email HAVING count(*) = 2) s", 9);
        expect(soft, "SELECT count(*) FROM users WHERE email <> lower(email)", 229);
        expect(soft, "SELECT count(DISTINCT (tenant_id, lower(email))) FROM users", 4_000);
        soft.assertAll();
    }

    @Test
    void projectsAndTasksHaveTheDocumentedStatesAndNulls() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM projects WHERE archived_at IS NOT NULL", 281);
        expect(soft, "SELECT count(*) FROM projects p WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.project_id)", 106);
        expect(soft, "SELECT count(*) FROM projects WHERE tags = '{}'", 264);
        soft.assertThat(column(db, "SELECT status || ' ' || count(*) FROM tasks GROUP BY status ORDER BY count(*) DESC"))
                .containsExactly("done 29810", "cancelled 3687", "todo 3556", "doing 2947");
        expect(soft, "SELECT count(*) FROM tasks WHERE assignee_id IS NULL", 4_813);
        expect(soft, "SELECT count(*) FROM tasks WHERE estimate_hours IS NULL", 11_748);
        expect(soft, "SELECT count(*) FROM tasks WHERE due_date IS NULL", 17_958);
        String open = "t.status IN ('todo', 'doing')";
        expect(soft, "SELECT count(*) FROM tasks t JOIN users u ON u.user_id = t.assignee_id WHERE " + open + " AND u.deactivated_at IS NOT NULL", 285);
        expect(soft, "SELECT count(*) FROM tasks t JOIN projects p USING (project_id) WHERE " + open + " AND p.archived_at IS NOT NULL", 209);
        expect(soft, "SELECT count(*) FROM tasks t WHERE " + open + " AND t.due_date < date '2025-06-30'", 2_748);
        expect(soft, "SELECT count(*) FROM tasks WHERE due_date = date '2025-06-30'", 52);
        expect(soft, "SELECT count(*) FROM tasks WHERE due_date = date '2024-02-29'", 24);
        expect(soft, "SELECT count(*) FROM tasks WHERE tags @> '{security}'", 750);
        expect(soft, "SELECT count(*) FROM tasks WHERE tags @> '{gdpr}'", 99);
        expect(soft, "SELECT count(*) FROM tasks WHERE tags = '{}'", 4_570);
        soft.assertThat(column(db, "SELECT DISTINCT unnest(tags) FROM tasks ORDER BY 1")).containsExactly("backend", "blocked", "bug",
                "customer", "docs", "feature", "frontend", "gdpr", "infra", "mobile", "performance", "security", "tech-debt", "ux");
        // every task lives within its project's life, and its assignee had joined when it was created
        expect(soft, "SELECT count(*) FROM tasks t JOIN projects p USING (project_id) WHERE t.created_at < p.created_at"
                + " OR t.created_at > p.archived_at OR t.completed_at > p.archived_at", 0);
        expect(soft, "SELECT count(*) FROM tasks t JOIN users u ON u.user_id = t.assignee_id WHERE u.created_at > t.created_at", 0);
        soft.assertAll();
    }

    @Test
    void nothingHappensAfterTheEndOfJune2025() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        String end = "timestamptz '2025-07-01 00:00:00+00'";
        for (String column : new String[] {"tenants.created_at", "users.created_at", "users.last_login_at", "users.deactivated_at",
                "projects.created_at", "projects.archived_at", "tasks.created_at", "tasks.completed_at", "events.occurred_at",
                "invoices.issued_at", "invoices.paid_at", "api_requests.requested_at"}) {
            String[] parts = column.split("\\.");
            expect(soft, "SELECT count(*) FROM " + parts[0] + " WHERE " + parts[1] + " >= " + end, 0);
        }
        expect(soft, "SELECT count(*) FROM subscriptions WHERE started_on > date '2025-06-30' OR ended_on > date '2025-07-01'", 0);
        soft.assertAll();
    }

    @Test
    void billingFollowsTheSubscriptionHistory() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        // each tenant's subscriptions tile its life since sign-up: no gap, no overlap
        expect(soft, "SELECT count(*) FROM (SELECT s.started_on, lag(s.ended_on) OVER w AS previous_end, row_number() OVER w AS n,"
                + " t.created_at::date AS signed_up FROM subscriptions s JOIN tenants t USING (tenant_id)"
                + " WINDOW w AS (PARTITION BY s.tenant_id ORDER BY s.started_on)) x"
                + " WHERE (n = 1 AND started_on <> signed_up) OR (n > 1 AND started_on IS DISTINCT FROM previous_end)", 0);
        expect(soft, "SELECT count(*) FROM invoices i JOIN subscriptions s USING (subscription_id)"
                + " WHERE i.period_start < s.started_on OR i.period_end > coalesce(s.ended_on, date '2025-08-01') OR s.monthly_price = 0", 0);
        expect(soft, "SELECT count(*) FROM invoices i JOIN subscriptions s USING (subscription_id) WHERE i.status <> 'void'"
                + " AND i.period_end = (i.period_start + interval '1 month')::date AND i.amount NOT IN (s.monthly_price, round(s.monthly_price * 0.9, 2))", 0);
        soft.assertThat(column(db, "SELECT status || ' ' || count(*) FROM invoices GROUP BY status ORDER BY 1"))
                .containsExactly("draft 28", "open 5", "paid 881", "void 7");
        expect(soft, "SELECT count(*) FROM invoices WHERE status = 'draft' AND period_start <> date '2025-07-01'", 0);
        expect(soft, "SELECT count(*) FROM invoices v WHERE v.status = 'void' AND EXISTS (SELECT 1 FROM invoices r WHERE r.status <> 'void'"
                + " AND r.subscription_id = v.subscription_id AND r.period_start = v.period_start AND r.amount = round(v.amount * 0.9, 2)"
                + " AND r.issued_at = v.issued_at + interval '3 days')", 7);
        expect(soft, "SELECT count(*) FROM invoices WHERE status <> 'draft' AND issued_at <> period_start::timestamptz"
                + " AND issued_at <> period_start::timestamptz + interval '3 days'", 0);
        soft.assertThat(column(db, "SELECT period_start FROM invoices WHERE tenant_id = 15 AND status = 'open' ORDER BY 1"))
                .containsExactly("2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01");
        soft.assertThat(column(db, "SELECT plan || ' ' || started_on FROM subscriptions WHERE tenant_id = 26 AND ended_on IS NULL"))
                .containsExactly("free 2025-04-01");
        expect(soft, "SELECT count(*) FROM invoices WHERE tenant_id = 15 AND status = 'paid' AND period_start >= date '2025-03-01'", 0);
        expect(soft, "SELECT count(*) FROM subscriptions WHERE plan = 'team'"
                + " AND monthly_price <> seats * CASE WHEN started_on < date '2024-01-01' THEN 9.00 ELSE 12.00 END", 0);
        soft.assertAll();
    }

    @Test
    void apiRequestsLandInTheirMonthAndLateRowsInTheDefaultPartition() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "SELECT count(*) FROM api_requests_default WHERE requested_at >= timestamptz '2024-12-31 00:00:00+00'"
                + " AND requested_at < timestamptz '2025-01-01 00:00:00+00'", 30);
        expect(soft, "SELECT count(*) FROM api_requests_default WHERE request_id > (SELECT max(request_id) FROM api_requests_2025_06)", 30);
        expect(soft, "SELECT count(*) FROM (SELECT requested_at < lag(requested_at) OVER (ORDER BY request_id) AS back"
                + " FROM api_requests WHERE requested_at >= timestamptz '2025-01-01 00:00:00+00') s WHERE back", 0);
        soft.assertThat(count(db, "SELECT count(*) FROM api_requests WHERE user_id IS NULL")).isBetween(11_400L, 12_600L);
        expect(soft, "SELECT count(*) FROM api_requests a WHERE a.user_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = a.user_id AND u.tenant_id = a.tenant_id)", 0);
        soft.assertAll();
        assertThat(text(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'saas.api_requests'::regclass")).isEqualTo("7");
    }
}
