package org.pgdrill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pgdrill.app.CheckerBenchmark;
import org.pgdrill.app.PracticeService;
import org.pgdrill.content.Track;
import org.pgdrill.practice.pgexercises.PgExercisesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill bench checker}: the project's benchmark of answer checking (DESIGN.md performance targets). */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Checker.class, StartupBench.class},
        description = "Benchmarks pgdrill measures itself with (figures go into the README).")
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "checker", mixinStandardHelpOptions = true,
            description = {"Check every exercise's reference solution: cold, then warm rounds; p50/p95 latency and the ratio to",
                    "PostgreSQL's own execution time of the same statements on the same data (base + variants).",
                    "Default: the pgexercises set at ../shared/pgexercises, imported into a temporary pack."})
    static final class Checker implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        BenchCommand bench;

        @Option(names = "--pgexercises", paramLabel = "DIR", description = "A pgexercises checkout to import (default ../shared/pgexercises).")
        Path pgexercises;

        @Option(names = "--pack", paramLabel = "DIR", description = "Benchmark this lesson pack (or folder of packs) instead.")
        Path pack;

        @Option(names = "--rounds", defaultValue = "5", description = "Warm rounds per exercise (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--slowest", defaultValue = "10", description = "List this many of the slowest exercises (default ${DEFAULT-VALUE}).")
        int slowest;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PgdrillCommand root = (PgdrillCommand) bench.spec.parent().userObject();
            Path source = pack;
            if (source == null) {
                Path checkout = pgexercises != null ? pgexercises : Path.of("..", "shared", "pgexercises");
                source = Files.createTempDirectory("pgdrill-bench-pack");
                PgExercisesImporter.Report imported = new PgExercisesImporter(LocalDate.now()).importInto(checkout, source);
                out.println("imported " + imported.exercises() + " exercises from " + checkout.toAbsolutePath().normalize());
            }
            List<Track> tracks = PracticeCommandSupport.loadPack(source);
            try (PracticeService practice = PracticeCommandSupport.practice(root.config())) {
                out.println("PostgreSQL: " + practice.engine().server().description() + "; " + Runtime.getRuntime().availableProcessors()
                        + " cores; Java " + System.getProperty("java.version"));
                CheckerBenchmark.Report report = new CheckerBenchmark(practice.engine()).run(tracks, rounds, slowest, id -> { });
                out.printf(Locale.ROOT, "exercises: %d, warm rounds: %d%n", report.exercises(), report.rounds());
                out.printf(Locale.ROOT, "cold check (first, fills caches): p50 %.1f ms, p95 %.1f ms%n", report.coldP50(), report.coldP95());
                out.printf(Locale.ROOT, "warm check: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", report.warmP50(), report.warmP95(), report.warmMax());
                out.printf(Locale.ROOT, "same statements run directly over JDBC (answer + reference, base + variants): p50 %.2f ms%n",
                        report.directP50());
                out.printf(Locale.ROOT, "check time / direct JDBC time: p50 %.2fx, p95 %.2fx, all exercises together %.2fx%n",
                        report.directRatioP50(), report.directRatioP95(), report.directRatioTotal());
                out.printf(Locale.ROOT, "PostgreSQL's own planning+execution time of the answer (base + variants): p50 %.2f ms%n", report.serverP50());
                out.printf(Locale.ROOT, "check time / PostgreSQL's own time: p50 %.2fx, p95 %.2fx, all exercises together %.2fx%n",
                        report.serverRatioP50(), report.serverRatioP95(), report.serverRatioTotal());
                out.println("slowest exercises (best warm check; direct JDBC; PostgreSQL's own time):");
                report.slowest().forEach(time -> out.printf(Locale.ROOT, "  %8.1f ms  %8.1f ms  %8.1f ms  %s (%s)%n", time.check(),
                        time.direct(), time.server(), time.exercise(), time.dataset()));
                report.notCorrect().forEach(line -> out.println("NOT CORRECT: " + line));
                out.flush();
                return report.notCorrect().isEmpty() ? 0 : PgdrillCommand.EXIT_FAILED;
            }
        }
    }
}
