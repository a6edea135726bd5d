package org.pgdrill.practice.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** EXPLAIN output recorded from PostgreSQL 15 and 18 (see record-fixtures.sh next to the files). */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String version, String name) {
        String path = "/org/pgdrill/practice/explain/" + version + "/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExplainPlan plan(String version, String name) {
        return ExplainParser.parse(read(version, name + ".json"));
    }
}
