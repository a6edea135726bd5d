package org.pgdrill.practice.explain;

import java.util.Set;

/** Writes names the way PostgreSQL's quote_identifier does, so rendered plans read like the server's own. */
final class Identifiers {
    /** Reserved words (and the type/function-name words) that PostgreSQL always quotes. */
    private static final Set<String> KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant",
            "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right",
            "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    private Identifiers() {
    }

    static String quote(String name) {
        boolean plain = name.matches("[a-z_][a-z0-9_$]*") && !KEYWORDS.contains(name);
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
