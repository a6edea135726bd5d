package org.pgdrill.practice.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A psql name pattern turned into anchored POSIX regular expressions, as psql's processSQLNamePattern
 * does: unquoted letters fold to lower case, {@code *} matches any text and {@code ?} one character,
 * a dot separates schema and name (database.schema.name is allowed), double quotes keep case and make
 * {@code * ? .} literal, and {@code $} is always literal. Outside quotes other regular-expression
 * characters pass through, so {@code \d ord(er)?s} works as it does in psql.
 *
 * @param database the database part of a three-part pattern, as written (it must name the current database)
 * @param schema   regex for the schema, when the pattern has one
 * @param name     regex for the object's name; empty when any name matches ({@code shop.} or {@code shop.*})
 */
public record NamePattern(Optional<String> database, Optional<String> schema, Optional<String> name) {
    private static final String QUOTED_SPECIALS = "|*+?()[]{}.^$\\";

    /** Translates {@code pattern}; throws {@link MetaCommandException} for more than three dotted parts. */
    public static NamePattern of(String pattern) {
        List<StringBuilder> parts = new ArrayList<>();
        parts.add(new StringBuilder());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            StringBuilder part = parts.get(parts.size() - 1);
            if (c == '"') {
                if (quoted && i + 1 < pattern.length() && pattern.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '*') {
                part.append(".*");
            } else if (!quoted && c == '?') {
                part.append('.');
            } else if (!quoted && c == '.') {
                parts.add(new StringBuilder());
            } else if (c == '$') {
                part.append("\\$");
            } else {
                if (quoted && QUOTED_SPECIALS.indexOf(c) >= 0) {
                    part.append('\\');
                }
                part.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        if (parts.size() > 3) {
            throw new MetaCommandException("improper qualified name (too many dotted names): " + pattern);
        }
        Optional<String> name = anchored(parts.get(parts.size() - 1).toString());
        Optional<String> schema = parts.size() >= 2 ? Optional.of(anchoredOrAll(parts.get(parts.size() - 2).toString())) : Optional.empty();
        Optional<String> database = parts.size() == 3 ? Optional.of(parts.get(0).toString()) : Optional.empty();
        return new NamePattern(database, schema, name);
    }

    /** Empty for a part that matches everything ("" or ".*"), else {@code ^(part)$}. */
    private static Optional<String> anchored(String part) {
        return part.isEmpty() || part.equals(".*") ? Optional.empty() : Optional.of("^(" + part + ")$");
    }

    private static String anchoredOrAll(String part) {
        return anchored(part).orElse("^(.*)$");
    }
}
