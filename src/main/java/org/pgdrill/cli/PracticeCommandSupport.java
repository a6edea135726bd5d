package org.pgdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pgdrill.app.AppConfig;
import org.pgdrill.app.PracticeService;
import org.pgdrill.app.ServerManager;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/** What the check and grade commands share: loading the pack, and PostgreSQL for one run. */
final class PracticeCommandSupport {
    private PracticeCommandSupport() {
    }

    /** A command-line failure with exit code 2 and a message for stderr. */
    static final class UsageProblem extends Exception {
        UsageProblem(String message) {
            super(message);
        }
    }

    static List<Track> loadPack(Path pack) throws UsageProblem {
        if (!Files.isDirectory(pack)) {
            throw new UsageProblem(pack + " is not a folder; give a lesson pack (with track.yaml) or a folder of packs");
        }
        try {
            PackLoadResult loaded = new PackLoader().load(pack);
            if (loaded.tracks().isEmpty()) {
                String why = loaded.problems().isEmpty() ? "no track.yaml found"
                        : loaded.problems().stream().limit(3).map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse("");
                throw new UsageProblem("no lesson pack could be loaded from " + pack + ":\n" + why);
            }
            return loaded.tracks();
        } catch (RuntimeException e) {
            throw new UsageProblem("cannot read " + pack + ": " + e.getMessage());
        }
    }

    /** PostgreSQL from --db / PGDRILL_DB_URL, else the embedded server in the data folder. */
    static PracticeService practice(AppConfig config) {
        return new PracticeService(new ServerManager(config, () -> ""));
    }

    static String read(Path file) throws UsageProblem {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + file + ": " + e.getMessage());
        }
    }
}
