package org.pgdrill.practice.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;

/** Runs catalog queries with bound parameters; meta-commands only ever read the catalogs. */
final class Catalog {
    /** SQLSTATE of an invalid regular expression, i.e. a pattern the server cannot read. */
    private static final String INVALID_REGEX = "2201B";

    private Catalog() {
    }

    /** The rows of {@code sql} as a table; NULL shows as an empty cell, as in psql. */
    static ResultTable table(Connection connection, String sql, List<String> parameters, List<String> footer) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<ResultColumn> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
            }
            List<List<Object>> values = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rows.getObject(i);
                    row.add(value == null ? "" : value);
                }
                values.add(row);
            }
            return new ResultTable(columns, values, false, footer);
        } catch (SQLException e) {
            throw explainPatternError(e, parameters);
        }
    }

    /** The rows of {@code sql} as text. */
    static List<List<String>> rows(Connection connection, String sql, List<String> parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            int count = rows.getMetaData().getColumnCount();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw explainPatternError(e, parameters);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static SQLException explainPatternError(SQLException e, List<String> parameters) {
        if (INVALID_REGEX.equals(e.getSQLState())) {
            throw new MetaCommandException("The pattern is not valid: " + e.getMessage().replaceFirst("^ERROR: ", "")
                    + ". Use * for any text and ? for one character, or put a name with special characters in double quotes.");
        }
        return e;
    }
}
