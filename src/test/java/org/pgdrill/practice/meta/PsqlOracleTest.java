package org.pgdrill.practice.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.testing.ScratchDatabase;
import org.pgdrill.testing.TestPostgres;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * psql is the oracle: for the same database and role, pgdrill's answer to a backslash command must print
 * like psql's unaligned output (title, header, rows, footers). psql is the Debian 15 client, always
 * installed in CI; where it is missing these tests are skipped.
 */
class PsqlOracleTest {
    private static final Path PSQL = Path.of("/usr/bin/psql");
    private static final String READER = "sqltools_oracle_reader";
    private static ScratchDatabase database;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = ScratchDatabase.create("sqltools_psql");
        database.createLoginRole(READER);
        database.run(MetaSchema.STATEMENTS.toArray(String[]::new));
        database.run("GRANT USAGE ON SCHEMA shop TO " + READER, "GRANT SELECT ON ALL TABLES IN SCHEMA shop TO " + READER,
                "ALTER ROLE " + READER + " SET search_path = shop, public");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    /** Commands whose whole output pgdrill prints exactly as psql does. */
    @ParameterizedTest
    @ValueSource(strings = {"\\d orders", "\\d members", "\\d order_notes", "\\d \"Weird Name\"", "\\d order_number_seq",
            "\\d orders_id_seq", "\\d orders_pkey", "\\d orders_status_idx", "\\d members_email_key", "\\d events", "\\d events_2024",
            "\\d", "\\dt", "\\di", "\\ds", "\\dv", "\\dm", "\\dn", "\\df", "\\dt hidden.*", "\\dt ord*", "\\dt+ orders", "\\dtv shop.*", "\\d+ orders", "\\d+ events",
            "\\d+ orders_pkey", "\\di+ orders*", "\\dS pg_class"})
    void printsLikePsql(String command) throws Exception {
        assertThat(pgdrill(command, false)).isEqualTo(psql(command));
    }

    /** pgdrill adds the view definition that psql shows only with +; the columns are psql's. */
    @ParameterizedTest
    @ValueSource(strings = {"\\d big_orders", "\\d order_totals"})
    void viewColumnsAreLikePsql(String command) throws Exception {
        List<String> psql = psql(command);
        assertThat(pgdrill(command, true)).isEqualTo(psql.subList(0, Math.min(psql.size(), pgdrill(command, true).size())));
    }

    private static List<String> pgdrill(String command, boolean withoutFooter) throws SQLException {
        try (Connection connection = database.connectAs(READER)) {
            MetaAnswer answer = MetaCommands.run(connection, MetaCommand.parse(command));
            if (answer.notFound().isPresent()) {
                return List.of(answer.notFound().get());
            }
            List<String> lines = new ArrayList<>();
            for (MetaResult result : answer.results()) {
                ResultTable table = result.table();
                lines.add(result.title());
                lines.add(table.columns().stream().map(c -> c.name()).collect(Collectors.joining("|")));
                table.rows().forEach(row -> lines.add(row.stream().map(String::valueOf).collect(Collectors.joining("|"))));
                if (!withoutFooter) {
                    lines.addAll(table.footer());
                }
            }
            return lines;
        }
    }

    /** psql's unaligned output without the "(n rows)" lines. */
    private static List<String> psql(String command) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PSQL), "psql is not installed at " + PSQL);
        Properties url = Driver.parseURL(TestPostgres.adminUrl(), new Properties());
        ProcessBuilder builder = new ProcessBuilder(PSQL.toString(), "-X", "-q", "-A", "-F", "|", "-h",
                url.getProperty(PGProperty.PG_HOST.getName()).split(",")[0], "-p", url.getProperty(PGProperty.PG_PORT.getName()).split(",")[0],
                "-U", READER, "-d", database.name(), "-c", command);
        builder.environment().put("PGPASSWORD", database.password());
        builder.environment().put("PGCLIENTENCODING", "UTF8");
        builder.redirectErrorStream(false);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new ArrayList<>(out.lines().filter(line -> !line.matches("\\(\\d+ rows?\\)")).toList());
        err.lines().filter(line -> line.startsWith("Did not find")).forEach(lines::add);
        return lines;
    }
}
