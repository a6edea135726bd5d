package org.pgdrill.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pgdrill.app.Doctor;
import org.pgdrill.app.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill doctor}. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the data folder and PostgreSQL; every problem is printed with its fix.")
public final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PgdrillCommand root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(new VersionProvider().getVersion()[0] + " — " + new VersionProvider().getVersion()[1]);
        List<Finding> findings = new Doctor(root.config()).examine();
        int problems = 0;
        for (Finding finding : findings) {
            String mark = switch (finding.status()) {
                case OK -> "ok     ";
                case INFO -> "note   ";
                case PROBLEM -> "PROBLEM";
            };
            out.println(mark + " " + finding.topic() + ": " + finding.detail());
            if (!finding.fix().isEmpty()) {
                out.println("        fix: " + finding.fix());
            }
            if (finding.status() == Finding.Status.PROBLEM) {
                problems++;
            }
        }
        out.println(problems == 0 ? "No problems found." : problems + (problems == 1 ? " problem" : " problems") + " found.");
        out.flush();
        return problems == 0 ? 0 : PgdrillCommand.EXIT_FAILED;
    }
}
