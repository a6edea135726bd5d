package org.pgdrill.practice.sandbox;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An error PostgreSQL reported for a learner's statement, with the script position when it has one.
 *
 * @param message  PostgreSQL's message ("column \"nme\" does not exist")
 * @param sqlState the SQLSTATE, e.g. 42703
 * @param position where in the learner's script, if PostgreSQL gave a position
 * @param detail   DETAIL line, or empty
 * @param hint     HINT line, or empty
 */
public record SqlFailure(String message, String sqlState, Optional<LearnerStatement.Position> position, String detail, String hint) {

    static SqlFailure from(SQLException e, LearnerStatement statement) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            Optional<LearnerStatement.Position> position = server.getPosition() > 0
                    ? Optional.of(statement.positionOf(server.getPosition())) : Optional.empty();
            return new SqlFailure(nonNull(server.getMessage()), state, position, nonNull(server.getDetail()), nonNull(server.getHint()));
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SqlFailure(message, state, Optional.empty(), "", "");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** One line for a learner: "ERROR: column "nme" does not exist (line 2, column 8)". */
    public String describe() {
        StringBuilder text = new StringBuilder("ERROR: ").append(message);
        position.ifPresent(p -> text.append(" (").append(p).append(')'));
        if (!detail.isEmpty()) {
            text.append("\nDETAIL: ").append(detail);
        }
        if (!hint.isEmpty()) {
            text.append("\nHINT: ").append(hint);
        }
        return text.toString();
    }
}
