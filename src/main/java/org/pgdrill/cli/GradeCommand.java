package org.pgdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pgdrill.app.ExerciseCatalog;
import org.pgdrill.app.PracticeService;
import org.pgdrill.content.Track;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.server.ServerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pgdrill grade --pack DIR --answers FILE.jsonl}: one PostgreSQL start for the whole file, one
 * JSON line out per answer line in.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade a file of answers, one JSON object per line: {\"exercise\": ID, \"sql\": TEXT}.",
                "Prints one line per answer: {\"exercise\": ID, \"verdict\": \"correct\"|\"incorrect\"|\"error\", \"reason\": TEXT}.",
                "Exit code: 0 all correct, 1 any incorrect or failing, 2 bad usage, unreadable input or PostgreSQL unavailable."})
public final class GradeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @ParentCommand
    PgdrillCommand root;

    @Option(names = "--pack", required = true, paramLabel = "DIR", description = "The lesson pack (or a folder of packs).")
    Path pack;

    @Option(names = "--answers", required = true, paramLabel = "FILE.jsonl", description = "The answers, one JSON object per line.")
    Path answers;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Track> tracks;
        try {
            tracks = PracticeCommandSupport.loadPack(pack);
        } catch (PracticeCommandSupport.UsageProblem e) {
            err.println("pgdrill grade: " + e.getMessage());
            return PgdrillCommand.EXIT_USAGE;
        }
        if (!Files.isReadable(answers)) {
            err.println("pgdrill grade: cannot read " + answers);
            return PgdrillCommand.EXIT_USAGE;
        }
        boolean allCorrect = true;
        boolean badInput = false;
        try (PracticeService practice = PracticeCommandSupport.practice(root.config());
             BufferedReader reader = Files.newBufferedReader(answers, StandardCharsets.UTF_8)) {
            practice.engine();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<Answer> parsed = parse(line, number);
                if (parsed.isEmpty()) {
                    out.println(JSON.writeValueAsString(VerdictJson.error(null, answers.getFileName() + ":" + number
                            + ": not an answer; each line must be {\"exercise\": ID, \"sql\": TEXT}")));
                    allCorrect = false;
                    badInput = true;
                    continue;
                }
                Answer answer = parsed.get();
                var located = ExerciseCatalog.find(tracks, answer.exercise());
                if (located.isEmpty()) {
                    out.println(JSON.writeValueAsString(VerdictJson.error(answer.exercise(), answers.getFileName() + ":" + number
                            + ": no exercise '" + answer.exercise() + "' in " + pack)));
                    allCorrect = false;
                    continue;
                }
                Verdict verdict = practice.check(located.get().track(), located.get().exercise(), answer.sql());
                out.println(JSON.writeValueAsString(VerdictJson.of(answer.exercise(), verdict)));
                out.flush();
                allCorrect &= verdict.outcome() == Verdict.Outcome.CORRECT;
            }
        } catch (ServerException e) {
            err.println("pgdrill grade: " + e.getMessage() + "\n  fix: " + e.fix());
            return PgdrillCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println("pgdrill grade: cannot read " + answers + ": " + e.getMessage());
            return PgdrillCommand.EXIT_USAGE;
        }
        out.flush();
        if (badInput) {
            return PgdrillCommand.EXIT_USAGE;
        }
        return allCorrect ? 0 : PgdrillCommand.EXIT_FAILED;
    }

    private record Answer(String exercise, String sql) {
    }

    private static Optional<Answer> parse(String line, int number) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject() || !node.path("exercise").isTextual() || !node.path("sql").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Answer(node.get("exercise").asText(), node.get("sql").asText()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
