package org.pgdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.SettingKey;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ChecklistTick;
import org.pgdrill.progress.data.LessonNote;
import picocli.CommandLine;

/** {@code pgdrill export} and {@code pgdrill import} as a learner runs them, against real data folders. */
class ProgressCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        CommandLine commandLine = PgdrillCommand.commandLine((config, shot, section, probe) -> {
            throw new AssertionError("no window for a command");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private App open(Path dataDir) throws Exception {
        return App.open(new AppConfig(dataDir, Optional.empty(), List.of()));
    }

    private Path machineWithProgress() throws Exception {
        Path laptop = dir.resolve("laptop");
        try (App app = open(laptop)) {
            app.settings().put(SettingKey.THEME, "dark");
            app.settings().put(SettingKey.WINDOW_X, "-2000");
            app.progress().checklists().tick(new ChecklistTick("postgresql", "vacuum", "autovacuum", true, Instant.parse("2026-11-20T08:00:00Z")));
            app.progress().notes().save(new LessonNote("postgresql", "vacuum", "dead tuples", Instant.parse("2026-11-20T08:01:00Z")));
        }
        return laptop;
    }

    @Test
    void exportThenImportOnAnotherMachineThenImportAgain() throws Exception {
        Path laptop = machineWithProgress();
        Path file = dir.resolve("progress.json");
        Result exported = run("export", "--data-dir", laptop.toString(), "--out", file.toString());
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).startsWith("Exported 3 records to " + file.toAbsolutePath());
        assertThat(Files.readString(file)).contains("\"ui.theme\"").doesNotContain("window.x");

        Path desktop = dir.resolve("desktop");
        Result imported = run("--data-dir", desktop.toString(), "import", file.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("3 added, 0 updated, 0 already up to date");
        Result again = run("--data-dir", desktop.toString(), "import", file.toString());
        assertThat(again.out()).contains("0 added, 0 updated, 3 already up to date");

        try (App app = open(desktop)) {
            assertThat(app.settings().get(SettingKey.THEME)).isEqualTo("dark");
            assertThat(app.settings().get(SettingKey.WINDOW_X)).isEmpty();
            assertThat(app.progress().notes().note("postgresql", "vacuum")).isPresent();
            assertThat(app.backups().backups().list()).as("a backup is taken before each import").hasSize(1);
        }
    }

    @Test
    void aBrokenFileIsReportedByLineAndImportsNothing() throws Exception {
        Path desktop = dir.resolve("desktop");
        long before;
        try (App app = open(desktop)) {
            app.settings().put(SettingKey.THEME, "light");
            before = app.store().saveCounter();
        }
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\" : \"pgdrill-progress\",\n  \"formatVersion\" : 1,\n"
                + "  \"settings\" : [ { \"key\" : \"ui.theme\", \"value\" : \"dark\", \"updatedAt\" : \"2099-01-01T00:00:00.000Z\" } ],\n"
                + "  \"notes\" : [ { \"trackId\" : \"t\" \"lessonId\" : \"l\" } ]\n}\n");

        Result result = run("--data-dir", desktop.toString(), "import", file.toString());

        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).startsWith("pgdrill import: " + file + ":5: ").contains("nothing was imported");
        try (App app = open(desktop)) {
            assertThat(app.settings().get(SettingKey.THEME)).isEqualTo("light");
            assertThat(app.store().saveCounter()).isEqualTo(before);
        }
        assertThat(run("--data-dir", desktop.toString(), "import", dir.resolve("nope.json").toString()).err())
                .contains("cannot read " + dir.resolve("nope.json") + ": no such file");
    }

    @Test
    void commandsRefuseWhileTheAppRuns() throws Exception {
        Path laptop = machineWithProgress();
        try (App running = open(laptop)) {
            Result result = run("--data-dir", laptop.toString(), "import", dir.resolve("x.json").toString());
            assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
            assertThat(result.err()).isEqualTo("pgdrill import: pgdrill is already running with the data folder " + laptop
                    + ". Switch to its window, or close it and try again.\n");
        }
    }

    @Test
    void aDamagedFileStopsCommandsUnlessTheyMayRestoreTheBackup() throws Exception {
        Path laptop = machineWithProgress();
        try (App app = App.open(new AppConfig(laptop, Optional.empty(), List.of()), Clock.systemUTC(), ZoneOffset.UTC,
                StoreDamage.Handler.CANCEL)) {
            app.backups().backupNow();
        }
        Path progressFile = laptop.resolve("progress/pgdrill.mv.db");
        Files.write(progressFile, new byte[0]);
        Path file = dir.resolve("out.json");

        Result refused = run("--data-dir", laptop.toString(), "export", "--out", file.toString());
        assertThat(refused.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(refused.err()).contains("is empty").contains("Nothing was changed").contains("--restore-backup");
        assertThat(Files.size(progressFile)).isZero();
        assertThat(file).doesNotExist();

        Result restored = run("--data-dir", laptop.toString(), "export", "--restore-backup", "--out", file.toString());
        assertThat(restored.code()).isZero();
        assertThat(Files.readString(file)).contains("dead tuples");
    }
}
