package org.pgdrill.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/**
 * {@code pgdrill validate}: loads a pack (or a folder of packs) with every static check, then, when a
 * live check is given, runs each loaded track's reference solutions on PostgreSQL.
 */
public final class PackValidation {
    private final PackLoader loader;
    private final Optional<LiveExerciseCheck> live;

    public PackValidation(PackLoader loader, Optional<LiveExerciseCheck> live) {
        this.loader = loader;
        this.live = live;
    }

    /**
     * Validates {@code dir}. Problems in the packs are in the report; only a folder that cannot be read
     * at all throws.
     *
     * @throws IOException {@link NoSuchFileException}, {@link NotDirectoryException} or {@link AccessDeniedException}
     *                     with a message that says what to give instead
     */
    public ValidationReport validate(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        String what = "give a lesson pack (a folder with a track.yaml) or a folder of packs";
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder — " + what);
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(dir + ": not a folder — " + what);
        }
        if (!Files.isReadable(folder)) {
            throw new AccessDeniedException(dir.toString(), null, "cannot read this folder — check its permissions");
        }
        PackLoadResult loaded = loader.load(folder);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (live.isPresent()) {
            for (Track track : loaded.tracks()) {
                problems.addAll(liveProblems(live.get(), track, folder));
            }
        }
        Collections.sort(problems);
        return ValidationReport.of(loaded.tracks(), problems, live.isPresent());
    }

    private static List<Problem> liveProblems(LiveExerciseCheck check, Track track, Path folder) {
        List<Problem> found;
        try {
            found = check.check(track);
        } catch (RuntimeException e) {
            // one track's failure must not hide the others' results
            return List.of(new Problem(relative(track.trackFile(), folder), 1,
                    "the reference solutions could not be checked: " + e.getMessage()));
        }
        return found.stream().map(problem -> new Problem(relative(problem.file(), folder), problem.line(), problem.message())).toList();
    }

    private static Path relative(Path file, Path folder) {
        Path absolute = file.toAbsolutePath().normalize();
        return file.isAbsolute() && absolute.startsWith(folder) && !absolute.equals(folder) ? folder.relativize(absolute) : file;
    }
}
