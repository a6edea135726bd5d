package org.pgdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pgdrill.app.AppConfig;
import picocli.CommandLine;

class LauncherCommandTest {
    private final AtomicReference<AppConfig> guiStartedWith = new AtomicReference<>();

    private Result run(String... args) {
        CommandLine commandLine = PgdrillCommand.commandLine((config, shot, section, probe) -> guiStartedWith.set(config));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Result result = run("--version");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("pgdrill " + VersionProvider.version()).doesNotContain("unknown");
        assertThat(guiStartedWith.get()).isNull();
    }

    @Test
    void noCommandOpensTheWindowWithTheGivenDataFolder() {
        Result result = run("--data-dir", "target/gui-data");
        assertThat(result.code()).isZero();
        assertThat(guiStartedWith.get().dataDir().toString()).endsWith("target/gui-data");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("--no-such-option");
        assertThat(result.code()).isEqualTo(PgdrillCommand.EXIT_USAGE);
        assertThat(result.err()).contains("Unknown option: '--no-such-option'");
        assertThat(guiStartedWith.get()).isNull();
    }
}
