package org.pgdrill.practice.sql;

import java.util.List;
import java.util.Optional;

/**
 * Refuses commands that administer the server rather than practise SQL, and commands the sandbox
 * cannot run inside the transaction it wraps every attempt in.
 */
final class CommandRules {
    private static final String SETUP = " is not allowed here: roles, databases, tablespaces, extensions and server settings "
            + "belong to pgdrill's setup, not to an exercise. Remove this statement.";
    private static final String IN_TRANSACTION = " is not supported here: it cannot run inside the transaction that wraps every attempt. ";
    private static final String NOTIFICATIONS = " is not supported here: notifications are delivered only when a transaction commits, "
            + "and pgdrill never commits an attempt.";
    /** Objects of CREATE/ALTER/DROP that belong to the server's administration; longer phrases first. */
    private static final List<String> ADMINISTERED = List.of("FOREIGN DATA WRAPPER", "USER MAPPING", "EVENT TRIGGER", "ROLE", "USER",
            "GROUP", "DATABASE", "TABLESPACE", "EXTENSION", "SUBSCRIPTION", "PUBLICATION", "SERVER", "LANGUAGE", "SYSTEM", "OWNED");

    private CommandRules() {
    }

    static Optional<String> refusal(StatementTokens tokens) {
        String first = tokens.word(0);
        switch (first) {
            case "CREATE", "ALTER", "DROP":
                return administration(tokens).or(() -> concurrently(tokens));
            case "REASSIGN":
                return Optional.of("REASSIGN OWNED" + SETUP);
            case "LOAD":
                return Optional.of("LOAD is not allowed here: loading server libraries is not part of any exercise. Remove this statement.");
            case "VACUUM":
                return Optional.of("VACUUM" + IN_TRANSACTION + "Use ANALYZE to refresh statistics, or try VACUUM in psql on your own database.");
            case "CLUSTER":
                return Optional.of("CLUSTER is not supported here: it rewrites whole tables, which is maintenance rather than an exercise. "
                        + "Try it in psql on your own database.");
            case "CHECKPOINT":
                return Optional.of("CHECKPOINT is not supported here: it acts on the whole server, not on the exercise's data.");
            case "REINDEX":
                return concurrently(tokens);
            case "LISTEN", "NOTIFY", "UNLISTEN":
                return Optional.of(first + NOTIFICATIONS);
            case "COPY":
                return Optional.of(copy(tokens));
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> administration(StatementTokens tokens) {
        int at = tokens.wordsAt(0, "CREATE", "OR", "REPLACE") ? 3 : 1;
        if (tokens.word(0).equals("CREATE") && (tokens.word(at).equals("TRUSTED") || tokens.word(at).equals("PROCEDURAL"))) {
            at++;
        }
        for (String phrase : ADMINISTERED) {
            if (tokens.wordsAt(at, phrase.split(" "))) {
                boolean createOrDropSystem = phrase.equals("SYSTEM") && !tokens.word(0).equals("ALTER");
                boolean ownedOutsideDrop = phrase.equals("OWNED") && !tokens.word(0).equals("DROP");
                if (createOrDropSystem || ownedOutsideDrop) {
                    return Optional.empty();
                }
                if ((phrase.equals("DATABASE") || phrase.equals("TABLESPACE")) && !tokens.word(0).equals("ALTER")) {
                    return Optional.of(tokens.word(0) + " " + phrase + IN_TRANSACTION
                            + "Every exercise already has its own database; databases and tablespaces belong to pgdrill's setup.");
                }
                return Optional.of(tokens.word(0) + " " + phrase + SETUP);
            }
        }
        return Optional.empty();
    }

    /** CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, ALTER TABLE … DETACH PARTITION … CONCURRENTLY. */
    private static Optional<String> concurrently(StatementTokens tokens) {
        if (!tokens.containsWord("CONCURRENTLY")) {
            return Optional.empty();
        }
        String label;
        if (tokens.word(0).equals("REINDEX")) {
            label = "REINDEX … CONCURRENTLY";
        } else if (tokens.wordsAt(1, "INDEX", "CONCURRENTLY") || tokens.wordsAt(1, "UNIQUE", "INDEX", "CONCURRENTLY")) {
            label = tokens.word(0) + " INDEX CONCURRENTLY";
        } else if (tokens.wordsAt(0, "ALTER", "TABLE") && tokens.containsWord("DETACH")) {
            label = "DETACH PARTITION … CONCURRENTLY";
        } else {
            return Optional.empty();
        }
        return Optional.of(label + IN_TRANSACTION + "Leave out CONCURRENTLY; the result is the same.");
    }

    /** Every COPY is refused; the message names the form so the learner knows what to write instead. */
    private static String copy(StatementTokens tokens) {
        int to = tokens.indexOfTopLevelWord("TO", 1);
        int from = tokens.indexOfTopLevelWord("FROM", 1);
        int direction = to < 0 ? from : from < 0 ? to : Math.min(to, from);
        if (direction < 0) {
            return "COPY is not supported here: use SELECT to read rows and INSERT to add them.";
        }
        String verb = tokens.word(direction);
        String target = tokens.word(direction + 1);
        if (target.equals("STDOUT")) {
            return "COPY … TO STDOUT is not supported here: the sandbox shows the results of queries; write the SELECT instead.";
        }
        if (target.equals("STDIN")) {
            return "COPY … FROM STDIN is not supported here: the sandbox has no input stream; use INSERT … VALUES instead.";
        }
        String what = target.equals("PROGRAM") ? "a program" : "a file";
        return "COPY … " + verb + " " + what + " is not supported here: exercises never reach the server's files or programs; "
                + "use SELECT to read rows and INSERT to add them.";
    }
}
