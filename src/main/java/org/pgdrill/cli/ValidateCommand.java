package org.pgdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pgdrill.app.LiveExerciseCheck;
import org.pgdrill.app.LiveExerciseChecks;
import org.pgdrill.app.PracticeService;
import org.pgdrill.practice.server.ServerException;
import picocli.CommandLine.ParentCommand;
import org.pgdrill.app.PackValidation;
import org.pgdrill.app.ValidationReport;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pgdrill validate DIR [--json]}: checks lesson packs the way pgdrill will load them. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks a lesson pack (a folder with track.yaml) or a folder of packs: every file, key, id, link and "
                + "dataset. Prints each problem as file:line: message, then one summary line.",
                "Exit code: 0 without problems, 1 with problems, 2 when DIR cannot be read."},
        sortOptions = false)
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A lesson pack or a folder of packs.")
    Path dir;

    @Option(names = "--json", description = "Print the report as one JSON object instead of text.")
    boolean json;

    @Option(names = "--files-only", description = "Check the files only; do not run the reference solutions on PostgreSQL.")
    boolean filesOnly;

    @ParentCommand
    PgdrillCommand root;

    @Spec
    CommandSpec spec;

    private final ObjectMapper jsonMapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ValidationReport report;
        String unavailable = null;
        if (filesOnly || !java.nio.file.Files.isDirectory(dir)) {
            report = new PackValidation(new PackLoader(), Optional.empty()).validate(dir);
        } else {
            try (PracticeService practice = PracticeCommandSupport.practice(root.config())) {
                Optional<LiveExerciseCheck> live;
                try {
                    live = Optional.of(new LiveExerciseChecks(practice.engine()));
                } catch (ServerException | java.sql.SQLException e) {
                    live = Optional.empty();
                    unavailable = e.getMessage() + (e instanceof ServerException server ? " (" + server.fix() + ")" : "");
                }
                report = new PackValidation(new PackLoader(), live).validate(dir);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report));
        } else {
            report.problems().forEach(out::println);
            out.println(report.summaryLine());
        }
        out.flush();
        if (!report.solutionsChecked()) {
            err.println("note: reference solutions were not run on PostgreSQL; only the files were checked"
                    + (unavailable == null ? "" : ": PostgreSQL is unavailable: " + unavailable));
            err.flush();
        }
        return report.passed() ? 0 : PgdrillCommand.EXIT_FAILED;
    }

    String toJson(ValidationReport report) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tracks", report.tracks().size());
        root.put("lessons", report.lessons());
        root.put("checklist_items", report.checklistItems());
        root.put("flashcards", report.flashcards());
        root.put("questions", report.questions());
        root.put("exercises", report.exercises());
        root.put("solutions_checked", report.solutionsChecked());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem problem : report.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", problem.fileName());
            entry.put("line", problem.line());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        root.put("problems", problems);
        return jsonMapper.writeValueAsString(root);
    }
}
