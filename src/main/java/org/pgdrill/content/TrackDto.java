package org.pgdrill.content;

import java.util.List;

/** {@code track.yaml} as written. Field names are the keys in snake_case; every key is optional here and checked later. */
final class TrackDto extends Located {
    String id;
    String title;
    String engine;
    Integer version;
    String description;
    List<DatasetDto> datasets;
    List<LineText> lessons;

    static final class DatasetDto extends Located {
        String id;
        String title;
        String file;
        List<String> searchPath;
        String description;
    }
}
