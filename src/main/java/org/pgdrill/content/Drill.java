package org.pgdrill.content;

import java.util.List;

/**
 * A dangerous-operation drill: a statement that changes or destroys data, and what to check before COMMIT.
 *
 * @param id               stable within the lesson
 * @param title            short name, plain text
 * @param situation        inline Markdown setting the scene; empty when the author gave none
 * @param sql              the statement(s) being drilled
 * @param checkBeforeCommit what to verify before committing, in order (inline Markdown, at least one)
 */
public record Drill(String id, String title, String situation, String sql, List<String> checkBeforeCommit) {
    public Drill {
        checkBeforeCommit = List.copyOf(checkBeforeCommit);
    }
}
