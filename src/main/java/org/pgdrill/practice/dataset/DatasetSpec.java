package org.pgdrill.practice.dataset;

import java.util.List;

/**
 * A dataset as the practice engine needs it: which pack it belongs to, its SQL script and the schemas
 * a learner's unqualified names resolve in.
 *
 * @param trackId    the pack (track) id, e.g. "postgresql"
 * @param datasetId  the dataset id within the pack, e.g. "shop"
 * @param script     the SQL that creates and fills it (pg_dump plain format, COPY … FROM stdin included)
 * @param searchPath schemas put first on the learner's search_path (may be empty)
 * @param sourceName where the script came from, for messages ("lessons/postgresql/datasets/shop.sql")
 */
public record DatasetSpec(String trackId, String datasetId, String script, List<String> searchPath, String sourceName) {
    public DatasetSpec {
        searchPath = List.copyOf(searchPath);
    }

    public String key() {
        return trackId + "/" + datasetId;
    }
}
