package org.pgdrill.ui.common;

import java.util.List;
import org.pgdrill.practice.sql.SqlSplitter;
import org.pgdrill.practice.sql.SqlStatement;

/** What an "Explain" button runs: the learner's script with its last statement under EXPLAIN (ANALYZE, BUFFERS). */
public final class ExplainScript {
    private ExplainScript() {
    }

    /** The script with its last statement explained, unless it is an EXPLAIN or a meta-command already. */
    public static String explained(String text) {
        List<SqlStatement> statements = SqlSplitter.split(text).statements();
        if (statements.isEmpty()) {
            return text;
        }
        SqlStatement last = statements.get(statements.size() - 1);
        if (last.metaCommand() || last.text().regionMatches(true, 0, "EXPLAIN", 0, 7)) {
            return text;
        }
        return text.substring(0, last.startOffset()) + "EXPLAIN (ANALYZE, BUFFERS) " + text.substring(last.startOffset());
    }
}
