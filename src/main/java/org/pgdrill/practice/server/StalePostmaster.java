package org.pgdrill.practice.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A pgdrill that was killed leaves its postmaster running (it is a separate process) or a stale
 * {@code postmaster.pid}. Either would stop the next start; this clears them.
 */
final class StalePostmaster {
    private static final Logger LOG = Logger.getLogger(StalePostmaster.class.getName());

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            LOG.warning("Stopping a PostgreSQL left running by an earlier pgdrill (pid " + pid + ")");
            signal(pid, "INT"); // fast shutdown: roll back sessions, write a checkpoint
            if (!waitForExit(process.get(), 20)) {
                signal(pid, "QUIT"); // immediate shutdown; crash recovery runs on the next start
                waitForExit(process.get(), 10);
            }
        }
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            throw new IOException("A PostgreSQL (pid " + pid + ") still runs on " + dataDir + " and did not stop");
        }
        // The server removes its own pid file; one that is left over belongs to no live postmaster.
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an old PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
