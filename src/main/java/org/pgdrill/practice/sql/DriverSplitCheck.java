package org.pgdrill.practice.sql;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;

/**
 * Defence in depth: PgJDBC splits multi-statement strings itself, so for every statement the guard
 * allows, the driver's own parser must also see exactly one statement. It is asked twice, with
 * {@code standard_conforming_strings} on and off, because a learner could switch that setting through
 * a function and make the driver read backslashes in plain strings differently from pgdrill.
 */
final class DriverSplitCheck {

    private DriverSplitCheck() {
    }

    /** A refusal message when the driver would not send {@code statement} as one statement. */
    static Optional<String> refusal(String statement) {
        for (boolean standardConformingStrings : new boolean[] {true, false}) {
            try {
                List<NativeQuery> queries = Parser.parseJdbcSql(statement, standardConformingStrings, false, true, false, false);
                long statements = queries.stream().filter(query -> !isEmpty(query.nativeSql)).count();
                if (statements > 1) {
                    return Optional.of("pgdrill could not split this safely: PostgreSQL's driver reads it as " + statements
                            + " statements. End each statement with a semicolon outside quotes and comments, and avoid backslashes "
                            + "in plain '…' strings.");
                }
            } catch (SQLException e) {
                return Optional.of("pgdrill could not split this safely: " + e.getMessage() + ".");
            }
        }
        return Optional.empty();
    }

    private static boolean isEmpty(String sql) {
        return SqlLexer.tokenize(sql).stream().allMatch(token -> token.kind().isComment() || token.isPunctuation(';'));
    }
}
