package org.pgdrill.practice.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.pgdrill.practice.IntervalValue;

/**
 * Canonical text for a cell, so equal values have equal keys: int4 5, int8 5 and numeric 5.00 are one
 * number; floats compare to 10 significant digits; a date equals the timestamp at its midnight;
 * char(n) padding is ignored; NULL differs from every value, the empty string included.
 */
final class CellKey {
    static final String NULL = "\u0000null";
    private static final MathContext FLOAT_PRECISION = new MathContext(10);

    private CellKey() {
    }

    static String of(Object value, boolean approximate, boolean padded) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigDecimal || value instanceof Double) {
            return "n:" + number(value, approximate);
        }
        if (value instanceof String text) {
            return "s:" + (padded ? text.stripTrailing() : text);
        }
        if (value instanceof Boolean bool) {
            return "b:" + bool;
        }
        if (value instanceof LocalDate date) {
            return "t:" + date.atStartOfDay();
        }
        if (value instanceof LocalDateTime dateTime) {
            return "t:" + dateTime;
        }
        if (value instanceof OffsetDateTime instant) {
            return "z:" + instant.toInstant();
        }
        if (value instanceof IntervalValue interval) {
            return "i:" + interval.span();
        }
        if (value instanceof List<?> list) {
            return "a:[" + list.stream().map(v -> of(v, approximate, padded)).collect(Collectors.joining("\u0001")) + "]";
        }
        return "o:" + value;
    }

    private static String number(Object value, boolean approximate) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            return plain(new BigDecimal(d).round(FLOAT_PRECISION));
        }
        BigDecimal exact = value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue());
        return plain(approximate ? exact.round(FLOAT_PRECISION) : exact);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** How a learner would read the value: NULL, plain numbers, text as is. */
    static String display(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toString().replace('T', ' ');
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CellKey::display).collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }

    /** A short word for the kind of value, to say "text where a number is expected". */
    static String kind(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof LocalDate) {
            return "a date";
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            return "a timestamp";
        }
        if (value instanceof IntervalValue) {
            return "an interval";
        }
        if (value instanceof List) {
            return "an array";
        }
        return "a value";
    }
}
