package org.pgdrill.practice.sandbox;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.pgdrill.practice.IntervalValue;
import org.postgresql.util.PGInterval;

/**
 * Reads a cell as a plain Java value chosen by the column's PostgreSQL type, so results can be
 * compared by value (int4 5 = int8 5, numeric 2.50 = 2.5) and shown like psql shows them.
 */
final class ValueReader {
    private ValueReader() {
    }

    static Object read(ResultSet rs, int column, String typeName) throws SQLException {
        String type = typeName.toLowerCase(Locale.ROOT);
        if (type.startsWith("_")) {
            Array array = rs.getArray(column);
            return array == null ? null : arrayValue(array.getArray());
        }
        switch (type) {
            case "int2", "int4", "int8", "oid", "xid", "serial", "bigserial", "smallserial" -> {
                long value = rs.getLong(column);
                return rs.wasNull() ? null : value;
            }
            case "numeric" -> {
                BigDecimal value = rs.getBigDecimal(column);
                return value; // NaN and ±Infinity come back as Double from PgJDBC; getBigDecimal throws for them
            }
            case "float4", "float8" -> {
                double value = rs.getDouble(column);
                return rs.wasNull() ? null : value;
            }
            case "bool" -> {
                boolean value = rs.getBoolean(column);
                return rs.wasNull() ? null : value;
            }
            case "date" -> {
                return rs.getObject(column, LocalDate.class);
            }
            case "timestamp" -> {
                return rs.getObject(column, LocalDateTime.class);
            }
            case "timestamptz" -> {
                return rs.getObject(column, OffsetDateTime.class);
            }
            case "time" -> {
                return rs.getObject(column, LocalTime.class);
            }
            case "interval" -> {
                Object value = rs.getObject(column);
                return value == null ? null : interval((PGInterval) value, rs.getString(column));
            }
            case "bytea" -> {
                byte[] bytes = rs.getBytes(column);
                return bytes == null ? null : "\\x" + HexFormat.of().formatHex(bytes);
            }
            default -> {
                return rs.getString(column);
            }
        }
    }

    static Object readSafely(ResultSet rs, int column, String typeName) throws SQLException {
        try {
            return read(rs, column, typeName);
        } catch (SQLException | RuntimeException e) {
            // NaN/Infinity numerics, out-of-range dates ('infinity'): the server's text is the value
            return rs.getString(column);
        }
    }

    private static IntervalValue interval(PGInterval interval, String text) {
        int months = interval.getYears() * 12 + interval.getMonths();
        long micros = Math.round(((interval.getHours() * 60L + interval.getMinutes()) * 60L) * 1_000_000L
                + interval.getSeconds() * 1_000_000d);
        return new IntervalValue(months, interval.getDays(), micros, text);
    }

    private static List<Object> arrayValue(Object array) {
        Object[] elements = (Object[]) array;
        List<Object> values = new ArrayList<>(elements.length);
        for (Object element : elements) {
            values.add(normalise(element));
        }
        return values;
    }

    private static Object normalise(Object element) {
        if (element == null) {
            return null;
        }
        if (element instanceof Object[] nested) {
            return arrayValue(nested);
        }
        if (element instanceof Integer || element instanceof Short) {
            return ((Number) element).longValue();
        }
        if (element instanceof Float) {
            return ((Float) element).doubleValue();
        }
        if (element instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (element instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (element instanceof PGInterval interval) {
            return interval(interval, interval.getValue());
        }
        if (element instanceof Long || element instanceof BigDecimal || element instanceof Double
                || element instanceof Boolean || element instanceof String) {
            return element;
        }
        return element.toString();
    }
}
