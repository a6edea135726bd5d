package org.pgdrill.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgdrill.app.App;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.ProgressDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill export --out FILE.json}: all progress and portable settings as one JSON file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write all progress (lessons, checklists, confidence, answers, attempts, flashcards, notes) and the"
                + " settings that travel between machines to one JSON file.",
            "Window positions and the database URL stay on this machine. Import the file elsewhere with 'pgdrill import'."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    PgdrillCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write the export (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        try (App app = root.openApp()) {
            ProgressDocument doc = app.transfer().export(out);
            spec.commandLine().getOut().println("Exported " + doc.size() + " records to " + out.toAbsolutePath() + ".");
            return 0;
        } catch (ProgressStoreException e) {
            return root.fail(spec, e.getMessage());
        } catch (IOException e) {
            return root.fail(spec, "cannot write " + out.toAbsolutePath() + ": " + e.getMessage()
                    + ". Choose a folder you can write to with --out.");
        }
    }
}
