package org.pgdrill.practice;

/**
 * A PostgreSQL interval, compared the way PostgreSQL compares intervals: a month counts as 30 days and
 * a day as 24 hours, so '1 day' equals '24 hours'. {@link #text()} keeps what the server printed.
 */
public record IntervalValue(int months, int days, long micros, String text) {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** The value on PostgreSQL's comparison scale, in microseconds. */
    public java.math.BigInteger span() {
        return java.math.BigInteger.valueOf(months).multiply(java.math.BigInteger.valueOf(30L * MICROS_PER_DAY))
                .add(java.math.BigInteger.valueOf(days).multiply(java.math.BigInteger.valueOf(MICROS_PER_DAY)))
                .add(java.math.BigInteger.valueOf(micros));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalValue that && span().equals(that.span());
    }

    @Override
    public int hashCode() {
        return span().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
