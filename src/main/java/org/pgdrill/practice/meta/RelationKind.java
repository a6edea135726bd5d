package org.pgdrill.practice.meta;

/** The kinds of relation psql's {@code \d} family lists, with the letter that selects them and their {@code pg_class.relkind} values. */
public enum RelationKind {
    TABLE('t', "rp"),
    INDEX('i', "iI"),
    VIEW('v', "v"),
    MATERIALIZED_VIEW('m', "m"),
    SEQUENCE('s', "S"),
    FOREIGN_TABLE('E', "f");

    private final char letter;
    private final String relkinds;

    RelationKind(char letter, String relkinds) {
        this.letter = letter;
        this.relkinds = relkinds;
    }

    public char letter() {
        return letter;
    }

    /** The {@code pg_class.relkind} codes of this kind (tables include partitioned tables, as in psql). */
    public String relkinds() {
        return relkinds;
    }

    static RelationKind ofLetter(char letter) {
        for (RelationKind kind : values()) {
            if (kind.letter == letter) {
                return kind;
            }
        }
        return null;
    }
}
