package org.pgdrill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.pgdrill.practice.pgexercises.PgExercisesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pgdrill import-pgexercises DIR --out PACK}. */
@Command(name = "import-pgexercises", mixinStandardHelpOptions = true,
        description = "Turn a pgexercises checkout (questions/ + database/clubdata.sql) into a pgdrill lesson pack.")
public final class ImportPgExercisesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The pgexercises checkout.")
    Path checkout;

    @Option(names = "--out", required = true, paramLabel = "PACK", description = "Folder to write the pack to (created; must be empty or absent).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            stderr.println("pgdrill import-pgexercises: " + out + " exists and is not empty; choose a new folder for the pack.");
            return PgdrillCommand.EXIT_USAGE;
        }
        PgExercisesImporter.Report report;
        try {
            report = new PgExercisesImporter(LocalDate.now()).importInto(checkout, out);
        } catch (java.io.IOException e) {
            stderr.println("pgdrill import-pgexercises: " + e.getMessage());
            return PgdrillCommand.EXIT_USAGE;
        }
        report.problems().forEach(stderr::println);
        stdout.println("Imported " + report.lessons() + " lessons with " + report.exercises() + " exercises into " + out
                + (report.problems().isEmpty() ? "" : " (" + report.problems().size() + " files skipped)"));
        stdout.println("Check it with: pgdrill validate " + out);
        return report.problems().isEmpty() ? 0 : PgdrillCommand.EXIT_FAILED;
    }
}
