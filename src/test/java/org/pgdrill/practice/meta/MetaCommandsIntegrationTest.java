package org.pgdrill.practice.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.testing.ScratchDatabase;

/** Meta-commands on the real PostgreSQL, run as a SELECT-only login inside a READ ONLY transaction. */
class MetaCommandsIntegrationTest {
    static final String READER = "sqltools_meta_reader";
    static ScratchDatabase database;
    private Connection reader;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = ScratchDatabase.create("sqltools_meta");
        database.createLoginRole(READER);
        database.run(MetaSchema.STATEMENTS.toArray(String[]::new));
        database.run("GRANT USAGE ON SCHEMA shop TO " + READER, "GRANT SELECT ON ALL TABLES IN SCHEMA shop TO " + READER,
                "ALTER ROLE " + READER + " SET search_path = shop, public");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @BeforeEach
    void connectAsReader() throws SQLException {
        reader = database.connectAs(READER);
        reader.setAutoCommit(false);
        reader.setReadOnly(true);
    }

    @AfterEach
    void rollBack() throws SQLException {
        reader.rollback();
        reader.close();
    }

    private MetaAnswer run(String command) throws SQLException {
        return MetaCommands.run(reader, MetaCommand.parse(command));
    }

    private static List<String> column(ResultTable table, String name) {
        int index = table.columns().stream().map(c -> c.name()).toList().indexOf(name);
        return table.rows().stream().map(row -> String.valueOf(row.get(index))).toList();
    }

    @Test
    void describeShowsColumnsLikePsqlAndTheFootersALearnerLooksFor() throws SQLException {
        MetaAnswer answer = run("\\d orders");
        assertThat(answer.notFound()).isEmpty();
        MetaResult result = answer.results().get(0);
        assertThat(result.title()).isEqualTo("Table \"shop.orders\"");
        assertThat(result.table().columns()).extracting(c -> c.name()).containsExactly("Column", "Type", "Collation", "Nullable", "Default");
        assertThat(result.table().rows()).containsExactly(
                List.of("id", "bigint", "", "not null", "generated always as identity"),
                List.of("member_id", "integer", "", "not null", ""),
                List.of("total", "numeric(10,2)", "", "not null", "0"),
                List.of("status", "text", "C", "", "'new'::text"),
                List.of("created", "timestamp with time zone", "", "", "now()"));
        assertThat(result.table().footer()).containsSubsequence(
                "Indexes:",
                "    \"orders_pkey\" PRIMARY KEY, btree (id)",
                "    \"orders_status_idx\" btree (status) WHERE status <> 'done'::text",
                "Check constraints:",
                "    \"orders_total_check\" CHECK (total >= 0::numeric)",
                "Foreign-key constraints:",
                "    \"orders_member_id_fkey\" FOREIGN KEY (member_id) REFERENCES members(id)",
                "Referenced by:",
                "    TABLE \"order_notes\" CONSTRAINT \"order_notes_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id)",
                "Triggers:",
                "    orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()");
    }

    @Test
    void uniqueConstraintsSequencesAndIndexesAreDescribed() throws SQLException {
        assertThat(run("\\d members").results().get(0).table().footer()).contains("    \"members_email_key\" UNIQUE CONSTRAINT, btree (email)");
        MetaResult sequence = run("\\d order_number_seq").results().get(0);
        assertThat(sequence.title()).isEqualTo("Sequence \"shop.order_number_seq\"");
        assertThat(sequence.table().rows()).containsExactly(List.of("bigint", 1000L, 1L, 9223372036854775807L, 1L, "no", 1L));
        assertThat(sequence.table().footer()).containsExactly("Owned by: shop.order_notes.number");
        assertThat(run("\\d orders_id_seq").results().get(0).table().footer()).containsExactly("Sequence for identity column: shop.orders.id");
        MetaResult index = run("\\d orders_status_idx").results().get(0);
        assertThat(index.title()).isEqualTo("Index \"shop.orders_status_idx\"");
        assertThat(index.table().rows()).containsExactly(List.of("status", "text", "yes", "status"));
        assertThat(index.table().footer()).containsExactly("btree, for table \"shop.orders\", predicate (status <> 'done'::text)");
    }

    @Test
    void viewsShowTheirDefinition() throws SQLException {
        MetaResult view = run("\\d big_orders").results().get(0);
        assertThat(view.title()).isEqualTo("View \"shop.big_orders\"");
        assertThat(column(view.table(), "Column")).containsExactly("id", "member_id", "total");
        assertThat(view.table().footer().get(0)).isEqualTo("View definition:");
        // PostgreSQL 15 qualifies the column (orders.total), 16 and later do not
        assertThat(String.join("\n", view.table().footer())).containsPattern("WHERE (orders\\.)?total > 400::numeric;");
    }

