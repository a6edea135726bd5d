package org.pgdrill.practice.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A dataset derived from the base one inside the attempt's transaction, to catch answers that are
 * right only by coincidence.
 *
 * @param name        short name (reorder, subset, childless, nulls, duplicates, shuffle, boundary, hidden:…)
 * @param description how a learner would describe the data ("some facilities have no bookings")
 * @param statements  the mutation, run by {@code pgdrill_variants.apply_variant(key)} as the dataset owner
 */
public record Variant(String name, String description, List<String> statements) {
    public static final Variant BASE = new Variant("base", "the exercise's dataset", List.of());

    public Variant {
        statements = List.copyOf(statements);
    }

    public boolean isBase() {
        return statements.isEmpty();
    }

    /** Same statements, same key: variants are shared by exercises on the same tables. */
    public String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String statement : statements) {
                digest.update(statement.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return name + ":" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Variant withStatements(List<String> kept) {
        return new Variant(name, description, kept);
    }
}
