package org.pgdrill.practice.dataset;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs a dataset script on a connection: plain SQL (sent with the simple protocol, so error positions
 * map to script lines) and pg_dump's {@code COPY … FROM stdin;} blocks ending with {@code \.}.
 * psql meta-commands are refused with the line they are on.
 */
final class DatasetScriptRunner {
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^\\s*COPY\\s+.+\\s+FROM\\s+stdin\\b.*;\\s*$");

    private final Connection connection;
    private final String sourceName;

    DatasetScriptRunner(Connection connection, String sourceName) {
        this.connection = connection;
        this.sourceName = sourceName;
    }

    void run(String script) throws DatasetException {
        List<String> lines = script.replace("\r\n", "\n").lines().toList();
        StringBuilder chunk = new StringBuilder();
        int chunkStart = 1;
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index);
            int lineNumber = index + 1;
            if (line.startsWith("\\")) {
                throw new DatasetException(sourceName + ":" + lineNumber + ": psql meta-command '" + line.strip()
                        + "' is not supported in dataset scripts; remove it (pgdrill connects to the dataset's database itself)");
            }
            if (COPY_FROM_STDIN.matcher(line).matches()) {
                execute(chunk.toString(), chunkStart);
                index = copy(line, lines, index + 1, lineNumber);
                chunk.setLength(0);
                chunkStart = index + 1;
                continue;
            }
            if (chunk.length() == 0 && line.isBlank()) {
                chunkStart = lineNumber + 1;
            } else {
                chunk.append(line).append('\n');
            }
            index++;
        }
        execute(chunk.toString(), chunkStart);
    }

    /** Streams the data lines after a COPY statement; returns the index of the line after {@code \.}. */
    private int copy(String copyStatement, List<String> lines, int firstData, int copyLine) throws DatasetException {
        StringBuilder data = new StringBuilder();
        int index = firstData;
        while (index < lines.size() && !lines.get(index).equals("\\.")) {
            data.append(lines.get(index)).append('\n');
            index++;
        }
        if (index == lines.size()) {
            throw new DatasetException(sourceName + ":" + copyLine + ": COPY data is not ended by a line with \\.");
        }
        String sql = copyStatement.strip();
        sql = sql.substring(0, sql.length() - 1); // the copy API takes the statement without ';'
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException e) {
            throw new DatasetException(sourceName + ":" + copyLine + ": " + firstLine(e), e);
        } catch (java.io.IOException e) {
            throw new DatasetException(sourceName + ":" + copyLine + ": " + e.getMessage(), e);
        }
        return index + 1;
    }

    private void execute(String sql, int startLine) throws DatasetException {
        if (sql.isBlank()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            int line = startLine;
            if (e instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                if (server != null && server.getPosition() > 0) {
                    int position = Math.min(server.getPosition() - 1, sql.length());
                    line += (int) sql.substring(0, position).chars().filter(c -> c == '\n').count();
                }
            }
            throw new DatasetException(sourceName + ":" + line + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
