package org.pgdrill.content;

import java.util.List;
import java.util.Optional;

/**
 * What loading lesson packs produced: every track that loaded (each with the lessons that loaded) and
 * every problem found, in the order of the folders, tracks and lessons.
 */
public record PackLoadResult(List<Track> tracks, List<Problem> problems) {
    public PackLoadResult {
        tracks = List.copyOf(tracks);
        problems = List.copyOf(problems);
    }

    public Optional<Track> track(String trackId) {
        return tracks.stream().filter(track -> track.id().equals(trackId)).findFirst();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
