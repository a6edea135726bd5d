package org.pgdrill.practice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementGuardTest {
    private static final String ROLLED_BACK = " is not allowed here: every attempt runs in one transaction that pgdrill rolls back; "
            + "write the statements without BEGIN/COMMIT.";
    private static final String ROLE = " is not allowed here: your SQL runs as pgdrill's practice role and may not switch to "
            + "another role. Remove this statement.";
    private static final String LIMIT_TAIL = " itself to keep every attempt safe. Remove this statement; settings such as work_mem, "
            + "enable_seqscan or search_path are fine.";
    private static final String SETUP = " is not allowed here: roles, databases, tablespaces, extensions and server settings "
            + "belong to pgdrill's setup, not to an exercise. Remove this statement.";

    private final StatementGuard guard = new StatementGuard(GuardLimits.DEFAULT);

    private List<String> refusals(String script) {
        ScriptCheck check = guard.checkScript(script);
        assertThat(check.ok()).as("refused: %s", script).isFalse();
        assertThat(check.allowed()).isEmpty();
        return check.refusals().stream().map(GuardVerdict.Refused::message).toList();
    }

    private ScriptCheck allowed(String script) {
        ScriptCheck check = guard.checkScript(script);
        assertThat(check.refusals()).as("allowed: %s", script).isEmpty();
        assertThat(check.ok()).isTrue();
        return check;
    }

    @Test
    void commitInTheMiddleOfAScriptIsRefusedAndNothingRuns() {
        ScriptCheck check = guard.checkScript("SELECT 1; COMMIT; DELETE FROM t");
        assertThat(check.allowed()).isEmpty();
        assertThat(check.refusals()).extracting(GuardVerdict.Refused::describe)
                .containsExactly("line 1, column 11: COMMIT" + ROLLED_BACK);
    }

    @Test
    void everyTransactionControlStatementIsRefused() {
        assertThat(refusals("BEGIN")).containsExactly("BEGIN" + ROLLED_BACK);
        assertThat(refusals("begin transaction isolation level serializable")).containsExactly("BEGIN" + ROLLED_BACK);
        assertThat(refusals("START TRANSACTION READ WRITE")).containsExactly("START TRANSACTION" + ROLLED_BACK);
        assertThat(refusals("COMMIT AND CHAIN")).containsExactly("COMMIT" + ROLLED_BACK);
        assertThat(refusals("END")).containsExactly("END" + ROLLED_BACK);
        assertThat(refusals("ROLLBACK; DELETE FROM t")).containsExactly("ROLLBACK" + ROLLED_BACK);
        assertThat(refusals("ABORT")).containsExactly("ABORT" + ROLLED_BACK);
        assertThat(refusals("SAVEPOINT s")).containsExactly("SAVEPOINT" + ROLLED_BACK);
        assertThat(refusals("RELEASE SAVEPOINT s")).containsExactly("RELEASE SAVEPOINT" + ROLLED_BACK);
        assertThat(refusals("RELEASE s")).containsExactly("RELEASE" + ROLLED_BACK);
        assertThat(refusals("ROLLBACK TO SAVEPOINT s")).containsExactly("ROLLBACK TO SAVEPOINT" + ROLLED_BACK);
        assertThat(refusals("PREPARE TRANSACTION 'x'")).containsExactly("PREPARE TRANSACTION" + ROLLED_BACK);
        assertThat(refusals("COMMIT PREPARED 'x'")).containsExactly("COMMIT PREPARED" + ROLLED_BACK);
        assertThat(refusals("ROLLBACK PREPARED 'x'")).containsExactly("ROLLBACK PREPARED" + ROLLED_BACK);
    }

    @Test
    void changingTheTransactionModeIsRefused() {
        String message = "SET TRANSACTION is not allowed here: pgdrill chooses the transaction's mode itself, and every attempt runs in "
                + "one transaction that pgdrill rolls back. Remove this statement.";
        assertThat(refusals("SET TRANSACTION READ WRITE")).containsExactly(message);
        assertThat(refusals("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")).containsExactly(message);
    }

    @Test
    void switchingRolesIsRefusedInEveryForm() {
        assertThat(refusals("SET ROLE postgres")).containsExactly("SET ROLE" + ROLE);
        assertThat(refusals("SET LOCAL ROLE postgres")).containsExactly("SET ROLE" + ROLE);
        assertThat(refusals("set session role postgres")).containsExactly("SET ROLE" + ROLE);
        assertThat(refusals("RESET ROLE")).containsExactly("RESET ROLE" + ROLE);
        assertThat(refusals("SET SESSION AUTHORIZATION postgres")).containsExactly("SET SESSION AUTHORIZATION" + ROLE);
        assertThat(refusals("SET LOCAL SESSION AUTHORIZATION DEFAULT")).containsExactly("SET SESSION AUTHORIZATION" + ROLE);
        assertThat(refusals("RESET SESSION AUTHORIZATION")).containsExactly("RESET SESSION AUTHORIZATION" + ROLE);
        assertThat(refusals("SET role = 'postgres'")).containsExactly("SET ROLE" + ROLE);
        assertThat(refusals("SET \"session_authorization\" TO postgres")).containsExactly("SET session_authorization" + ROLE);
        assertThat(refusals("SELECT set_config('role', 'postgres', false)")).containsExactly("set_config('role', …)" + ROLE);
    }

    @Test
    void liftingTimeoutsIsRefusedInEveryForm() {
        String timeout = "SET statement_timeout is not allowed here: pgdrill sets statement_timeout" + LIMIT_TAIL;
        assertThat(refusals("SET statement_timeout = 0")).containsExactly(timeout);
        assertThat(refusals("SET LOCAL statement_timeout TO 0")).containsExactly(timeout);
        assertThat(refusals("set session STATEMENT_TIMEOUT = '1h'")).containsExactly(timeout);
        assertThat(refusals("SET \"statement_timeout\" = 0")).containsExactly(timeout);
        assertThat(refusals("RESET statement_timeout"))
                .containsExactly("RESET statement_timeout is not allowed here: pgdrill sets statement_timeout" + LIMIT_TAIL);
        assertThat(refusals("SET lock_timeout = 0"))
                .containsExactly("SET lock_timeout is not allowed here: pgdrill sets lock_timeout" + LIMIT_TAIL);
        assertThat(refusals("SET idle_in_transaction_session_timeout = 0")).containsExactly(
                "SET idle_in_transaction_session_timeout is not allowed here: pgdrill sets idle_in_transaction_session_timeout" + LIMIT_TAIL);
        assertThat(refusals("SELECT pg_catalog.set_config('statement_timeout', '0', false)")).containsExactly(
                "set_config('statement_timeout', …) is not allowed here: pgdrill sets statement_timeout" + LIMIT_TAIL);
    }

    @Test
    void undoingReadOnlyIsRefused() {
        String tail = " is not allowed here: pgdrill chooses the transaction's mode itself, and every attempt runs in one transaction "
                + "that pgdrill rolls back. Remove this statement; settings such as work_mem, enable_seqscan or search_path are fine.";
        assertThat(refusals("SET transaction_read_only = off")).containsExactly("SET transaction_read_only" + tail);
        assertThat(refusals("SET default_transaction_read_only = off")).containsExactly("SET default_transaction_read_only" + tail);
    }

    @Test
    void switchingOffTriggersAndChangingQuotingRulesIsRefused() {
        assertThat(refusals("SET session_replication_role = replica")).containsExactly("SET session_replication_role is not allowed "
                + "here: session_replication_role would switch off triggers and foreign keys that the exercise relies on. Remove this "
                + "statement; settings such as work_mem, enable_seqscan or search_path are fine.");
        assertThat(refusals("SELECT set_config('standard_conforming_strings', 'off', false)")).containsExactly(
                "set_config('standard_conforming_strings', …) is not allowed here: pgdrill reads your text with "
                        + "standard_conforming_strings on to split it safely. Remove this statement; settings such as work_mem, "
                        + "enable_seqscan or search_path are fine.");
    }

    @Test
    void setConfigWithAComputedNameIsRefusedButALiteralHarmlessNameIsAllowed() {
        assertThat(refusals("SELECT set_config('statement' || '_timeout', '0', false)")).containsExactly(
                "set_config(…) with a computed setting name is not allowed here: pgdrill cannot tell which setting it would change. "
                        + "Write the name as a literal, e.g. set_config('app.user_id', '42', true).");
        allowed("SELECT set_config('app.tenant_id', '7', true)");
    }

    @Test
    void resetAllAndDiscardAreRefused() {
        assertThat(refusals("RESET ALL")).containsExactly("RESET ALL is not allowed here: it would undo the limits pgdrill sets for "
                + "every attempt. Reset single settings instead, e.g. RESET work_mem.");
        assertThat(refusals("DISCARD ALL")).containsExactly(
                "DISCARD is not allowed here: pgdrill cleans the session itself after every attempt. Remove this statement.");
    }

    @Test
    void tuningSettingsStayAllowed() {
        allowed("SET work_mem = '64MB'; SET enable_seqscan = off; SET LOCAL enable_hashjoin TO false; "
                + "SET search_path = shop, public; RESET work_mem; SET app.user_id = '42'; SHOW statement_timeout; "
                + "SET CONSTRAINTS ALL DEFERRED; SET TIME ZONE 'UTC'");
    }

    @Test
    void serverAdministrationIsRefused() {
        assertThat(refusals("ALTER ROLE learner SET statement_timeout = 0")).containsExactly("ALTER ROLE" + SETUP);
        assertThat(refusals("ALTER USER learner PASSWORD 'x'")).containsExactly("ALTER USER" + SETUP);
        assertThat(refusals("ALTER GROUP g ADD USER u")).containsExactly("ALTER GROUP" + SETUP);
        assertThat(refusals("ALTER SYSTEM SET work_mem = '1GB'")).containsExactly("ALTER SYSTEM" + SETUP);
        assertThat(refusals("CREATE ROLE admin SUPERUSER")).containsExactly("CREATE ROLE" + SETUP);
        assertThat(refusals("CREATE USER u")).containsExactly("CREATE USER" + SETUP);
        assertThat(refusals("DROP ROLE learner")).containsExactly("DROP ROLE" + SETUP);
        String database = " is not supported here: it cannot run inside the transaction that wraps every attempt. Every exercise "
                + "already has its own database; databases and tablespaces belong to pgdrill's setup.";
        assertThat(refusals("CREATE DATABASE copy TEMPLATE shop")).containsExactly("CREATE DATABASE" + database);
        assertThat(refusals("DROP DATABASE shop")).containsExactly("DROP DATABASE" + database);
        assertThat(refusals("CREATE TABLESPACE t LOCATION '/tmp'")).containsExactly("CREATE TABLESPACE" + database);
        assertThat(refusals("DROP TABLESPACE t")).containsExactly("DROP TABLESPACE" + database);
        assertThat(refusals("ALTER DATABASE shop SET statement_timeout = 0")).containsExactly("ALTER DATABASE" + SETUP);
        assertThat(refusals("CREATE EXTENSION dblink")).containsExactly("CREATE EXTENSION" + SETUP);
        assertThat(refusals("DROP EXTENSION pg_trgm")).containsExactly("DROP EXTENSION" + SETUP);
        assertThat(refusals("CREATE USER MAPPING FOR learner SERVER s")).containsExactly("CREATE USER MAPPING" + SETUP);
        assertThat(refusals("CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw")).containsExactly("CREATE SERVER" + SETUP);
        assertThat(refusals("DROP OWNED BY learner")).containsExactly("DROP OWNED" + SETUP);
        assertThat(refusals("REASSIGN OWNED BY a TO b")).containsExactly("REASSIGN OWNED" + SETUP);
        assertThat(refusals("LOAD 'auto_explain'")).containsExactly(
                "LOAD is not allowed here: loading server libraries is not part of any exercise. Remove this statement.");
    }

    @Test
    void maintenanceCommandsAreNotSupported() {
        assertThat(refusals("VACUUM FULL orders")).containsExactly("VACUUM is not supported here: it cannot run inside the transaction "
                + "that wraps every attempt. Use ANALYZE to refresh statistics, or try VACUUM in psql on your own database.");
        assertThat(refusals("CLUSTER orders USING orders_pkey")).containsExactly("CLUSTER is not supported here: it rewrites whole "
                + "tables, which is maintenance rather than an exercise. Try it in psql on your own database.");
        assertThat(refusals("CHECKPOINT")).containsExactly(
                "CHECKPOINT is not supported here: it acts on the whole server, not on the exercise's data.");
        String concurrently = " is not supported here: it cannot run inside the transaction that wraps every attempt. "
                + "Leave out CONCURRENTLY; the result is the same.";
        assertThat(refusals("CREATE INDEX CONCURRENTLY i ON t (a)")).containsExactly("CREATE INDEX CONCURRENTLY" + concurrently);
        assertThat(refusals("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)")).containsExactly("CREATE INDEX CONCURRENTLY" + concurrently);
        assertThat(refusals("DROP INDEX CONCURRENTLY i")).containsExactly("DROP INDEX CONCURRENTLY" + concurrently);
        assertThat(refusals("REINDEX (VERBOSE) TABLE CONCURRENTLY t")).containsExactly("REINDEX … CONCURRENTLY" + concurrently);
        assertThat(refusals("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY")).containsExactly("DETACH PARTITION … CONCURRENTLY" + concurrently);
        allowed("CREATE INDEX i ON t (a); REINDEX INDEX i; ANALYZE t; DROP INDEX i");
    }

    @Test
    void everyCopyIsRefusedWithWhatToWriteInstead() {
        assertThat(refusals("COPY orders TO STDOUT")).containsExactly("COPY … TO STDOUT is not supported here: the sandbox shows the "
                + "results of queries; write the SELECT instead.");
        assertThat(refusals("COPY (SELECT * FROM orders WHERE id IN (SELECT 1 FROM t)) TO STDOUT WITH (FORMAT csv)")).containsExactly(
                "COPY … TO STDOUT is not supported here: the sandbox shows the results of queries; write the SELECT instead.");
        assertThat(refusals("COPY orders FROM STDIN")).containsExactly("COPY … FROM STDIN is not supported here: the sandbox has no "
                + "input stream; use INSERT … VALUES instead.");
        assertThat(refusals("COPY orders FROM '/etc/passwd'")).containsExactly("COPY … FROM a file is not supported here: exercises "
                + "never reach the server's files or programs; use SELECT to read rows and INSERT to add them.");
        assertThat(refusals("COPY orders TO PROGRAM 'rm -rf /'")).containsExactly("COPY … TO a program is not supported here: exercises "
                + "never reach the server's files or programs; use SELECT to read rows and INSERT to add them.");
    }

    @Test
    void notificationsAreNotSupported() {
        String tail = " is not supported here: notifications are delivered only when a transaction commits, and pgdrill never commits an attempt.";
        assertThat(refusals("LISTEN orders")).containsExactly("LISTEN" + tail);
        assertThat(refusals("NOTIFY orders, 'x'")).containsExactly("NOTIFY" + tail);
        assertThat(refusals("UNLISTEN *")).containsExactly("UNLISTEN" + tail);
    }

    @Test
    void dangerousMetaCommandsAreRefusedAndDescribeCommandsAllowed() {
        assertThat(refusals("\\copy orders to '/tmp/x'"))
                .containsExactly("\\copy is not available here; use SELECT in the sandbox to see rows, and INSERT to add them.");
        assertThat(refusals("\\! rm -rf /")).containsExactly("\\! is not available here: pgdrill never runs shell commands.");
        assertThat(refusals("\\i /etc/passwd"))
                .containsExactly("\\i is not available here: pgdrill does not read files; paste the SQL into the editor instead.");
        assertThat(refusals("\\o /tmp/out")).containsExactly("\\o is not available here: results always appear in the sandbox.");
        assertThat(refusals("\\set x 1"))
                .containsExactly("\\set is not available here: psql variables are not supported; write the values into your SQL.");
        assertThat(refusals("\\c postgres")).containsExactly("\\c is not available here: every attempt runs on the exercise's own database.");
        ScriptCheck check = allowed("\\d orders\n\\dt+\nSELECT 1");
        assertThat(check.allowed()).extracting(allowed -> allowed.classification().category())
                .containsExactly(StatementCategory.META, StatementCategory.META, StatementCategory.QUERY);
    }

    @Test
    void aRefusalOnAPsqlSeparatorKeepsTheSmuggledStatementFromRunning() {
        assertThat(refusals("SELECT 1 \\; COMMIT")).hasSize(1).allMatch(message -> message.startsWith("\\; is not available here."));
    }

    @Test
    void refusalsNameTheLineAndColumnOfTheirStatement() {
        ScriptCheck check = guard.checkScript("SELECT 1;\n\n   SET ROLE postgres;\nSELECT 2;\n  COMMIT");
        assertThat(check.refusals()).extracting(GuardVerdict.Refused::position)
                .containsExactly(new TextPosition(3, 4), new TextPosition(5, 3));
    }

    @Test
    void commentOnlyInputIsNothingToRun() {
        assertThat(refusals("-- TODO: write the query\n/* later */")).containsExactly(SplitResult.NOTHING_TO_RUN);
        assertThat(refusals("")).containsExactly(SplitResult.NOTHING_TO_RUN);
        assertThat(refusals(";;")).containsExactly(SplitResult.NOTHING_TO_RUN);
    }

    @Test
    void unterminatedTextRefusesTheWholeScriptAtItsPosition() {
        ScriptCheck check = guard.checkScript("SELECT 1;\nSELECT $x$ ; COMMIT");
        assertThat(check.refusals()).extracting(GuardVerdict.Refused::describe).containsExactly(
                "line 2, column 8: Unterminated dollar-quoted string that starts at line 2, column 8: close it with $x$.");
    }

    @Test
    void aOneMegabyteSubmissionIsRefusedBeforeItIsSplit() {
        String script = "SELECT '" + "x".repeat(1024 * 1024 - 10) + "';";
        assertThat(refusals(script)).containsExactly(
                "1.0 MiB is too long for one attempt (limit 64 KiB). Shorten the text or split the work into several attempts.");
    }

    @Test
    void theSizeLimitCountsUtf8Bytes() {
        StatementGuard small = new StatementGuard(new GuardLimits(10, 100));
        assertThat(small.checkScript("SELECT 'ab'").ok()).isFalse(); // 11 bytes
        assertThat(small.checkScript("SELECT 'é'").refusals()).extracting(GuardVerdict.Refused::message)
                .containsExactly("11 bytes is too long for one attempt (limit 10 bytes). Shorten the text or split the work into several attempts.");
        assertThat(small.checkScript("SELECT 'a'").ok()).isTrue();
    }

    @Test
    void tooManyStatementsAreRefusedAtTheFirstOneOverTheLimit() {
        String script = "SELECT 1;\n".repeat(101);
        ScriptCheck check = guard.checkScript(script);
        assertThat(check.refusals()).extracting(GuardVerdict.Refused::describe).containsExactly(
                "line 101, column 1: This attempt has 101 statements; pgdrill runs at most 100 in one attempt. Split the work into several attempts.");
        assertThat(guard.checkScript("SELECT 1;\n".repeat(100)).ok()).isTrue();
    }

    @Test
    void aStatementTheDriverWouldSplitDifferentlyIsRefused() {
        // With standard_conforming_strings switched off (set_config inside a function), PgJDBC would read 'a\' ' as one
        // string and send the COMMIT on its own. pgdrill reads two strings and one statement; the double check catches it.
        assertThat(refusals("SELECT 'a\\' '; COMMIT; --'")).containsExactly("pgdrill could not split this safely: PostgreSQL's "
                + "driver reads it as 2 statements. End each statement with a semicolon outside quotes and comments, and avoid "
                + "backslashes in plain '…' strings.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM orders WHERE note = 'BEGIN; COMMIT'",
            "SELECT $$ROLLBACK$$",
            "-- COMMIT\nSELECT 1",
            "SELECT \"commit\" FROM t",
            "DO $$ BEGIN PERFORM pg_sleep(0); END $$",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
            "WITH d AS (DELETE FROM t RETURNING *) SELECT count(*) FROM d",
            "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders",
            "PREPARE q AS SELECT 1; EXECUTE q; DEALLOCATE q",
            "LOCK TABLE orders IN SHARE MODE",
            "SELECT E'it\\'s', U&'d\\0061t'",
            "CREATE INDEX ON orders (member_id)",
            "ALTER TABLE orders SET (fillfactor = 90)",
            "GRANT SELECT ON orders TO PUBLIC",
    })
    void ordinaryPracticeStatementsAreAllowed(String script) {
        allowed(script);
    }

    @Test
    void theRequiredAccessIsTheHighestAmongTheStatements() {
        assertThat(allowed("SELECT 1; SHOW work_mem").requiredAccess()).isEqualTo(AccessLevel.READ_ONLY);
        assertThat(allowed("SELECT 1; UPDATE t SET a = 1").requiredAccess()).isEqualTo(AccessLevel.DML);
        assertThat(allowed("SELECT 1; UPDATE t SET a = 1; CREATE INDEX ON t (a)").requiredAccess()).isEqualTo(AccessLevel.DDL);
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(StatementGuard.size(1)).isEqualTo("1 byte");
        assertThat(StatementGuard.size(1023)).isEqualTo("1023 bytes");
        assertThat(StatementGuard.size(65536)).isEqualTo("64 KiB");
        assertThat(StatementGuard.size(1536)).isEqualTo("1.5 KiB");
        assertThat(StatementGuard.size(3 * 1024 * 1024 / 2)).isEqualTo("1.5 MiB");
    }
}
