package org.pgdrill.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A track's datasets as its lessons see them: the usable ones, the declared ones that could not be used
 * (their problem is already reported in track.yaml), and what tables each script creates.
 */
record TrackDatasets(Map<String, DatasetRef> usable, Map<String, String> unusable, Map<String, CreatedTables> tables) {
    TrackDatasets {
        usable = Map.copyOf(usable);
        unusable = Map.copyOf(unusable);
        tables = Map.copyOf(tables);
    }

    Optional<DatasetRef> find(String id) {
        return Optional.ofNullable(usable.get(id));
    }

    /** "track.yaml:7" for a declared dataset that could not be used. */
    Optional<String> unusableAt(String id) {
        return Optional.ofNullable(unusable.get(id));
    }

    List<String> ids() {
        return usable.keySet().stream().sorted().toList();
    }
}