    @Test
    void partitionedTablesShowTheirKeyAndPartitions() throws SQLException {
        assertThat(run("\\d events").results().get(0).table().footer())
                .containsExactly("Partition key: RANGE (happened)", "Number of partitions: 2 (Use \\d+ to list them.)");
        assertThat(run("\\d+ events").results().get(0).table().footer()).containsExactly("Partition key: RANGE (happened)",
                "Partitions: events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01'),",
                "            events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
        assertThat(run("\\d events_2024").results().get(0).table().footer())
                .containsExactly("Partition of: events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    }

    @Test
    void listsFollowTheSearchPathAndHideSystemSchemas() throws SQLException {
        MetaResult tables = run("\\dt").results().get(0);
        assertThat(tables.title()).isEqualTo("List of relations");
        assertThat(column(tables.table(), "Name")).containsExactly("Weird Name", "events", "events_2024", "events_2025", "members",
                "order_notes", "orders");
        assertThat(column(tables.table(), "Type")).contains("partitioned table", "table");
        assertThat(column(run("\\dt hidden.*").results().get(0).table(), "Name")).containsExactly("secret_plans");
        assertThat(column(run("\\dtS pg_class").results().get(0).table(), "Schema")).containsExactly("pg_catalog");
        assertThat(column(run("\\d").results().get(0).table(), "Name")).contains("big_orders", "order_totals", "order_number_seq", "orders")
                .doesNotContain("orders_pkey", "secret_plans");
        assertThat(column(run("\\di").results().get(0).table(), "Table")).contains("orders", "members");
        assertThat(column(run("\\dv").results().get(0).table(), "Name")).containsExactly("big_orders");
        assertThat(column(run("\\dm").results().get(0).table(), "Name")).containsExactly("order_totals");
        assertThat(column(run("\\ds").results().get(0).table(), "Name")).containsExactly("order_number_seq", "orders_id_seq");
    }

    @Test
    void patternsMatchLikePsql() throws SQLException {
        assertThat(column(run("\\dt ord*").results().get(0).table(), "Name")).containsExactly("order_notes", "orders");
        assertThat(column(run("\\dt ORDERS").results().get(0).table(), "Name")).containsExactly("orders");
        assertThat(column(run("\\dt \"Weird Name\"").results().get(0).table(), "Name")).containsExactly("Weird Name");
        assertThat(column(run("\\dt shop.event?_202?").results().get(0).table(), "Name")).containsExactly("events_2024", "events_2025");
        assertThat(run("\\d \"weird name\"").notFound()).contains("Did not find any relation named \"\"weird name\"\".");
    }

    @Test
    void verboseListsAddSizeAndDescription() throws SQLException {
        ResultTable table = run("\\dt+ orders").results().get(0).table();
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("Schema", "Name", "Type", "Owner", "Persistence",
                "Access method", "Size", "Description");
        assertThat(column(table, "Description")).containsExactly("What members bought");
        assertThat(column(table, "Size")).singleElement().asString().matches("\\d+ (bytes|kB)");
        assertThat(run("\\d+ orders").results().get(0).table().columns()).extracting(c -> c.name())
                .contains("Storage", "Stats target", "Description");
    }

    @Test
    void schemasAndFunctions() throws SQLException {
        assertThat(column(run("\\dn").results().get(0).table(), "Name")).containsExactly("hidden", "public", "shop");
        assertThat(column(run("\\dnS").results().get(0).table(), "Name")).contains("pg_catalog", "information_schema");
        ResultTable functions = run("\\df").results().get(0).table();
        assertThat(functions.rows()).containsExactly(
                List.of("shop", "add_points", "", "IN member integer, IN points integer", "proc"),
                List.of("shop", "member_total", "numeric", "member integer", "func"),
                List.of("shop", "touch", "trigger", "", "func"));
        assertThat(column(run("\\df+ member_total").results().get(0).table(), "Volatility")).containsExactly("stable");
    }

    @Test
    void nothingFoundGivesPsqlsMessage() throws SQLException {
        assertThat(run("\\d nope").notFound()).contains("Did not find any relation named \"nope\".");
        assertThat(run("\\d nope").results()).isEmpty();
        assertThat(run("\\dt nope*").notFound()).contains("Did not find any tables named \"nope*\".");
        assertThat(run("\\dti nope").notFound()).contains("Did not find any relations named \"nope\".");
        assertThat(run("\\df nope").notFound()).contains("Did not find any functions named \"nope\".");
        assertThat(run("\\dn nope").notFound()).contains("Did not find any schemas named \"nope\".");
    }

    @Test
    void aPatternTheServerCannotReadSaysHowToWriteIt() {
        assertThatThrownBy(() -> run("\\dt ord(")).isInstanceOf(MetaCommandException.class).hasMessageStartingWith("The pattern is not valid: ")
                .hasMessageEndingWith("Use * for any text and ? for one character, or put a name with special characters in double quotes.");
        assertThatThrownBy(() -> run("\\d otherdb.shop.orders")).isInstanceOf(MetaCommandException.class)
                .hasMessage("cross-database references are not implemented: otherdb.shop.orders");
    }

    @Test
    void aFailedMetaCommandLeavesTheLearnersTransactionUsable() throws SQLException {
        assertThatThrownBy(() -> run("\\dt ord(")).isInstanceOf(MetaCommandException.class);
        try (var statement = reader.createStatement(); var rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            assertThat(rows.next()).isTrue();
        }
    }

    @Test
    void helpListsTheSupportedCommands() throws SQLException {
        MetaResult help = run("\\?").results().get(0);
        assertThat(column(help.table(), "Command")).contains("\\d [PATTERN]", "\\dt [PATTERN]", "\\df [PATTERN]", "\\?");
    }
}
