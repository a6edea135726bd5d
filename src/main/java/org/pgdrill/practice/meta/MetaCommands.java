package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;

/**
 * Answers psql backslash commands by reading the system catalogs over any connection, including a
 * learner's SELECT-only login inside a READ ONLY transaction: the queries never write and need no
 * privilege beyond connecting.
 */
public final class MetaCommands {

    private MetaCommands() {
    }

    /**
     * Runs {@code command} on {@code connection}. Inside a transaction (autocommit off, as in an attempt)
     * it runs under a savepoint, so a failing catalog query (a pattern the server cannot read) leaves the
     * learner's transaction usable.
     *
     * @throws MetaCommandException for a pattern pgdrill or the server cannot read, saying what to write instead
     * @throws SQLException         when the connection fails
     */
    public static MetaAnswer run(Connection connection, MetaCommand command) throws SQLException {
        if (connection.getAutoCommit()) {
            return answer(connection, command);
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            MetaAnswer answer = answer(connection, command);
            connection.releaseSavepoint(savepoint);
            return answer;
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            throw e;
        }
    }

    private static MetaAnswer answer(Connection connection, MetaCommand command) throws SQLException {
        switch (command.kind()) {
            case HELP:
                return MetaAnswer.of(List.of(help()));
            case LIST_RELATIONS:
                return RelationLister.list(connection, command);
            case DESCRIBE:
                return RelationDescriber.describe(connection, command);
            case LIST_SCHEMAS:
                return SchemaLister.list(connection, command);
            case LIST_FUNCTIONS:
                return FunctionLister.list(connection, command);
            default:
                throw new IllegalStateException("unknown meta-command kind " + command.kind());
        }
    }

    /** {@code \?}: the supported commands, one row each. */
    private static MetaResult help() {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : MetaCommand.SUPPORTED.subList(0, MetaCommand.SUPPORTED.size() - 1)) {
            int gap = line.indexOf("  ");
            rows.add(List.of(line.substring(0, gap).strip(), line.substring(gap).strip()));
        }
        List<String> footer = List.of(MetaCommand.SUPPORTED.get(MetaCommand.SUPPORTED.size() - 1));
        return new MetaResult("Backslash commands", new ResultTable(
                List.of(new ResultColumn("Command", "text"), new ResultColumn("Description", "text")), rows, false, footer));
    }
}
