package org.pgdrill.practice.sql;

import java.util.Optional;
import java.util.Set;

/**
 * Tells what a statement does and which privileges it needs, from its words alone. The sandbox uses
 * {@link Classification#access()} to pick the least privileged login for an attempt.
 *
 * <p>Choices worth knowing: SELECT … FOR UPDATE (and the other row locks) is a QUERY that needs DML
 * access; EXPLAIN without ANALYZE is a QUERY but needs the access of what it explains (PostgreSQL checks
 * privileges even when it only plans); SELECT … INTO creates a table and is DDL; DO and CALL may do
 * anything the role can, so they need DDL access; an unknown first word is a UTILITY with read-only
 * access, so the server's own syntax error reaches the learner.
 */
public final class StatementClassifier {
    private static final Set<String> DML_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> DDL_WORDS = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "GRANT", "REVOKE",
            "SECURITY", "REINDEX", "REFRESH", "IMPORT", "CLUSTER", "VACUUM", "REASSIGN");
    private static final Set<String> SESSION_WORDS = Set.of("SET", "RESET", "DISCARD");
    private static final Set<String> READ_UTILITY_WORDS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "SAVEPOINT", "RELEASE", "DEALLOCATE", "CLOSE", "FETCH", "MOVE", "LISTEN", "UNLISTEN", "NOTIFY", "LOAD", "CHECKPOINT");

    private StatementClassifier() {
    }

    public static Classification classify(SqlStatement statement) {
        if (statement.metaCommand()) {
            return new Classification(StatementCategory.META, AccessLevel.READ_ONLY);
        }
        return classify(statement.text());
    }

    public static Classification classify(String statementText) {
        return classify(StatementTokens.of(statementText), statementText);
    }

    private static Classification classify(StatementTokens tokens, String text) {
        int first = 0;
        while (tokens.isPunctuation(first, '(')) {
            first++;
        }
        String word = tokens.word(first);
        if (word.equals("SELECT") || word.equals("VALUES") || word.equals("TABLE")) {
            return query(tokens);
        }
        if (word.equals("WITH")) {
            return hasDataModifyingPart(tokens) ? new Classification(StatementCategory.DML, AccessLevel.DML) : query(tokens);
        }
        if (word.equals("EXPLAIN")) {
            return explain(text);
        }
        if (word.equals("SHOW")) {
            return new Classification(StatementCategory.QUERY, AccessLevel.READ_ONLY);
        }
        if (DML_WORDS.contains(word)) {
            return new Classification(StatementCategory.DML, AccessLevel.DML);
        }
        if (DDL_WORDS.contains(word)) {
            return new Classification(StatementCategory.DDL, AccessLevel.DDL);
        }
        if (SESSION_WORDS.contains(word)) {
            boolean transactionMode = tokens.wordsAt(first, "SET", "TRANSACTION") || tokens.wordsAt(first, "SET", "SESSION", "CHARACTERISTICS");
            return new Classification(transactionMode ? StatementCategory.UTILITY : StatementCategory.SESSION, AccessLevel.READ_ONLY);
        }
        return utility(tokens, word, text);
    }

    private static Classification utility(StatementTokens tokens, String word, String text) {
        switch (word) {
            case "LOCK", "EXECUTE", "COPY":
                return new Classification(StatementCategory.UTILITY, AccessLevel.DML);
            case "DO", "CALL", "ANALYZE", "ANALYSE":
                return new Classification(StatementCategory.UTILITY, AccessLevel.DDL);
            case "PREPARE", "DECLARE":
                return new Classification(StatementCategory.UTILITY, innerAccess(tokens, word.equals("PREPARE") ? "AS" : "FOR", text));
            default:
                return new Classification(StatementCategory.UTILITY, AccessLevel.READ_ONLY);
        }
    }

    /** PREPARE name AS statement and DECLARE name CURSOR FOR query need what their statement needs. */
    private static AccessLevel innerAccess(StatementTokens tokens, String keyword, String text) {
        int at = tokens.indexOfTopLevelWord(keyword, 1);
        if (at < 0 || at + 1 >= tokens.size()) {
            return AccessLevel.READ_ONLY;
        }
        return classify(text.substring(tokens.get(at + 1).start())).access();
    }

    private static Classification query(StatementTokens tokens) {
        if (locksRows(tokens)) {
            return new Classification(StatementCategory.QUERY, AccessLevel.DML, true);
        }
        int select = tokens.indexOfTopLevelWord("SELECT", 0);
        if (select >= 0 && tokens.indexOfTopLevelWord("INTO", select) >= 0) {
            return new Classification(StatementCategory.DDL, AccessLevel.DDL);
        }
        return new Classification(StatementCategory.QUERY, AccessLevel.READ_ONLY);
    }

    private static boolean locksRows(StatementTokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.word(i).equals("FOR") && (tokens.wordsAt(i + 1, "UPDATE") || tokens.wordsAt(i + 1, "SHARE")
                    || tokens.wordsAt(i + 1, "NO", "KEY", "UPDATE") || tokens.wordsAt(i + 1, "KEY", "SHARE"))) {
                return true;
            }
        }
        return false;
    }

    /** In WITH, INSERT/UPDATE/DELETE/MERGE right after "(" opens a data-modifying CTE; right after ")" it is the main statement. */
    private static boolean hasDataModifyingPart(StatementTokens tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (DML_WORDS.contains(tokens.word(i)) && (tokens.isPunctuation(i - 1, '(') || tokens.isPunctuation(i - 1, ')'))) {
                return true;
            }
        }
        return false;
    }

    private static Classification explain(String text) {
        Optional<ExplainSyntax.Head> head = ExplainSyntax.parse(text);
        if (head.isEmpty() || head.get().statement().isBlank()) {
            return new Classification(StatementCategory.QUERY, AccessLevel.READ_ONLY);
        }
        Classification inner = classify(head.get().statement());
        if (head.get().analyze()) {
            return inner;
        }
        return new Classification(StatementCategory.QUERY, inner.access(), inner.locksRows());
    }
}
