package org.pgdrill.practice.pgexercises;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * pgexercises' clubdata.sql is a psql script that also creates a database and a user, connects with
 * {@code \c} and grants to that user. pgdrill installs datasets itself, so those statements go; the
 * schema, the data (COPY blocks) and the indexes stay as they are.
 */
final class DatasetScript {
    private static final List<String> DROPPED = List.of("create database", "create user", "alter user", "grant ", "revoke ",
            "alter database", "\\c");

    private DatasetScript() {
    }

    static String convert(String script, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append("-- pgexercises' club dataset, imported by 'pgdrill import-pgexercises' on ").append(today).append(".\n")
                .append("-- Source: https://github.com/AlisdairO/pgexercises (database/clubdata.sql), BSD 2-clause licence:\n")
                .append("-- see LICENSE-clubdata.txt. Statements creating the database and user, psql's \\c and GRANT/REVOKE\n")
                .append("-- were removed: pgdrill installs each dataset in its own database and grants access itself.\n\n");
        boolean skipping = false;
        boolean inCopy = false;
        for (String line : script.replace("\r\n", "\n").split("\n", -1)) {
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (inCopy) {
                out.append(line).append('\n');
                inCopy = !line.equals("\\.");
                continue;
            }
            if (!skipping && DROPPED.stream().anyMatch(lower::startsWith)) {
                skipping = !lower.startsWith("\\") && !lower.endsWith(";");
                continue;
            }
            if (skipping) {
                skipping = !lower.endsWith(";");
                continue;
            }
            if (lower.startsWith("copy ") && lower.endsWith("from stdin;")) {
                inCopy = true;
            }
            out.append(line).append('\n');
        }
        return out.toString().replaceAll("\\n+$", "\n");
    }
}
