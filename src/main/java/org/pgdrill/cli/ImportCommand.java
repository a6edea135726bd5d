package org.pgdrill.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgdrill.app.App;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.ImportException;
import org.pgdrill.progress.data.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill import FILE.json}: merges an export into this machine's progress. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merge a file written by 'pgdrill export' into the progress here. Nothing is overwritten blindly:"
                + " history (visits, answers, attempts, reviews) is added, and for everything else the later change wins.",
            "The whole file is checked first; a problem is reported as file:line and nothing is imported."
                + " A backup is taken before merging. Importing the same file twice changes nothing."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    PgdrillCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "An export from 'pgdrill export'.")
    Path file;

    @Override
    public Integer call() {
        try (App app = root.openApp()) {
            ImportReport report = app.transfer().importFile(file);
            spec.commandLine().getOut().println("Imported " + file.toAbsolutePath() + ": " + report + ".");
            return 0;
        } catch (ImportException e) {
            return root.fail(spec, e.getMessage() + " (nothing was imported)");
        } catch (NoSuchFileException e) {
            return root.fail(spec, "cannot read " + file.toAbsolutePath() + ": no such file");
        } catch (IOException e) {
            return root.fail(spec, "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        } catch (ProgressStoreException e) {
            return root.fail(spec, e.getMessage());
        }
    }
}
