package org.pgdrill.practice.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pgdrill.practice.meta.MetaCommand;
import org.pgdrill.practice.meta.MetaCommandException;

/**
 * Decides, before anything reaches PostgreSQL, whether a learner's text may run. It refuses what
 * would let the text escape the attempt's transaction, switch roles, lift pgdrill's limits or
 * administer the server, and what the sandbox cannot run; each refusal says why and what to do
 * instead. It is defence in depth: the login role's privileges remain the real barrier.
 */
public final class StatementGuard {
    private final GuardLimits limits;

    public StatementGuard(GuardLimits limits) {
        this.limits = limits;
    }

    /**
     * Splits and checks a whole script; nothing may run unless {@link ScriptCheck#ok()}. When anything is
     * refused, {@link ScriptCheck#allowed()} is empty, so a partly refused script can never half-run.
     */
    public ScriptCheck checkScript(String script) {
        int bytes = utf8Length(script);
        if (bytes > limits.maxBytes()) {
            String message = size(bytes) + " is too long for one attempt (limit " + size(limits.maxBytes())
                    + "). Shorten the text or split the work into several attempts.";
            return new ScriptCheck(new SplitResult(script, List.of(), List.of()), List.of(), List.of(new GuardVerdict.Refused(message, 1, 1)));
        }
        SplitResult split = SqlSplitter.split(script);
        List<GuardVerdict.Allowed> allowed = new ArrayList<>();
        List<GuardVerdict.Refused> refusals = new ArrayList<>();
        for (SplitProblem problem : split.problems()) {
            refusals.add(new GuardVerdict.Refused(problem.message(), problem.line(), problem.column()));
        }
        if (split.isNothingToRun()) {
            refusals.add(new GuardVerdict.Refused(SplitResult.NOTHING_TO_RUN, 1, 1));
        }
        List<SqlStatement> statements = split.statements();
        if (statements.size() > limits.maxStatements()) {
            SqlStatement first = statements.get(limits.maxStatements());
            refusals.add(new GuardVerdict.Refused("This attempt has " + statements.size() + " statements; pgdrill runs at most "
                    + limits.maxStatements() + " in one attempt. Split the work into several attempts.", first.line(), first.column()));
        }
        if (split.problems().isEmpty()) {
            for (SqlStatement statement : statements) {
                GuardVerdict verdict = check(statement);
                if (verdict instanceof GuardVerdict.Allowed ok) {
                    allowed.add(ok);
                } else {
                    refusals.add((GuardVerdict.Refused) verdict);
                }
            }
        }
        return new ScriptCheck(split, refusals.isEmpty() ? allowed : List.of(), refusals);
    }

    /** Checks one statement the splitter produced. */
    public GuardVerdict check(SqlStatement statement) {
        if (statement.metaCommand()) {
            try {
                MetaCommand.parse(statement.text());
                return new GuardVerdict.Allowed(statement, StatementClassifier.classify(statement));
            } catch (MetaCommandException e) {
                return refused(e.getMessage(), statement);
            }
        }
        StatementTokens tokens = StatementTokens.of(statement.text());
        Optional<String> refusal = SessionRules.refusal(tokens)
                .or(() -> CommandRules.refusal(tokens))
                .or(() -> DriverSplitCheck.refusal(statement.text()));
        if (refusal.isPresent()) {
            return refused(refusal.get(), statement);
        }
        return new GuardVerdict.Allowed(statement, StatementClassifier.classify(statement));
    }

    private static GuardVerdict.Refused refused(String message, SqlStatement statement) {
        return new GuardVerdict.Refused(message, statement.line(), statement.column());
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** "512 bytes", "64 KiB", "1.5 KiB", "1.0 MiB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
