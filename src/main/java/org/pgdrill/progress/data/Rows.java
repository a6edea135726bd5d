package org.pgdrill.progress.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Small helpers every table uses: UTC timestamps with millisecond precision, id checks. */
final class Rows {
    static final int MAX_ID_LENGTH = 200;

    /** What a merge did to one row. */
    enum Change {
        ADDED, UPDATED, UNCHANGED
    }

    private Rows() {
    }

    /** Timestamps are kept to the millisecond, so what is stored, exported and imported compares equal. */
    static Instant millis(Instant instant, String name) {
        return Objects.requireNonNull(instant, name + " is missing").truncatedTo(ChronoUnit.MILLIS);
    }

    static String id(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    static String text(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name + " is missing");
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The {@code changed_at}-style time of the row {@code sql} selects with {@code keys}, if the row exists. */
    static java.util.Optional<Instant> timeOf(java.sql.Connection c, String sql, String... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getObject(1, OffsetDateTime.class).toInstant()) : java.util.Optional.empty();
            }
        }
    }

    /** True if {@code sql} (a SELECT with the keys as parameters, last one a timestamp) finds a row. */
    static boolean exists(java.sql.Connection c, String sql, Instant at, String... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            setStrings(ps, keys);
            setInstant(ps, keys.length + 1, at);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void setStrings(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
    }
}
