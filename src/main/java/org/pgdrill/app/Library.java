package org.pgdrill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.content.PackLoadResult;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/**
 * The lesson packs the app shows: the shipped lessons (or {@code --lessons} / {@code PGDRILL_LESSONS})
 * and any packs the learner put into {@code <data>/packs}. Loading reads files: call it off the UI thread.
 */
public final class Library {
    private final List<Path> folders;
    private volatile PackLoadResult loaded;

    public Library(AppConfig config) {
        List<Path> all = new ArrayList<>(config.lessonFolders());
        all.add(config.dataDir().resolve("packs"));
        this.folders = List.copyOf(all);
    }

    /** (Re)loads every pack; broken lessons are left out and reported, the rest load. */
    public PackLoadResult load() {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        PackLoadResult result = new PackLoader().load(existing);
        loaded = result;
        return result;
    }

    public List<Track> tracks() {
        PackLoadResult current = loaded;
        return current == null ? List.of() : current.tracks();
    }

    public List<Problem> problems() {
        PackLoadResult current = loaded;
        return current == null ? List.of() : current.problems();
    }

    public Optional<Track> track(String id) {
        return tracks().stream().filter(track -> track.id().equals(id)).findFirst();
    }

    public List<Path> folders() {
        return folders;
    }
}
