CREATE SCHEMA shop;
CREATE TABLE shop.members (id int PRIMARY KEY, name text NOT NULL, email text UNIQUE, joined date DEFAULT current_date, score numeric(5,2) CHECK (score >= 0));
CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, member_id int NOT NULL REFERENCES shop.members(id), total numeric(10,2) NOT NULL DEFAULT 0, status text COLLATE "C", created timestamptz DEFAULT now(), CONSTRAINT orders_total_check CHECK (total >= 0));
CREATE INDEX orders_member_idx ON shop.orders(member_id);
CREATE INDEX orders_status_idx ON shop.orders(status) WHERE status <> 'done';
INSERT INTO shop.members SELECT g, 'm'||g, 'm'||g||'@x', date '2020-01-01' + g%300, g%100 FROM generate_series(1,10000) g;
INSERT INTO shop.orders(member_id,total,status) SELECT 1+g%10000, g%500, CASE WHEN g%10=0 THEN 'open' ELSE 'done' END FROM generate_series(1,50000) g;
ANALYZE shop.members; ANALYZE shop.orders;
CREATE VIEW shop.big_orders AS SELECT * FROM shop.orders WHERE total > 400;
