package org.pgdrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgdrill.app.ExerciseCatalog;
import org.pgdrill.app.PracticeService;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.server.ServerException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill check --pack DIR --exercise ID (--sql TEXT | --sql-file F) [--json]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check one answer to an exercise on PostgreSQL, as the app does.",
                "Exit code: 0 correct, 1 incorrect or the SQL failed, 2 bad usage or PostgreSQL unavailable."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PgdrillCommand root;

    @Option(names = "--pack", required = true, paramLabel = "DIR", description = "The lesson pack (or a folder of packs).")
    Path pack;

    @Option(names = "--exercise", required = true, paramLabel = "ID", description = "The exercise id, e.g. basic/00030000-where.")
    String exerciseId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Answer answer;

    static final class Answer {
        @Option(names = "--sql", paramLabel = "TEXT", description = "The answer.")
        String sql;

        @Option(names = "--sql-file", paramLabel = "FILE", description = "A file with the answer.")
        Path file;
    }

    @Option(names = "--json", description = "Print {\"exercise\", \"verdict\", \"reason\"} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            var tracks = PracticeCommandSupport.loadPack(pack);
            var located = ExerciseCatalog.find(tracks, exerciseId)
                    .orElseThrow(() -> new PracticeCommandSupport.UsageProblem("no exercise '" + exerciseId + "' in " + pack));
            String sql = answer.sql != null ? answer.sql : PracticeCommandSupport.read(answer.file);
            try (PracticeService practice = PracticeCommandSupport.practice(root.config())) {
                Verdict verdict = practice.check(located.track(), located.exercise(), sql);
                if (json) {
                    out.println(new ObjectMapper().writeValueAsString(VerdictJson.of(exerciseId, verdict)));
                } else {
                    out.println(VerdictJson.word(verdict) + ": " + verdict.reason());
                }
                out.flush();
                return verdict.outcome() == Verdict.Outcome.CORRECT ? 0 : PgdrillCommand.EXIT_FAILED;
            }
        } catch (PracticeCommandSupport.UsageProblem e) {
            err.println("pgdrill check: " + e.getMessage());
            return PgdrillCommand.EXIT_USAGE;
        } catch (ServerException e) {
            err.println("pgdrill check: " + e.getMessage() + "\n  fix: " + e.fix());
            return PgdrillCommand.EXIT_USAGE;
        }
    }
}
