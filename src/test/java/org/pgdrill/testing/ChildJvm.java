package org.pgdrill.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM running a test main class with the test class path: for what only another process can do
 * (hold a lock, die by {@code kill -9}, run out of disk). The timeouts are safety limits so a broken child
 * fails the test instead of hanging it; nothing asserts on durations.
 */
public final class ChildJvm implements AutoCloseable {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child died; what it printed so far is in the queue
            }
            lines.add(EOF);
        }, "child-jvm-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static final String EOF = "\u0000EOF";

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return new ChildJvm(new ProcessBuilder(command(main, args)).redirectErrorStream(true).start());
    }

    /** Starts the child through bash after {@code ulimit -f kilobytes}: every file it writes is capped at that size. */
    public static ChildJvm startWithFileSizeLimit(long kilobytes, Class<?> main, String... args) throws IOException {
        StringBuilder script = new StringBuilder("ulimit -f " + kilobytes + "; exec");
        for (String part : command(main, args)) {
            script.append(" '").append(part.replace("'", "'\\''")).append("'");
        }
        return new ChildJvm(new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start());
    }

    private static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:-UsePerfData"); // no hsperfdata file: only the files the test is about get written
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Waits for the first line (from now on) that matches; fails if the child ends first. */
    public String awaitLine(Predicate<String> matches) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("The child printed nothing matching within " + LIMIT + "; it printed: " + seen);
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                throw new AssertionError("The child ended without printing the expected line; it printed: " + seen);
            }
            seen.add(line);
            if (matches.test(line)) {
                return line;
            }
        }
    }

    public String awaitLine(String prefix) throws InterruptedException {
        return awaitLine(line -> line.startsWith(prefix));
    }

    /** Everything printed so far (including what was not waited for), once the child has ended. */
    public List<String> output() throws InterruptedException {
        waitFor();
        List<String> all = new ArrayList<>(seen);
        lines.drainTo(all);
        all.remove(EOF);
        return all;
    }

    /** {@code kill -9}: no shutdown hooks, no finally blocks, no flushing. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Closes its stdin (children wait on it to exit cleanly). */
    public void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    public int waitFor() throws InterruptedException {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child did not end within " + LIMIT);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
