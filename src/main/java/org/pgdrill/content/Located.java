package org.pgdrill.content;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of every pack DTO: where the item starts and where each of its keys is, so problems found
 * after binding still point at the right line. Filled while deserializing by {@link LineRecording};
 * the fields are transient so Jackson does not mistake them for keys.
 */
abstract class Located {
    transient int line = 1;
    private final transient Map<String, Integer> keyLines = new HashMap<>();

    /** The line of {@code key} within this item, else the item's first line. */
    int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    void recordKey(String key, int keyLine) {
        keyLines.put(key, keyLine);
    }
}
