package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.testing.DatasetDatabase;

/**
 * The shop dataset the whole PostgreSQL track reuses, installed on a real PostgreSQL as a non-superuser
 * owner: its size, its constraints, and the facts the lessons quote about it.
 */
class ShopDatasetTest {
    static final Path SCRIPT = Path.of("lessons/postgresql/datasets/shop.sql");
    private static DatasetDatabase shop;

    @BeforeAll
    static void install() throws Exception {
        shop = DatasetDatabase.install(SCRIPT, List.of("shop"));
        System.out.println("shop.sql installed in " + shop.installMillis() + " ms");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (shop != null) {
            shop.close();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = shop.asLearner(List.of("shop")); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void itHasTheSizeTheLessonsDescribe() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("categories", "products", "customers", "addresses", "orders", "order_items", "payments")) {
            counts.put(table, count("SELECT count(*) FROM shop." + table));
        }
        assertThat(counts).containsExactly(Map.entry("categories", 24L), Map.entry("products", 500L), Map.entry("customers", 2000L),
                Map.entry("addresses", 2500L), Map.entry("orders", 20000L), Map.entry("order_items", 59874L),
                Map.entry("payments", 19195L));
    }

    @Test
    void theFactsQuotedInTheLessonsAreTrue() throws SQLException {
        assertThat(count("SELECT count(*) FROM customers WHERE phone IS NULL")).as("customers without phone").isEqualTo(400);
        assertThat(count("SELECT count(*) FROM products WHERE price = 3.99")).as("products at 3.99").isEqualTo(7);
        assertThat(count("SELECT count(*) FROM (SELECT 1 FROM products ORDER BY price LIMIT 10) AS t")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM (SELECT price FROM products ORDER BY price, product_id LIMIT 10) AS t"
                + " WHERE price = 3.99")).as("3.99 products among the ten cheapest").isEqualTo(5);
        assertThat(count("SELECT count(*) FROM products WHERE name LIKE '%100%%' AND name NOT LIKE '%100\\%%'"))
                .as("names with 100 but not 100%").isPositive();
        assertThat(count("SELECT count(*) FROM orders WHERE order_id = 15000"
                + " AND ordered_at = timestamptz '2025-02-27 18:22:32+00'")).as("the keyset cursor row").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM (SELECT birth_date FROM customers ORDER BY birth_date DESC LIMIT 3) AS t"
                + " WHERE birth_date IS NULL")).as("NULL birth dates sort first descending").isEqualTo(3);
        assertThat(count("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT FROM orders o WHERE o.customer_id = c.customer_id)"))
                .as("customers who never ordered, for outer-join lessons").isGreaterThanOrEqualTo(150);
    }

    @Test
    void everyTableHasAPrimaryKeyAndTheForeignKeysAndChecksAreInPlace() throws SQLException {
        assertThat(count("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = 'shop' AND c.contype = 'p'")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = 'shop' AND c.contype = 'f' AND c.convalidated")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = 'shop' AND c.contype = 'c'")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void theConstraintsRefuseBadRows() throws SQLException {
        try (Connection connection = shop.asLearner(List.of("shop"))) {
            connection.setAutoCommit(false);
            assertViolation(connection, "INSERT INTO orders (customer_id, shipping_address_id, status, ordered_at)"
                    + " VALUES (424242, 1, 'paid', now())", "23503");
            assertViolation(connection, "INSERT INTO orders (customer_id, shipping_address_id, status, ordered_at)"
                    + " VALUES (1, 2, 'paid', now())", "23503"); // address 2 belongs to customer 2
            assertViolation(connection, "UPDATE products SET price = -1 WHERE product_id = 1", "23514");
            assertViolation(connection, "UPDATE orders SET status = 'lost' WHERE order_id = 1", "23514");
            assertViolation(connection, "UPDATE customers SET email = (SELECT email FROM customers WHERE customer_id = 2)"
                    + " WHERE customer_id = 1", "23505");
            connection.rollback();
        }
    }

    private static void assertViolation(Connection connection, String sql, String sqlState) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT attempt");
            assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(sqlState);
            statement.execute("ROLLBACK TO SAVEPOINT attempt");
        }
    }

    @Test
    void newRowsGetIdsAfterTheGeneratedOnes() throws SQLException {
        try (Connection connection = shop.asLearner(List.of("shop")); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (ResultSet rows = statement.executeQuery("INSERT INTO customers (email, first_name, last_name, country_code,"
                    + " signed_up_at) VALUES ('new@example.org', 'New', 'Customer', 'DE', now()) RETURNING customer_id")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2001);
            }
            connection.rollback();
        }
    }

    @Test
    void theHelperFunctionIsGoneAndTheDataIsTheSameOnEveryInstall() throws Exception {
        assertThat(count("SELECT count(*) FROM pg_proc WHERE proname = 'mix'")).isZero();
        try (DatasetDatabase second = DatasetDatabase.install(SCRIPT, List.of("shop"))) {
            assertThat(checksums(second)).isEqualTo(checksums(shop));
        }
    }

    private static List<String> checksums(DatasetDatabase database) throws SQLException {
        List<String> sums = new ArrayList<>();
        try (Connection connection = database.asOwner(); Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            for (String table : List.of("categories", "products", "customers", "addresses", "orders", "order_items", "payments")) {
                try (ResultSet rows = statement.executeQuery("SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM shop." + table + " AS t")) {
                    rows.next();
                    sums.add(table + " " + rows.getString(1));
                }
            }
        }
        return sums;
    }
}
