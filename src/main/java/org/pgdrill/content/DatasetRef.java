package org.pgdrill.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A dataset a track's exercises run on: one SQL script in the pack, installed once into its own database.
 *
 * @param id          unique in the track; exercises name it
 * @param title       plain text
 * @param script      the SQL script (absolute path inside the pack)
 * @param searchPath  schemas put first on the learner's search_path, in order (may be empty)
 * @param description plain text; empty when the author gave none
 */
public record DatasetRef(String id, String title, Path script, List<String> searchPath, String description) {
    public DatasetRef {
        searchPath = List.copyOf(searchPath);
    }
}
