package org.pgdrill.practice.meta;

import java.util.List;

/** A small shop with one of everything \d describes: keys, checks, identity, sequences, views, partitions, triggers, routines. */
final class MetaSchema {
    static final List<String> STATEMENTS = List.of(
            "CREATE SCHEMA shop",
            "CREATE SCHEMA hidden",
            "CREATE TABLE shop.members (id int PRIMARY KEY, name text NOT NULL, email text CONSTRAINT members_email_key UNIQUE)",
            "CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "member_id int NOT NULL REFERENCES shop.members (id), total numeric(10,2) NOT NULL DEFAULT 0, "
                    + "status text COLLATE \"C\" DEFAULT 'new', created timestamptz DEFAULT now(), "
                    + "CONSTRAINT orders_total_check CHECK (total >= 0))",
            "CREATE INDEX orders_member_idx ON shop.orders (member_id)",
            "CREATE INDEX orders_status_idx ON shop.orders (status) WHERE status <> 'done'",
            "COMMENT ON TABLE shop.orders IS 'What members bought'",
            "CREATE SEQUENCE shop.order_number_seq START 1000",
            "CREATE TABLE shop.order_notes (order_id bigint REFERENCES shop.orders (id), number bigint DEFAULT nextval('shop.order_number_seq'), note text)",
            "ALTER SEQUENCE shop.order_number_seq OWNED BY shop.order_notes.number",
            "CREATE TABLE shop.\"Weird Name\" (\"Mixed Case\" int)",
            "CREATE VIEW shop.big_orders AS SELECT id, member_id, total FROM shop.orders WHERE total > 400",
            "CREATE MATERIALIZED VIEW shop.order_totals AS SELECT member_id, sum(total) AS total FROM shop.orders GROUP BY member_id",
            "CREATE TABLE shop.events (id int, happened date NOT NULL) PARTITION BY RANGE (happened)",
            "CREATE TABLE shop.events_2024 PARTITION OF shop.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
            "CREATE TABLE shop.events_2025 PARTITION OF shop.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
            "CREATE TABLE hidden.secret_plans (id int)",
            "CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created := now(); RETURN NEW; END $$",
            "CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch()",
            "CREATE FUNCTION shop.member_total(member int) RETURNS numeric LANGUAGE sql STABLE "
                    + "AS 'SELECT sum(total) FROM shop.orders WHERE member_id = member'",
            "CREATE PROCEDURE shop.add_points(member int, points int) LANGUAGE sql AS 'SELECT 1'");

    private MetaSchema() {
    }
}
