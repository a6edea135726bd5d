package org.pgdrill.practice.sandbox;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.explain.ExplainFormatException;
import org.pgdrill.practice.explain.ExplainParser;
import org.pgdrill.practice.explain.ExplainPlan;
import org.pgdrill.practice.explain.ExplainStatements;
import org.pgdrill.practice.explain.PlanText;
import org.pgdrill.practice.meta.MetaAnswer;
import org.pgdrill.practice.meta.MetaCommand;
import org.pgdrill.practice.meta.MetaCommandException;
import org.pgdrill.practice.meta.MetaCommands;

/**
 * The sandbox's psql habits: meta-commands answered from the catalogs on the learner's own connection,
 * and EXPLAIN run as FORMAT JSON so the plan can be shown as a tree (and as psql's text).
 */
final class SandboxAnswers {
    private static final String SAVEPOINT = "pgdrill_explain";

    private SandboxAnswers() {
    }

    static StatementOutcome meta(Attempt attempt, LearnerStatement statement) {
        try {
            MetaAnswer answer = MetaCommands.run(attempt.connectionForCatalogReads(), MetaCommand.parse(statement.text()));
            return StatementOutcome.described(statement, answer.results(), answer.notFound().map(List::of).orElse(List.of()));
        } catch (MetaCommandException e) {
            return failed(statement, e.getMessage());
        } catch (SQLException e) {
            return new StatementOutcome(statement, null, -1, SqlFailure.from(e, statement), List.of(), 0);
        }
    }

    /** Runs a learner's EXPLAIN as FORMAT JSON; on an error, runs their own text again so positions match what they wrote. */
    static Optional<StatementOutcome> explain(Attempt attempt, LearnerStatement statement) throws SQLException {
        Optional<ExplainStatements.JsonExplain> json = ExplainStatements.asJson(statement.text());
        if (json.isEmpty()) {
            return Optional.empty();
        }
        attempt.savepoint(SAVEPOINT);
        StatementOutcome outcome = attempt.run(new LearnerStatement(json.get().sql(), statement.line(), statement.column(), false));
        if (outcome.failed()) {
            if (attempt.stoppedStatus() != null) {
                return Optional.of(outcome);
            }
            attempt.rollbackTo(SAVEPOINT);
            return Optional.of(attempt.run(statement));
        }
        try {
            ExplainPlan plan = ExplainParser.parse(String.valueOf(outcome.table().rows().get(0).get(0)));
            List<List<Object>> lines = new ArrayList<>();
            for (String line : PlanText.render(plan).split("\n")) {
                lines.add(List.of(line));
            }
            ResultTable text = new ResultTable(List.of(new ResultColumn("QUERY PLAN", "text")), lines);
            return Optional.of(new StatementOutcome(statement, text, -1, null, outcome.notices(), outcome.millis(), plan, List.of()));
        } catch (ExplainFormatException e) {
            return Optional.of(outcome); // show PostgreSQL's own output rather than nothing
        }
    }

    private static StatementOutcome failed(LearnerStatement statement, String message) {
        return new StatementOutcome(statement, null, -1, new SqlFailure(message, "", Optional.empty(), "", ""), List.of(), 0);
    }
}
