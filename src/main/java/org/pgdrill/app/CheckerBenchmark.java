package org.pgdrill.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.practice.PracticeEngine;
import org.pgdrill.practice.check.AnswerChecker;
import org.pgdrill.practice.check.ExerciseDefinition;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.dataset.DatasetSpec;

/**
 * Measures answer checking the way DESIGN.md states the target: every exercise's reference solution is
 * checked (learner and reference on the base dataset and all variants); a first, cold round fills the
 * caches (variant plans, reference results), then warm rounds are timed (the best round per exercise
 * enters the ratios). Two baselines for "the same queries on the same data": PostgreSQL's own planning +
 * execution time (EXPLAIN ANALYZE, server side), and the wall time of running the answer and the reference
 * directly over JDBC on base and every variant (what any client pays, round trips included).
 */
public final class CheckerBenchmark {
    private final PracticeEngine engine;
    private final PracticeContent content = new PracticeContent();

    public CheckerBenchmark(PracticeEngine engine) {
        this.engine = engine;
    }

    /** Percentiles over the exercises; times in milliseconds. */
    public record Report(int exercises, int rounds, double coldP50, double coldP95, double warmP50, double warmP95, double warmMax,
                         double serverP50, double serverRatioP50, double serverRatioP95, double serverRatioTotal,
                         double directP50, double directRatioP50, double directRatioP95, double directRatioTotal, List<String> notCorrect,
                         List<ExerciseTime> slowest) {
    }

    /** One exercise's best warm check against the two baselines, in milliseconds. */
    public record ExerciseTime(String exercise, String dataset, double check, double direct, double server) {
    }

    public Report run(List<Track> tracks, int rounds, int slowest, Consumer<String> progress) throws Exception {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<Double> serverRatios = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        List<Double> directRatios = new ArrayList<>();
        double directTotal = 0;
        List<String> notCorrect = new ArrayList<>();
        List<ExerciseTime> times = new ArrayList<>();
        double warmTotal = 0;
        double serverTotal = 0;
        int exercises = 0;
        for (Track track : tracks) {
            for (Lesson lesson : track.lessons()) {
                for (Exercise exercise : lesson.parts().exercises()) {
                    exercises++;
                    DatasetSpec dataset = content.dataset(track, exercise.dataset());
                    ExerciseDefinition definition = PracticeContent.definition(exercise);
                    long started = System.nanoTime();
                    Verdict first = engine.check(dataset, definition, exercise.solution());
                    cold.add(millisSince(started));
                    if (first.outcome() != Verdict.Outcome.CORRECT) {
                        notCorrect.add(exercise.id() + ": " + first.reason());
                    }
                    double best = Double.MAX_VALUE;
                    for (int round = 0; round < rounds; round++) {
                        started = System.nanoTime();
                        engine.check(dataset, definition, exercise.solution());
                        double millis = millisSince(started);
                        best = Math.min(best, millis);
                        warm.add(millis);
                    }
                    AnswerChecker.Timing timing = engine.timing(dataset, definition, exercise.solution());
                    double serverMillis = timing.serverMicros() / 1000.0;
                    double directMillis = timing.clientMicros() / 1000.0;
                    server.add(serverMillis);
                    direct.add(directMillis);
                    serverRatios.add(best / Math.max(serverMillis, 0.001));
                    directRatios.add(best / Math.max(directMillis, 0.001));
                    warmTotal += best;
                    serverTotal += serverMillis;
                    directTotal += directMillis;
                    times.add(new ExerciseTime(exercise.id(), exercise.dataset().id(), best, directMillis, serverMillis));
                    progress.accept(exercise.id());
                }
            }
        }
        return new Report(exercises, rounds, percentile(cold, 50), percentile(cold, 95), percentile(warm, 50), percentile(warm, 95),
                percentile(warm, 100), percentile(server, 50), percentile(serverRatios, 50), percentile(serverRatios, 95),
                warmTotal / Math.max(serverTotal, 0.001), percentile(direct, 50), percentile(directRatios, 50), percentile(directRatios, 95),
                warmTotal / Math.max(directTotal, 0.001), notCorrect,
                times.stream().sorted(java.util.Comparator.comparingDouble(ExerciseTime::check).reversed()).limit(Math.max(0, slowest)).toList());
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
