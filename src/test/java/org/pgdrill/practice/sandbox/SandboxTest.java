package org.pgdrill.practice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.DatasetSpec;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.LearnerLimits;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

/** The sandbox against the SQL faults of RELIABILITY.md, on the real server. */
class SandboxTest {
    private static PostgresServer server;
    private static DatasetInstaller installer;
    private static LearnerSessions sessions;
    private static Sandbox sandbox;
    private static InstalledDataset library;

    @BeforeAll
    static void start() throws Exception {
        server = TestPostgres.server();
        PracticeRoles roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
        installer = new DatasetInstaller(server, roles);
        sessions = new LearnerSessions(server, roles);
        sandbox = new Sandbox(sessions, installer);
        String script;
        try (var in = Objects.requireNonNull(SandboxTest.class.getResourceAsStream("/datasets/library.sql"))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        library = installer.ensure(new DatasetSpec("sandbox-test", "library", script, List.of("lib"), "library.sql"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        sessions.close();
        installer.close();
    }

    private static AttemptResult run(Access access, Limits limits, String... statements) throws Exception {
        List<LearnerStatement> list = Arrays.stream(statements).map(LearnerStatement::sql).toList();
        return sandbox.run(library, list, access, limits);
    }

    private static AttemptResult run(String... statements) throws Exception {
        return run(Access.READ, Limits.sandbox(), statements);
    }

    private static Limits seconds(int seconds) {
        return new Limits(Duration.ofSeconds(seconds), 1_000, 10_000);
    }

    private static long adminCount(String sql) throws SQLException {
        try (Statement s = installer.admin(library.database()).createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void queryReturnsTypedValues() throws Exception {
        AttemptResult result = run("SELECT book_id, title, price, published FROM books WHERE book_id = 1");
        assertThat(result.status()).isEqualTo(AttemptStatus.OK);
        List<Object> row = result.last().table().rows().get(0);
        assertThat(row).containsExactly(1L, "The Dispossessed", new BigDecimal("12.50"), LocalDate.of(1974, 5, 1));
        assertThat(result.last().table().columns().get(2).typeName()).isEqualTo("numeric");
    }

    @Test
    void syntaxErrorShowsPositionAndTheConnectionStaysUsable() throws Exception {
        AttemptResult bad = run("SELECT title\nFROM books\nWHER pages > 300");
        assertThat(bad.status()).isEqualTo(AttemptStatus.ERROR);
        assertThat(bad.message()).startsWith("ERROR: syntax error at or near \"pages\"").contains("(line 3, column 6)");
        assertThat(run("SELECT count(*) FROM books").status()).isEqualTo(AttemptStatus.OK);
    }

    @Test
    void sleepingForeverIsStoppedByTheTimeLimit() throws Exception {
        AttemptResult result = run(Access.READ, seconds(2), "SELECT pg_sleep(1e6)");
        assertThat(result.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(result.message()).startsWith("Stopped after 2 s");
        assertThat(run("SELECT 1").status()).isEqualTo(AttemptStatus.OK);
    }

    @Test
    void anEndlessLoopWithTheServerTimeoutSwitchedOffIsStillStopped() throws Exception {
        // the learner can undo server-side timeouts (RELIABILITY.md); the client-side deadline holds
        AttemptResult result = run(Access.READ, seconds(2), "SELECT set_config('statement_timeout', '0', false)",
                "DO $$ BEGIN LOOP END LOOP; END $$");
        assertThat(result.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(adminCount("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgdrill-learner' AND state = 'active'"))
                .isZero();
    }

    @Test
    void cancelStopsARunningStatement() throws Exception {
        CompletableFuture<AttemptResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Access.READ, seconds(30), "SELECT pg_sleep(60)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntilActive();
        sandbox.cancel();
        AttemptResult result = running.get(20, TimeUnit.SECONDS);
        assertThat(result.status()).isEqualTo(AttemptStatus.CANCELLED);
        assertThat(result.message()).isEqualTo("Cancelled.");
    }

    @Test
    void aHugeCrossJoinIsCutAtTheRowCap() throws Exception {
        AttemptResult result = run(Access.READ, new Limits(Duration.ofSeconds(20), 1_000, 10_000),
                "SELECT * FROM loans a, loans b, loans c, loans d, loans e");
        assertThat(result.status()).isEqualTo(AttemptStatus.OK);
        assertThat(result.last().table().rowCount()).isEqualTo(1_000);
        assertThat(result.last().table().truncated()).isTrue();
        assertThat(result.last().table().footer()).contains("Only the first 1000 rows are shown.");
    }

    @Test
    void aHugeCellIsRefusedAndTheNextAttemptWorks() throws Exception {
        AttemptResult result = run(Access.READ, seconds(30), "SELECT repeat('x', 300 * 1024 * 1024)");
        assertThat(result.status()).as(result.message()).isEqualTo(AttemptStatus.TOO_LARGE);
        assertThat(result.message()).contains("larger than pgdrill fetches");
        assertThat(run("SELECT count(*) FROM books").status()).isEqualTo(AttemptStatus.OK);
    }

    @Test
    void sortingABillionRandomRowsIsStopped() throws Exception {
        AttemptResult result = run(Access.READ, seconds(3), "SELECT g FROM generate_series(1, 1000000000) g ORDER BY random()");
        assertThat(result.status()).isIn(AttemptStatus.TIMED_OUT, AttemptStatus.ERROR);
        if (result.status() == AttemptStatus.ERROR) {
            assertThat(result.message()).contains("temporary file size exceeds").contains("temp_file_limit");
        }
    }

    @Test
    void sessionStateDoesNotLeakIntoTheNextAttempt() throws Exception {
        assertThat(run("SELECT pg_advisory_lock(42)", "SET work_mem = '1MB'", "PREPARE p AS SELECT 1").status()).isEqualTo(AttemptStatus.OK);
        AttemptResult next = run("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'", "SHOW work_mem",
                "SELECT count(*) FROM pg_prepared_statements");
        assertThat(next.outcomes().get(0).table().rows().get(0).get(0)).isEqualTo(0L);
        assertThat(next.outcomes().get(1).table().rows().get(0).get(0)).isNotEqualTo("1MB");
        assertThat(next.outcomes().get(2).table().rows().get(0).get(0)).isEqualTo(0L);
    }

    @Test
    void aLockHeldUntilTheTimeLimitIsReleasedAfterwards() throws Exception {
        AttemptResult held = run(Access.WRITE, seconds(2), "LOCK TABLE books IN ACCESS EXCLUSIVE MODE", "SELECT pg_sleep(60)");
        assertThat(held.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(run("SELECT count(*) FROM books").status()).isEqualTo(AttemptStatus.OK);
    }

    @Test
    void writesAreRolledBack() throws Exception {
        AttemptResult deleted = run(Access.WRITE, Limits.sandbox(), "DELETE FROM loans", "SELECT count(*) FROM loans");
        assertThat(deleted.outcomes().get(0).updateCount()).isEqualTo(30);
        assertThat(deleted.outcomes().get(1).table().rows().get(0).get(0)).isEqualTo(0L);
        assertThat(deleted.datasetRebuilt()).isFalse();
        assertThat(run("SELECT count(*) FROM loans").last().table().rows().get(0).get(0)).isEqualTo(30L);
    }

    @Test
    void readLoginCannotWriteEvenThroughAnEscape() throws Exception {
        AttemptResult result = run("DELETE FROM loans");
        assertThat(result.status()).isEqualTo(AttemptStatus.ERROR);
        assertThat(result.message()).startsWith("ERROR: permission denied for table loans");
    }

    @Test
    void aCommitThatSlipsThroughIsDetectedAndTheDatasetRebuilt() throws Exception {
        // the statement guard refuses COMMIT; this proves the second line of defence behind it
        AttemptResult escaped = run(Access.WRITE, Limits.sandbox(), "DELETE FROM loans", "COMMIT");
        assertThat(escaped.datasetRebuilt()).isTrue();
        library = installer.ensure(library.spec());
        assertThat(run("SELECT count(*) FROM loans").last().table().rows().get(0).get(0)).isEqualTo(30L);
    }

    @Test
    void aBackendKilledMidAttemptIsInterruptedNotWrong() throws Exception {
        CompletableFuture<AttemptResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Access.READ, seconds(30), "SELECT pg_sleep(60)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntilActive();
        adminCount("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'pgdrill-learner' AND state = 'active'");
        AttemptResult result = running.get(20, TimeUnit.SECONDS);
        assertThat(result.status()).isEqualTo(AttemptStatus.INTERRUPTED);
        assertThat(result.message()).contains("nothing was graded");
        assertThat(run("SELECT 1").status()).isEqualTo(AttemptStatus.OK);
    }

    @Test
    void aThousandAttemptsLeakNoConnections() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            AttemptResult result = run(i % 10 == 0 ? "SELECT nope" : "SELECT " + i);
            assertThat(result.status()).isIn(AttemptStatus.OK, AttemptStatus.ERROR);
        }
        assertThat(sessions.openConnections()).isLessThanOrEqualTo(6);
        assertThat(adminCount("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgdrill-learner'")).isLessThanOrEqualTo(6);
    }

    private static void waitUntilActive() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (adminCount("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgdrill-learner' AND state = 'active'"
                    + " AND query LIKE '%pg_sleep%'") > 0) {
                return;
            }
            Thread.sleep(50);
        }
        StringBuilder activity = new StringBuilder();
        try (Statement s = installer.admin(library.database()).createStatement();
             ResultSet rs = s.executeQuery("SELECT application_name, state, query FROM pg_stat_activity")) {
            while (rs.next()) {
                activity.append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ").append(rs.getString(3)).append('\n');
            }
        }
        throw new AssertionError("the learner statement never started; activity:\n" + activity);
    }


    @Test
    void aLongSessionOfRolledBackWritesDoesNotInflateThePlannersRowEstimates() throws Exception {
        long before = estimatedRows("SELECT * FROM lib.loans");
        installer.tidyEvery(Duration.ZERO);
        try {
            for (int i = 0; i < 150; i++) {
                AttemptResult result = run(Access.WRITE, Limits.sandbox(), "UPDATE loans SET member = member", "UPDATE loans SET member = member");
                assertThat(result.status()).isEqualTo(AttemptStatus.OK);
            }
        } finally {
            installer.tidyEvery(Duration.ofSeconds(2));
        }
        // 30 loans: the estimate scales with the table's file, which the rolled-back versions would grow 20-fold
        assertThat(before).isEqualTo(30);
        assertThat(estimatedRows("SELECT * FROM lib.loans")).isBetween(30L, 60L);
        assertThat(adminCount("SELECT count(*) FROM lib.loans")).isEqualTo(30);
    }

    private static long estimatedRows(String query) throws SQLException {
        try (Statement s = installer.admin(library.database()).createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + query)) {
            rs.next();
            java.util.regex.Matcher rows = java.util.regex.Pattern.compile("rows=(\\d+)").matcher(rs.getString(1));
            assertThat(rows.find()).isTrue();
            return Long.parseLong(rows.group(1));
        }
    }
}
