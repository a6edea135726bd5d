package org.pgdrill.practice.pgexercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.DatasetSpec;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.LearnerLimits;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

/** The importer on pgdrill's own small set in pgexercises format (always available, unlike ../shared). */
class PgExercisesImporterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path MINI = Path.of("src/test/resources/pgexercises-mini");

    @TempDir
    Path pack;

    private PgExercisesImporter.Report importMini() throws Exception {
        return new PgExercisesImporter(LocalDate.of(2026, 11, 23)).importInto(MINI, pack);
    }

    private JsonNode yaml(String file) throws Exception {
        return YAML.readTree(pack.resolve(file).toFile());
    }

    @Test
    void oneLessonPerCategoryInSiteOrderAndOneExercisePerFile() throws Exception {
        PgExercisesImporter.Report report = importMini();
        assertThat(report.lessons()).isEqualTo(3);
        assertThat(report.exercises()).isEqualTo(5);
        JsonNode track = yaml("track.yaml");
        assertThat(track.get("id").asText()).isEqualTo("pgexercises");
        assertThat(track.get("lessons")).extracting(JsonNode::asText).containsExactly("01-basic", "02-joins", "03-updates");
        assertThat(track.get("datasets").get(0).get("file").asText()).isEqualTo("datasets/clubdata.sql");
        String lesson = Files.readString(pack.resolve("01-basic/lesson.md"), StandardCharsets.UTF_8);
        assertThat(lesson).startsWith("---\nid: basic\ntitle: First queries\nlevel: beginner\nmode: hands-on\n");
        assertThat(lesson).contains("Getting rows out of one table: `SELECT`, `WHERE` and friends. See [the manual]"
                + "(https://www.postgresql.org/docs/current/sql-select.html).");
    }

    @Test
    void exercisesCarryIdsKindsOrderAndTables() throws Exception {
        importMini();
        JsonNode basic = yaml("01-basic/parts.yaml").get("exercises");
        assertThat(basic).extracting(e -> e.get("id").asText())
                .containsExactly("basic/00010000-everything", "basic/00020000-paid", "basic/00030000-newest");
        JsonNode paid = basic.get(1);
        assertThat(paid.get("title").asText()).isEqualTo("Facilities members pay for");
        assertThat(paid.get("prompt").asText()).isEqualTo("Which facilities charge members a fee? Show their names.\n");
        assertThat(paid.get("solution").asText()).isEqualTo("select name from cd.facilities where membercost > 0;\n");
        assertThat(paid.get("hints").get(0).asText()).isEqualTo("Compare `membercost` with zero.");
        assertThat(paid.get("kind").asText()).isEqualTo("result");
        assertThat(paid.get("order_matters").asBoolean()).isFalse();
        assertThat(paid.get("compare_column_names").asBoolean()).isFalse();
        assertThat(basic.get(2).get("order_matters").asBoolean()).isTrue();
        assertThat(basic.get(0).get("explanation").asText()).contains("```sql\nselect * from cd.facilities;\n```");
        JsonNode sauna = yaml("03-updates/parts.yaml").get("exercises").get(0);
        assertThat(sauna.get("kind").asText()).isEqualTo("state");
        assertThat(sauna.get("tables")).extracting(JsonNode::asText).containsExactly("cd.facilities");
    }

    @Test
    void unusableFilesAreReportedAndTheRestImported() throws Exception {
        PgExercisesImporter.Report report = importMini();
        assertThat(report.problems()).containsExactly(
                "questions/basic/00040000-broken.ex:1: the |QUERY| section is missing or empty");
    }

    @Test
    void theDatasetInstallsWithoutTheOriginalsDatabaseAndUserStatements() throws Exception {
        importMini();
        String script = Files.readString(pack.resolve("datasets/clubdata.sql"), StandardCharsets.UTF_8);
        List<String> statements = script.lines().filter(line -> !line.startsWith("--")).toList();
        assertThat(statements).noneMatch(line -> line.startsWith("CREATE DATABASE") || line.startsWith("CREATE USER")
                || line.startsWith("\\c") || line.startsWith("GRANT") || line.startsWith("alter database"));
        assertThat(statements).contains("CREATE SCHEMA cd;", "0\tTennis Court A\t4\t20");
        PostgresServer server = TestPostgres.server();
        PracticeRoles roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
        try (DatasetInstaller installer = new DatasetInstaller(server, roles)) {
            InstalledDataset dataset = installer.ensure(new DatasetSpec("importer-test", "clubdata", script, List.of("cd"), "datasets/clubdata.sql"));
            try (Connection reader = server.connect(dataset.database(), Access.READ.role(), roles.password(Access.READ), new Properties());
                 Statement s = reader.createStatement();
                 ResultSet rs = s.executeQuery("select name from cd.facilities where membercost > 0 order by 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Sauna");
            }
        }
    }

    @Test
    void notACheckoutIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PgExercisesImporter(LocalDate.now()).importInto(pack, pack.resolve("out")))
                .hasMessageContaining("is not a pgexercises checkout: it has no questions/ folder");
    }
}
