package org.pgdrill.practice.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

class DatasetInstallerTest {
    private static PostgresServer server;
    private static PracticeRoles roles;
    private static DatasetInstaller installer;

    static String library() throws IOException {
        try (var in = Objects.requireNonNull(DatasetInstallerTest.class.getResourceAsStream("/datasets/library.sql"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static DatasetSpec librarySpec(String datasetId) throws IOException {
        return new DatasetSpec("installer-test", datasetId, library(), List.of("lib"), "datasets/library.sql");
    }

    @BeforeAll
    static void start() throws SQLException {
        server = TestPostgres.server();
        roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
        installer = new DatasetInstaller(server, roles);
    }

    @AfterAll
    static void stop() {
        installer.close();
    }

    private Connection learner(InstalledDataset dataset, Access access) throws SQLException {
        return server.connect(dataset.database(), access.role(), roles.password(access), new Properties());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void installsScriptWithCopyAndGivesReadersOnlySelect() throws Exception {
        InstalledDataset dataset = installer.ensure(librarySpec("basic"));
        assertThat(dataset.database()).isEqualTo("pgdrill_installer_test__basic");
        assertThat(dataset.schemas()).containsExactly("lib", "public");
        try (Connection reader = learner(dataset, Access.READ)) {
            // unqualified names resolve through the dataset's search_path
            assertThat(count(reader, "SELECT count(*) FROM books")).isEqualTo(7);
            assertThat(count(reader, "SELECT count(*) FROM loans")).isEqualTo(30);
            try (Statement s = reader.createStatement()) {
                assertThatThrownBy(() -> s.execute("DELETE FROM loans")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("CREATE TABLE lib.x (id int)")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE x (id int)")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM pgdrill_meta.touched")).hasMessageContaining("permission denied");
            }
        }
        try (Connection writer = learner(dataset, Access.WRITE); Statement s = writer.createStatement()) {
            writer.setAutoCommit(false);
            assertThat(s.executeUpdate("DELETE FROM loans WHERE returned_on IS NULL")).isEqualTo(10);
            assertThatThrownBy(() -> s.execute("CREATE INDEX ON loans (member)")).hasMessageContaining("must be owner");
            writer.rollback();
        }
        try (Connection builder = learner(dataset, Access.BUILD); Statement s = builder.createStatement()) {
            builder.setAutoCommit(false);
            s.execute("CREATE INDEX loans_member_idx ON loans (member)");
            builder.rollback();
        }
        assertThat(installer.restoreAfterAttempt(dataset)).as("rolled-back attempts leave the dataset as it was").isTrue();
    }

    @Test
    void aCommittedChangeIsDetectedAndRebuilt() throws Exception {
        InstalledDataset dataset = installer.ensure(librarySpec("committed"));
        try (Connection writer = learner(dataset, Access.WRITE); Statement s = writer.createStatement()) {
            s.executeUpdate("DELETE FROM loans"); // autocommit: this escapes, as a COMMIT in learner text would
        }
        assertThat(installer.restoreAfterAttempt(dataset)).isFalse();
        InstalledDataset rebuilt = installer.rebuild(dataset);
        assertThat(rebuilt.generation()).isGreaterThan(dataset.generation());
        try (Connection reader = learner(rebuilt, Access.READ)) {
            assertThat(count(reader, "SELECT count(*) FROM loans")).isEqualTo(30);
        }
        assertThat(installer.restoreAfterAttempt(rebuilt)).isTrue();
    }

    @Test
    void committedDdlIsDetected() throws Exception {
        InstalledDataset dataset = installer.ensure(librarySpec("ddl"));
        try (Connection builder = learner(dataset, Access.BUILD); Statement s = builder.createStatement()) {
            s.execute("CREATE INDEX loans_member_idx ON loans (member)");
        }
        assertThat(installer.restoreAfterAttempt(dataset)).isFalse();
        installer.rebuild(dataset);
    }

    @Test
    void aCommittedWriteStraightIntoAPartitionIsDetected() throws Exception {
        String script = "CREATE TABLE hits (at date NOT NULL, n integer NOT NULL) PARTITION BY RANGE (at);\n"
                + "CREATE TABLE hits_2025 PARTITION OF hits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
                + "INSERT INTO hits VALUES ('2025-03-01', 1), ('2025-04-01', 2);\n";
        InstalledDataset dataset = installer.ensure(new DatasetSpec("installer-test", "partitions", script, List.of(), "datasets/partitions.sql"));
        try (Connection writer = learner(dataset, Access.WRITE); Statement s = writer.createStatement()) {
            s.executeUpdate("UPDATE hits_2025 SET n = 0"); // autocommit: the partition, not its parent, is named
        }
        assertThat(installer.restoreAfterAttempt(dataset)).isFalse();
        InstalledDataset rebuilt = installer.rebuild(dataset);
        try (Connection reader = learner(rebuilt, Access.READ)) {
            assertThat(count(reader, "SELECT sum(n) FROM hits")).isEqualTo(3);
        }
    }

    @Test
    void sequencesMovedByAnAttemptAreReset() throws Exception {
        InstalledDataset dataset = installer.ensure(librarySpec("sequences"));
        try (Connection writer = learner(dataset, Access.WRITE); Statement s = writer.createStatement()) {
            writer.setAutoCommit(false);
            s.execute("INSERT INTO books (title, author_id, price) VALUES ('New', 1, 1)");
            writer.rollback(); // the row is gone, the sequence is not
            assertThat(count(writer, "SELECT last_value FROM books_book_id_seq")).isEqualTo(8);
        }
        assertThat(installer.restoreAfterAttempt(dataset)).isTrue();
        try (Connection reader = learner(dataset, Access.WRITE)) {
            assertThat(count(reader, "SELECT last_value FROM books_book_id_seq")).isEqualTo(7);
        }
    }

    @Test
    void secondEnsureReusesTheInstallAndAChangedScriptReinstalls() throws Exception {
        InstalledDataset first = installer.ensure(librarySpec("reuse"));
        DatasetInstaller fresh = new DatasetInstaller(server, roles);
        try {
            InstalledDataset again = fresh.ensure(librarySpec("reuse"));
            try (Connection admin = fresh.admin(again.database()); Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT installed_at FROM pgdrill_meta.dataset_info")) {
                rs.next();
                try (Statement s2 = installer.admin(first.database()).createStatement();
                     ResultSet before = s2.executeQuery("SELECT installed_at FROM pgdrill_meta.dataset_info")) {
                    before.next();
                    assertThat(rs.getTimestamp(1)).as("not reinstalled").isEqualTo(before.getTimestamp(1));
                }
            }
            DatasetSpec changed = new DatasetSpec("installer-test", "reuse", library() + "\nINSERT INTO lib.authors VALUES (6, 'New', 'FR');\n",
                    List.of("lib"), "datasets/library.sql");
            InstalledDataset reinstalled = fresh.ensure(changed);
            try (Connection reader = learner(reinstalled, Access.READ)) {
                assertThat(count(reader, "SELECT count(*) FROM authors")).isEqualTo(6);
            }
        } finally {
            fresh.close();
        }
    }

    @Test
    void aBrokenScriptNamesFileAndLine() throws Exception {
        String script = "CREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES ('x');\n";
        DatasetSpec spec = new DatasetSpec("installer-test", "broken", script, List.of(), "datasets/broken.sql");
        assertThatThrownBy(() -> installer.ensure(spec))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("datasets/broken.sql:4: ERROR: invalid input syntax for type integer");
        DatasetSpec meta = new DatasetSpec("installer-test", "meta", "CREATE TABLE t (id int);\n\\c other\n", List.of(), "datasets/meta.sql");
        assertThatThrownBy(() -> installer.ensure(meta)).hasMessageStartingWith("datasets/meta.sql:2: psql meta-command '\\c other' is not supported");
    }
}
