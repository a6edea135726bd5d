package org.pgdrill.practice.sql;

import java.util.Optional;
import java.util.Set;

/**
 * Refuses what would let a learner's text escape the attempt's transaction or its limits: transaction
 * control, switching roles, changing protected settings (also through set_config) and DISCARD.
 */
final class SessionRules {
    private static final String ROLLED_BACK = " is not allowed here: every attempt runs in one transaction that pgdrill rolls back; "
            + "write the statements without BEGIN/COMMIT.";
    private static final String ROLE = " is not allowed here: your SQL runs as pgdrill's practice role and may not switch to "
            + "another role. Remove this statement.";
    private static final String SETTING_TAIL = ". Remove this statement; settings such as work_mem, enable_seqscan or search_path are fine.";
    private static final Set<String> TRANSACTION_WORDS = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE");
    private static final Set<String> ROLE_SETTINGS = Set.of("role", "session_authorization");

    private SessionRules() {
    }

    static Optional<String> refusal(StatementTokens tokens) {
        String first = tokens.word(0);
        if (TRANSACTION_WORDS.contains(first)) {
            return Optional.of(transactionLabel(tokens) + ROLLED_BACK);
        }
        if (tokens.wordsAt(0, "START", "TRANSACTION") || tokens.wordsAt(0, "PREPARE", "TRANSACTION")) {
            return Optional.of(first + " TRANSACTION" + ROLLED_BACK);
        }
        if (first.equals("SET")) {
            return set(tokens);
        }
        if (first.equals("RESET")) {
            return reset(tokens);
        }
        if (first.equals("DISCARD")) {
            return Optional.of("DISCARD is not allowed here: pgdrill cleans the session itself after every attempt. Remove this statement.");
        }
        return setConfig(tokens);
    }

    /** "COMMIT", "COMMIT PREPARED", "ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT", … as the learner would name it. */
    private static String transactionLabel(StatementTokens tokens) {
        String first = tokens.word(0);
        String second = tokens.word(1);
        if (second.equals("PREPARED") || (first.equals("RELEASE") && second.equals("SAVEPOINT"))) {
            return first + " " + second;
        }
        if (first.equals("ROLLBACK") && second.equals("TO")) {
            return "ROLLBACK TO SAVEPOINT";
        }
        return first;
    }

    private static Optional<String> set(StatementTokens tokens) {
        int at = 1;
        if ((tokens.word(at).equals("SESSION") || tokens.word(at).equals("LOCAL"))
                && !tokens.wordsAt(at, "SESSION", "AUTHORIZATION") && !tokens.wordsAt(at, "SESSION", "CHARACTERISTICS")) {
            at++;
        }
        if (tokens.wordsAt(at, "TRANSACTION") || tokens.wordsAt(at, "SESSION", "CHARACTERISTICS")) {
            return Optional.of("SET TRANSACTION is not allowed here: pgdrill chooses the transaction's mode itself, and every attempt "
                    + "runs in one transaction that pgdrill rolls back. Remove this statement.");
        }
        if (tokens.wordsAt(at, "ROLE")) {
            return Optional.of("SET ROLE" + ROLE);
        }
        if (tokens.wordsAt(at, "SESSION", "AUTHORIZATION")) {
            return Optional.of("SET SESSION AUTHORIZATION" + ROLE);
        }
        return setting("SET", settingName(tokens, at));
    }

    private static Optional<String> reset(StatementTokens tokens) {
        if (tokens.wordsAt(1, "ROLE")) {
            return Optional.of("RESET ROLE" + ROLE);
        }
        if (tokens.wordsAt(1, "SESSION", "AUTHORIZATION")) {
            return Optional.of("RESET SESSION AUTHORIZATION" + ROLE);
        }
        if (tokens.wordsAt(1, "ALL")) {
            return Optional.of("RESET ALL is not allowed here: it would undo the limits pgdrill sets for every attempt. "
                    + "Reset single settings instead, e.g. RESET work_mem.");
        }
        return setting("RESET", settingName(tokens, 1));
    }

    /** A setting's name as PostgreSQL folds it; a dotted custom name such as {@code app.user_id} is kept whole. */
    private static String settingName(StatementTokens tokens, int at) {
        String name = tokens.identifier(at);
        if (tokens.isPunctuation(at + 1, '.')) {
            name = name + "." + tokens.identifier(at + 2);
        }
        return name;
    }

    private static Optional<String> setting(String verb, String name) {
        if (ROLE_SETTINGS.contains(name)) {
            return Optional.of(verb + " " + name + ROLE);
        }
        return ProtectedSettings.reason(name).map(reason -> verb + " " + name + " is not allowed here: " + reason + SETTING_TAIL);
    }

    /** set_config('name', value, is_local) changes a setting from inside a query; only a literal name can be checked. */
    private static Optional<String> setConfig(StatementTokens tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.identifier(i).equals("set_config") || !tokens.isPunctuation(i + 1, '(')) {
                continue;
            }
            Optional<String> name = literalArgument(tokens, i + 2);
            if (name.isEmpty()) {
                return Optional.of("set_config(…) with a computed setting name is not allowed here: pgdrill cannot tell which setting "
                        + "it would change. Write the name as a literal, e.g. set_config('app.user_id', '42', true).");
            }
            String setting = name.get().strip().toLowerCase(java.util.Locale.ROOT);
            if (ROLE_SETTINGS.contains(setting)) {
                return Optional.of("set_config('" + setting + "', …)" + ROLE);
            }
            Optional<String> reason = ProtectedSettings.reason(setting);
            if (reason.isPresent()) {
                return Optional.of("set_config('" + setting + "', …) is not allowed here: " + reason.get() + SETTING_TAIL);
            }
        }
        return Optional.empty();
    }

    /** The contents of a plain '…' literal at {@code at} that is followed by a comma, or empty. */
    private static Optional<String> literalArgument(StatementTokens tokens, int at) {
        if (at >= tokens.size() || !tokens.isPunctuation(at + 1, ',')) {
            return Optional.empty();
        }
        SqlToken token = tokens.get(at);
        if (token.kind() != TokenKind.STRING || !token.terminated() || !token.text().startsWith("'")) {
            return Optional.empty();
        }
        return Optional.of(token.text().substring(1, token.text().length() - 1).replace("''", "'"));
    }
}
