package org.pgdrill.practice.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pgdrill.practice.dataset.SaasFixture.column;
import static org.pgdrill.practice.dataset.SaasFixture.count;
import static org.pgdrill.practice.dataset.SaasFixture.text;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

/** Installing lessons/postgresql/datasets/saas.sql: who owns it, what learners see, that it is the same everywhere. */
class SaasDatasetInstallTest {
    private static PostgresServer server;
    private static PracticeRoles roles;
    private static DatasetInstaller installer;
    private static InstalledDataset saas;
    private static Connection reader;

    @BeforeAll
    static void install() throws Exception {
        server = TestPostgres.server();
        roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
        installer = new DatasetInstaller(server, roles);
        saas = SaasFixture.install(server, installer);
        reader = SaasFixture.login(server, roles, saas, Access.READ);
    }

    @AfterAll
    static void close() throws SQLException {
        reader.close();
        installer.close();
    }

    @Test
    void installsAsTheNonSuperuserOwner() throws Exception {
        assertThat(saas.schemas()).containsExactly("public", "saas");
        assertThat(text(reader, "SELECT rolsuper FROM pg_roles WHERE rolname = 'pgdrill_owner'")).isEqualTo("f");
        assertThat(column(reader, "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'saas'")).containsExactly(PracticeRoles.OWNER);
        assertThat(text(reader, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'saas'")).isEqualTo(PracticeRoles.OWNER);
        assertThat(count(reader, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'saas'"))
                .as("the generator's helper functions were temporary").isZero();
    }

    @Test
    void aReaderFindsTheTablesThroughTheSearchPathAndCannotChangeThem() throws Exception {
        assertThat(text(reader, "SHOW search_path")).isEqualTo("saas, public");
        assertThat(count(reader, "SELECT count(*) FROM tasks JOIN projects USING (project_id) WHERE projects.archived_at IS NULL"))
                .isPositive();
        try (Statement s = reader.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM events")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("CREATE INDEX ON tasks (status)")).hasMessageContaining("must be owner");
        }
    }

    @Test
    void tablesHoldTheRowCountsTheHeaderPromises() throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("tenants", 40L);
        expected.put("users", 4_000L);
        expected.put("projects", 1_200L);
        expected.put("tasks", 40_000L);
        expected.put("events", 122_950L);
        expected.put("subscriptions", 92L);
        expected.put("invoices", 921L);
        expected.put("api_requests", 30_000L);
        Map<String, Long> actual = new LinkedHashMap<>();
        for (String table : expected.keySet()) {
            actual.put(table, count(reader, "SELECT count(*) FROM " + table));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(column(reader, "SELECT tableoid::regclass || ' ' || count(*) FROM api_requests GROUP BY tableoid ORDER BY 1"))
                .containsExactly("api_requests_2025_01 5133", "api_requests_2025_02 4636", "api_requests_2025_03 5133",
                        "api_requests_2025_04 4968", "api_requests_2025_05 5133", "api_requests_2025_06 4967", "api_requests_default 30");
    }

    /**
     * Lesson answers depend on every value, so every install must be identical: on PostgreSQL 15 and 18
     * these digests are the same. If you change saas.sql on purpose, put the new digests here and check
     * the exercises that use the dataset (their expected results may have moved).
     */
    @Test
    void everyInstallHoldsTheSameValues() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("tenants tenant_id", "4abd6a3a6ffc5eafe01db383689e2ad1");
        expected.put("users user_id", "b317e68a7a2d099005f65915e2144f61");
        expected.put("projects project_id", "e9648485fd818202e7a3ad1da41be68e");
        expected.put("tasks task_id", "c9b6be84933e1873eb0f17c1826301e4");
        expected.put("events event_id", "f7da8913594a87b56291e3ccf86de037");
        expected.put("subscriptions subscription_id", "8c1ee5d5a8e16bffb3d91f3db59e137f");
        expected.put("invoices invoice_id", "fe9b4fd1c123a68b711663841028ea7d");
        expected.put("api_requests request_id", "ad49211b766b7d363e0131e9d862cc2e");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String tableAndKey : expected.keySet()) {
            String[] parts = tableAndKey.split(" ");
            actual.put(tableAndKey, text(reader, "SELECT md5(string_agg(x::text, E'\\n' ORDER BY x." + parts[1] + ")) FROM saas." + parts[0] + " x"));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void referencesBetweenTenantOwnedRowsCannotCrossTenants() throws Exception {
        assertThat(column(reader, "SELECT c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " WHERE n.nspname = 'saas' AND c.contype = 'f' AND a.attname <> 'tenant_id'"))
                .as("foreign keys whose first column is not tenant_id").isEmpty();
        try (Connection writer = SaasFixture.login(server, roles, saas, Access.WRITE); Statement s = writer.createStatement()) {
            writer.setAutoCommit(false);
            String helioProject = text(writer, "SELECT min(project_id) FROM projects WHERE tenant_id = 4");
            assertThatThrownBy(() -> s.execute("INSERT INTO tasks (tenant_id, project_id, title) VALUES (3, " + helioProject + ", 'x')"))
                    .hasMessageContaining("tasks_project_fkey");
            writer.rollback();
        }
    }

    @Test
    void onlyTheAssigneeForeignKeyIsLeftWithoutAnIndex() throws Exception {
        String unindexed = "SELECT c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = 'saas' AND c.contype = 'f' AND NOT EXISTS ("
                + "   SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indpred IS NULL"
                + "   AND (SELECT array_agg(k.attnum ORDER BY k.ord) FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
                + "        WHERE k.ord <= cardinality(c.conkey)) = c.conkey)";
        assertThat(column(reader, unindexed)).containsExactly("tasks_assignee_fkey");
        assertThat(column(reader, "SELECT c.relname || '.' || a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                + " WHERE c.relname || '.' || a.attname IN ('tasks.status', 'tasks.due_date', 'events.kind', 'users.last_login_at')"))
                .as("columns left for the lessons to index").isEmpty();
    }

    @Test
    void deletingATenantRemovesItsRowsAndDeletingAUserOnlyClearsReferences() throws Exception {
        try (Connection writer = SaasFixture.login(server, roles, saas, Access.WRITE); Statement s = writer.createStatement()) {
            writer.setAutoCommit(false);
            assertThat(s.executeUpdate("DELETE FROM tenants WHERE slug = 'kathmandu-treks'")).isEqualTo(1);
            for (String table : new String[] {"users", "projects", "tasks", "events", "subscriptions", "invoices", "api_requests"}) {
                assertThat(count(writer, "SELECT count(*) FROM " + table + " WHERE tenant_id = 34")).as(table).isZero();
            }
            // a member with tasks, events and reports, who owns no project (an owner cannot be deleted)
            String user = text(writer, "SELECT min(u.user_id) FROM users u WHERE u.tenant_id = 6"
                    + " AND EXISTS (SELECT 1 FROM tasks t WHERE t.assignee_id = u.user_id)"
                    + " AND EXISTS (SELECT 1 FROM users r WHERE r.manager_id = u.user_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.owner_id = u.user_id)");
            long tasksOfTenant = count(writer, "SELECT count(*) FROM tasks WHERE tenant_id = 6");
            assertThat(s.executeUpdate("DELETE FROM users WHERE user_id = " + user)).isEqualTo(1);
            assertThat(count(writer, "SELECT count(*) FROM tasks WHERE tenant_id = 6")).as("tasks keep their tenant").isEqualTo(tasksOfTenant);
            assertThat(count(writer, "SELECT count(*) FROM tasks WHERE assignee_id = " + user)).isZero();
            assertThat(count(writer, "SELECT count(*) FROM users WHERE manager_id = " + user)).isZero();
            writer.rollback();
        }
        assertThat(installer.restoreAfterAttempt(saas)).as("the rolled-back deletes left the dataset as it was").isTrue();
        assertThat(count(reader, "SELECT count(*) FROM users WHERE tenant_id = 34")).isEqualTo(4);
    }
}
