package org.pgdrill.practice.sql;

import java.util.Map;
import java.util.Optional;

/** Server settings a learner may not change, because pgdrill's safety limits or its reading of the text depend on them. */
final class ProtectedSettings {
    private static final String LIMIT = "pgdrill sets %s itself to keep every attempt safe";
    private static final String TRANSACTION = "pgdrill chooses the transaction's mode itself, and every attempt runs in one transaction that pgdrill rolls back";
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("statement_timeout", LIMIT),
            Map.entry("lock_timeout", LIMIT),
            Map.entry("idle_in_transaction_session_timeout", LIMIT),
            Map.entry("idle_session_timeout", LIMIT),
            Map.entry("transaction_timeout", LIMIT),
            Map.entry("transaction_read_only", TRANSACTION),
            Map.entry("default_transaction_read_only", TRANSACTION),
            Map.entry("transaction_isolation", TRANSACTION),
            Map.entry("transaction_deferrable", TRANSACTION),
            Map.entry("session_replication_role", "session_replication_role would switch off triggers and foreign keys that the exercise relies on"),
            Map.entry("standard_conforming_strings", "pgdrill reads your text with standard_conforming_strings on to split it safely"),
            Map.entry("backslash_quote", "pgdrill reads your text with the default quoting rules to split it safely"));

    private ProtectedSettings() {
    }

    /** Why {@code name} may not be changed, or empty when it may. */
    static Optional<String> reason(String name) {
        String template = REASONS.get(name);
        return template == null ? Optional.empty() : Optional.of(template.contains("%s") ? String.format(template, name) : template);
    }
}
