#!/usr/bin/env bash
# Records the EXPLAIN fixtures: run once per server after loading schema.sql into database postgres.
#   record-fixtures.sh PORT DIR     e.g. record-fixtures.sh 5415 pg15
# TEXT outputs are recorded only for plans without ANALYZE (those are deterministic for a given server).
set -euo pipefail
port=$1; out=$(dirname "$0")/$2
q() { psql -X -At -h localhost -p "$port" -U postgres -c "SET search_path = shop, public" -c "$1" | sed 1d; }
record() { # name, options, query, with-text
  q "EXPLAIN ($2, FORMAT JSON) $3" > "$out/$1.json"
  if [ "$4" = text ]; then q "EXPLAIN ($2) $3" > "$out/$1.txt"; fi
}
record index-scan "COSTS" "SELECT * FROM members WHERE id = 42" text
record join-aggregate-verbose "VERBOSE" "SELECT m.name, count(*) FROM members m JOIN orders o ON o.member_id = m.id WHERE m.id < 100 GROUP BY m.name ORDER BY 2 DESC LIMIT 5" text
record bitmap "COSTS" "SELECT * FROM orders WHERE member_id IN (1, 2, 3)" text
record subplan "COSTS" "SELECT m.name, (SELECT max(total) FROM orders o WHERE o.member_id = m.id) FROM members m WHERE m.id < 5" text
record initplan "COSTS" "SELECT * FROM members WHERE score = (SELECT max(score) FROM members)" text
record cte "COSTS" "WITH t AS MATERIALIZED (SELECT member_id, sum(total) s FROM orders GROUP BY member_id) SELECT * FROM t a JOIN t b ON a.member_id = b.member_id + 1 WHERE a.s > 10" text
record grouping-sets "COSTS" "SELECT status, member_id, sum(total) FROM orders GROUP BY ROLLUP (status, member_id)" text
record anti-join "COSTS" "SELECT * FROM members m WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.member_id = m.id) ORDER BY id DESC LIMIT 3" text
record analyze-seq-filter "ANALYZE, BUFFERS" "SELECT * FROM members WHERE score > 98" json
record analyze-never-executed "ANALYZE, TIMING OFF" "SELECT * FROM members m JOIN orders o ON o.member_id = m.id WHERE m.id < 0" json
# ANALYZE of an UPDATE changes rows: run it in a transaction that is rolled back
psql -X -At -h localhost -p "$port" -U postgres -c "SET search_path = shop, public" -c "BEGIN" \
  -c "EXPLAIN (ANALYZE, FORMAT JSON) UPDATE orders SET member_id = member_id + 1 WHERE id < 4" -c "ROLLBACK" | sed -n '3,$p' | sed '$d' > "$out/analyze-update-triggers.json"
