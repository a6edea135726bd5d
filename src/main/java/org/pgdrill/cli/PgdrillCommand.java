package org.pgdrill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.Logging;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.StoreDamage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code pgdrill}: without a command, the desktop app; with one, a headless tool over the same services. */
@Command(name = "pgdrill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A study-and-drill trainer for PostgreSQL. Without a command, opens the app.",
        subcommands = {ValidateCommand.class, CheckCommand.class, GradeCommand.class, ImportPgExercisesCommand.class, ExportCommand.class,
                ImportCommand.class, ExportAnkiCommand.class, DoctorCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        sortOptions = false,
        usageHelpAutoWidth = true)
public final class PgdrillCommand implements Callable<Integer> {
    /** Exit code for a failed verdict or validation. */
    public static final int EXIT_FAILED = 1;
    /** Exit code for bad usage or unreadable input. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for progress, backups and the embedded PostgreSQL (default: PGDRILL_DATA_DIR, else the platform's data folder).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Use this PostgreSQL instead of the embedded one (default: PGDRILL_DB_URL, else Settings). The account must be allowed to create roles and databases.")
    String databaseUrl;

    @Option(names = "--restore-backup", scope = ScopeType.INHERIT,
            description = "If the progress file turns out to be damaged or older than its newest backup, keep it aside and"
                    + " restore that backup instead of stopping.")
    boolean restoreBackup;

    @Option(names = "--lessons", paramLabel = "DIR", description = "Lesson packs to open (a pack or a folder of packs; default: PGDRILL_LESSONS, else the shipped lessons).")
    List<Path> lessons;

    @Option(names = "--screenshot", paramLabel = "FILE.png", hidden = true,
            description = "Write a PNG of the window once PostgreSQL has settled, then exit.")
    Path screenshot;

    @Option(names = "--screenshot-section", paramLabel = "SECTION", hidden = true)
    String screenshotSection;

    @Option(names = "--startup-probe", hidden = true, description = "Print the milliseconds to the library on screen, then exit (bench startup).")
    boolean startupProbe;

    private final GuiStarter gui;

    public PgdrillCommand(GuiStarter gui) {
        this.gui = gui;
    }

    /** Opens the desktop window; supplied by the launcher so the command line does not depend on the UI. */
    @FunctionalInterface
    public interface GuiStarter {
        void start(AppConfig config, Optional<Path> screenshot, Optional<String> screenshotSection, boolean startupProbe);
    }

    public static CommandLine commandLine(GuiStarter gui) {
        CommandLine commandLine = new CommandLine(new PgdrillCommand(gui));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setExitCodeExceptionMapper(error -> EXIT_USAGE);
        return commandLine;
    }

    /** The configuration every command shares: --data-dir, --db, --lessons and their environment variables. */
    public AppConfig config() {
        AppConfig config = AppConfig.resolve(dataDir, databaseUrl, lessons, System.getenv());
        Logging.configure(config.logDir());
        return config;
    }

    /**
     * Opens the services for a command: refuses while the app (or another command) uses the data folder,
     * and with a damaged progress file stops unless {@code --restore-backup} was given.
     */
    public App openApp() throws ProgressStoreException {
        StoreDamage.Handler onDamage = restoreBackup
                ? damage -> damage.backup().isPresent() ? StoreDamage.Recovery.RESTORE_BACKUP : StoreDamage.Recovery.CANCEL
                : StoreDamage.Handler.CANCEL;
        return App.open(config(), Clock.systemUTC(), ZoneId.systemDefault(), onDamage);
    }

    /** Prints "pgdrill COMMAND: message" to stderr and returns the usage exit code. */
    int fail(CommandSpec command, String message) {
        PrintWriter err = command.commandLine().getErr();
        err.println("pgdrill " + command.name() + ": " + message);
        err.flush();
        return EXIT_USAGE;
    }

    @Override
    public Integer call() {
        gui.start(config(), Optional.ofNullable(screenshot), Optional.ofNullable(screenshotSection), startupProbe);
        return 0;
    }
}
