package org.pgdrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.StoreDamage;
import org.pgdrill.progress.data.ConfidenceRating;
import org.pgdrill.progress.data.LessonCompletion;
import org.pgdrill.progress.data.LessonVisit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pgdrill bench startup}: cold start to the library screen with progress loaded, against an empty
 * JavaFX window started the same way (same java, same class path), alternating, medians and their ratio.
 * Needs a display: run it under {@code xvfb-run} on a machine without one.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = {"Time pgdrill's start to the library (with progress) against an empty JavaFX window, started the same way.",
                "Needs a display (xvfb-run -a pgdrill bench startup)."})
final class StartupBench implements Callable<Integer> {
    private static final String PREFIX = "startup-ms ";

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--runs", defaultValue = "7", description = "Runs of each (default ${DEFAULT-VALUE}); the first of each is a warm-up.")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).matches(".*(win|mac).*")) {
            spec.commandLine().getErr().println("pgdrill bench startup: no display; run it as: xvfb-run -a java -jar pgdrill.jar bench startup");
            return PgdrillCommand.EXIT_USAGE;
        }
        PgdrillCommand root = (PgdrillCommand) bench.spec.parent().userObject();
        AppConfig template = root.config();
        Path data = Files.createTempDirectory("pgdrill-bench-startup");
        int lessons = seed(new AppConfig(data, template.databaseUrl(), template.lessonFolders()));
        List<String> javaAndOptions = new ArrayList<>();
        javaAndOptions.add(ProcessHandle.current().info().command().orElse("java"));
        if (System.getProperty("prism.order") != null) {
            javaAndOptions.add("-Dprism.order=" + System.getProperty("prism.order"));
        }
        javaAndOptions.add("-cp");
        javaAndOptions.add(System.getProperty("java.class.path"));
        List<String> baseline = new ArrayList<>(javaAndOptions);
        baseline.add("org.pgdrill.ui.EmptyWindow$Main");
        List<String> pgdrill = new ArrayList<>(javaAndOptions);
        pgdrill.add("org.pgdrill.Launcher");
        pgdrill.add("--data-dir");
        pgdrill.add(data.toString());
        template.lessonFolders().forEach(folder -> {
            pgdrill.add("--lessons");
            pgdrill.add(folder.toString());
        });
        pgdrill.add("--startup-probe");
        List<Long> empty = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long emptyMillis = time(baseline);
            long appMillis = time(pgdrill);
            if (run > 0) {
                empty.add(emptyMillis);
                app.add(appMillis);
            }
        }
        long emptyMedian = median(empty);
        long appMedian = median(app);
        out.printf(Locale.ROOT, "library with %d lessons and progress: median %d ms from JVM start (runs: %s)%n", lessons, appMedian, app);
        out.printf(Locale.ROOT, "empty JavaFX window:                  median %d ms from JVM start (runs: %s)%n", emptyMedian, empty);
        out.printf(Locale.ROOT, "ratio: %.2fx (target: within 1.3x)%n", (double) appMedian / Math.max(1, emptyMedian));
        out.flush();
        return 0;
    }

    /** Progress in the bench's data folder, so the library has something to load: a third done, ratings, visits. */
    private static int seed(AppConfig config) throws Exception {
        try (App app = App.open(config, Clock.systemUTC(), ZoneId.systemDefault(), StoreDamage.Handler.CANCEL)) {
            int count = 0;
            for (Track track : app.library().tracks()) {
                for (int i = 0; i < track.lessons().size(); i++) {
                    Lesson lesson = track.lessons().get(i);
                    count++;
                    java.time.Instant now = java.time.Instant.now();
                    app.progress().lessons().recordVisit(new LessonVisit(track.id(), lesson.id(), now));
                    if (i % 3 == 0) {
                        app.progress().lessons().setCompletion(new LessonCompletion(track.id(), lesson.id(), true, lesson.version(), now));
                        app.progress().confidence().rate(new ConfidenceRating(track.id(), lesson.id(), ConfidenceRating.WHOLE_LESSON, 3, now));
                    }
                }
            }
            return count;
        }
    }

    private static long time(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long millis = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(PREFIX)) {
                    millis = Long.parseLong(line.substring(PREFIX.length()).strip());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (millis < 0) {
            throw new IOException("no startup time from: " + String.join(" ", command.subList(command.size() - 1, command.size())));
        }
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
