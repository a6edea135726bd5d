package org.pgdrill.practice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;

/** Random scripts assembled from tricky single statements must split back into exactly those statements. */
class SqlSplitterPropertyTest {
    private static final List<String> STATEMENTS = List.of(
            "SELECT 1",
            "SELECT 'a;b', 'it''s'",
            "SELECT E'it\\'s; \\\\', e'\\n;'",
            "SELECT U&'d\\0061t;a' UESCAPE '\\', B'1;0', X'A;F'",
            "SELECT $$;$$, $tag$ $$ ; $tag$",
            "SELECT \"we;ird\"\"name\" FROM \"T\"",
            "SELECT 1 /* a; /* nested; */ b; */ + 2",
            "SELECT 1 -- trailing; words\n + 2",
            "PREPARE q(int) AS SELECT $1 + price$ FROM t",
            "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT x; SELECT CASE WHEN x > 0 THEN 1 END; END",
            "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END",
            "DO $do$ BEGIN PERFORM 1; END $do$",
            "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
            "SELECT 'x' || 'y;' AS \"a;b\", 2 * (3 + 4)",
            "SELECT '😀;', 'Straße', 'עברית;'");
    private static final List<String> META_COMMANDS = List.of("\\d orders", "\\dt+ shop.*", "\\d \"Weird;Name\"");
    private static final List<String> TERMINATORS = List.of(";", ";\n", " ;\n\n", "; -- done; really\n", "; /* c; */ ", ";;", "; ;\n");
    private static final List<String> LEADS = List.of("", "-- lead; in\n", "/* lead; */ ", "\n\t", "/* a /* b */ c */\n");

    @Test
    void randomScriptsSplitBackIntoTheirStatements() {
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            List<String> expected = new ArrayList<>();
            StringBuilder script = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(6) == 0) {
                    String meta = pick(random, META_COMMANDS);
                    script.append('\n').append(meta).append('\n');
                    expected.add(meta);
                    continue;
                }
                String statement = pick(random, STATEMENTS);
                script.append(pick(random, LEADS)).append(statement);
                expected.add(statement);
                boolean last = i == count - 1;
                script.append(last && random.nextBoolean() ? "" : pick(random, TERMINATORS));
            }
            SplitResult result = SqlSplitter.split(script.toString());
            assertThat(result.problems()).as("seed %d: %s", seed, script).isEmpty();
            assertThat(result.statements()).extracting(SqlStatement::text).as("seed %d: %s", seed, script)
                    .containsExactlyElementsOf(expected);
            for (SqlStatement statement : result.statements()) {
                assertThat(script.substring(statement.startOffset(), statement.endOffset())).isEqualTo(statement.text());
            }
        }
    }

    /**
     * PgJDBC's own splitter is an independent oracle for scripts without psql meta-commands and without
     * {@code BEGIN ATOMIC} bodies (after one of those, PgJDBC stops splitting for the rest of the text).
     */
    @Test
    void theDriverCountsTheSameStatements() throws SQLException {
        List<String> withoutAtomicBodies = STATEMENTS.stream().filter(statement -> !statement.contains("ATOMIC")).toList();
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            StringBuilder script = new StringBuilder();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                script.append(pick(random, LEADS)).append(pick(random, withoutAtomicBodies)).append(pick(random, TERMINATORS));
            }
            List<NativeQuery> driver = Parser.parseJdbcSql(script.toString(), true, false, true, false, false);
            long driverStatements = driver.stream().filter(query -> !query.nativeSql.isBlank() && !onlyComments(query.nativeSql)).count();
            assertThat(SqlSplitter.split(script.toString()).statements()).as("seed %d: %s", seed, script).hasSize((int) driverStatements);
        }
    }

    private static boolean onlyComments(String sql) {
        return SqlLexer.tokenize(sql).stream().allMatch(token -> token.kind().isComment() || token.isPunctuation(';'));
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
