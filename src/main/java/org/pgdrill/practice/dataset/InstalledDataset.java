package org.pgdrill.practice.dataset;

import java.util.List;
import java.util.Map;

/**
 * A dataset installed in its own database and ready for learner logins.
 *
 * @param spec          what was installed
 * @param database      the database name ({@code pgdrill_<track>__<dataset>})
 * @param searchPath    the search_path learners get (quoted, comma-separated)
 * @param schemas       the dataset's own schemas
 * @param fingerprint   catalog fingerprint taken after setup; a different one later means committed DDL
 * @param sequences     sequence states after setup (nextval is not rolled back, so attempts move them)
 * @param generation    bumped whenever the dataset is (re)built, for caches keyed on its contents
 */
public record InstalledDataset(DatasetSpec spec, String database, String searchPath, List<String> schemas,
                               String fingerprint, Map<String, SequenceState> sequences, long generation) {
    public InstalledDataset {
        schemas = List.copyOf(schemas);
        sequences = Map.copyOf(sequences);
    }

    /** A sequence's position: {@code setval(name, lastValue, isCalled)} restores it. */
    public record SequenceState(long lastValue, boolean isCalled) {
    }
}
