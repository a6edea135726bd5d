package org.pgdrill.practice;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.practice.check.AnswerChecker;
import org.pgdrill.practice.check.CheckKind;
import org.pgdrill.practice.check.CheckSpec;
import org.pgdrill.practice.check.ExerciseDefinition;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.DatasetSpec;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.LearnerLimits;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.AttemptStatus;
import org.pgdrill.practice.sandbox.LearnerSessions;
import org.pgdrill.practice.sandbox.LearnerStatement;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.practice.sandbox.Sandbox;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.practice.sql.AccessLevel;
import org.pgdrill.practice.sql.GuardLimits;
import org.pgdrill.practice.sql.GuardVerdict;
import org.pgdrill.practice.sql.ScriptCheck;
import org.pgdrill.practice.sql.StatementGuard;

/**
 * The practice engine on one server: datasets, the sandbox and the answer checker behind one object.
 * Learner text goes through the statement guard first; what it refuses never reaches PostgreSQL.
 */
public final class PracticeEngine implements AutoCloseable {
    private final PostgresServer server;
    private final DatasetInstaller installer;
    private final LearnerSessions sessions;
    private final Sandbox sandbox;
    private final AnswerChecker checker;
    private final StatementGuard guard = new StatementGuard(GuardLimits.DEFAULT);

    private PracticeEngine(PostgresServer server, PracticeRoles roles) {
        this.server = server;
        this.installer = new DatasetInstaller(server, roles);
        this.sessions = new LearnerSessions(server, roles);
        this.sandbox = new Sandbox(sessions, installer);
        this.checker = new AnswerChecker(server, roles, installer, sandbox);
    }

    /** Sets up the roles (new passwords, settings re-applied) on a running server. */
    public static PracticeEngine start(PostgresServer server) throws SQLException {
        return new PracticeEngine(server, PracticeRoles.ensure(server, LearnerLimits.defaults()));
    }

    public PostgresServer server() {
        return server;
    }

    /** The dataset, installed (or rebuilt when its script changed). */
    public InstalledDataset dataset(DatasetSpec spec) throws DatasetException {
        return installer.ensure(spec);
    }

    /** Runs a learner's script in the sandbox on a dataset: guarded, rolled back, limited. */
    public AttemptResult run(DatasetSpec dataset, String script, Limits limits) throws DatasetException, SQLException {
        ScriptCheck checked = guard.checkScript(script);
        if (!checked.ok()) {
            return refused(checked);
        }
        List<LearnerStatement> statements = statements(checked);
        return sandbox.run(installer.ensure(dataset), statements, access(checked.requiredAccess()), limits);
    }

    /** Checks a learner's answer to an exercise; refusals and split problems come back as error verdicts. */
    public Verdict check(DatasetSpec dataset, ExerciseDefinition exercise, String answer) throws DatasetException, SQLException {
        ScriptCheck checked = guard.checkScript(answer);
        if (!checked.ok()) {
            GuardVerdict.Refused first = checked.refusals().get(0);
            return new Verdict(Verdict.Outcome.ERROR, first.message(), List.of("(line " + first.line() + ", column " + first.column() + ")"),
                    "", null, null, 0);
        }
        return checker.check(installer.ensure(dataset), spec(exercise), statements(checked));
    }

    /**
     * What an author must fix in an exercise, found by running its reference solution: it is refused or
     * fails, does not give what its kind compares, its own plan misses the expectation, a hidden dataset
     * does not apply. Empty when the exercise is sound.
     */
    public List<String> problemsOf(DatasetSpec dataset, ExerciseDefinition exercise) throws DatasetException, SQLException {
        List<String> problems = new ArrayList<>();
        ScriptCheck checked = guard.checkScript(exercise.solution());
        if (!checked.ok()) {
            GuardVerdict.Refused first = checked.refusals().get(0);
            problems.add("the solution is refused at its line " + first.line() + ": " + first.message());
            return problems;
        }
        InstalledDataset installed = installer.ensure(dataset);
        CheckSpec spec = spec(exercise);
        Optional<String> failure = checker.referenceFailure(installed, spec);
        if (failure.isPresent()) {
            problems.add("the solution does not run on dataset '" + dataset.datasetId() + "': " + failure.get());
            return problems;
        }
        Verdict itself = checker.check(installed, spec, spec.reference());
        if (itself.outcome() != Verdict.Outcome.CORRECT) {
            problems.add("the solution does not pass its own check: " + itself.reason().replace('\n', ' '));
        }
        problems.addAll(checker.exerciseProblems(installed, spec));
        return problems;
    }

    /** For the benchmark: what the same statements cost without the checker (see {@link AnswerChecker.Timing}). */
    public AnswerChecker.Timing timing(DatasetSpec dataset, ExerciseDefinition exercise, String answer) throws DatasetException, SQLException {
        ScriptCheck checked = guard.checkScript(answer);
        return checker.timing(installer.ensure(dataset), spec(exercise), checked.ok() ? statements(checked) : List.of());
    }

    /** Cancels whatever the sandbox or checker is running. */
    public void cancel() {
        sandbox.cancel();
    }

    private CheckSpec spec(ExerciseDefinition exercise) {
        ScriptCheck reference = guard.checkScript(exercise.solution());
        Access access = access(reference.ok() ? reference.requiredAccess() : AccessLevel.READ_ONLY);
        if (exercise.kind() == CheckKind.STATE) {
            access = access.atLeast(Access.WRITE);
        }
        List<LearnerStatement> statements = reference.ok() ? statements(reference)
                : List.of(LearnerStatement.sql(exercise.solution()));
        return new CheckSpec(exercise.id(), exercise.kind(), statements, exercise.orderMatters(), exercise.compareNames(), exercise.tables(),
                exercise.planRequire(), exercise.planForbid(), exercise.hidden(), ExerciseDefinition.CHECK_TIME, access);
    }

    static List<LearnerStatement> statements(ScriptCheck checked) {
        return checked.allowed().stream()
                .map(allowed -> new LearnerStatement(allowed.statement().text(), allowed.statement().line(), allowed.statement().column(),
                        allowed.statement().metaCommand()))
                .toList();
    }

    static Access access(AccessLevel level) {
        return switch (level) {
            case READ_ONLY -> Access.READ;
            case DML -> Access.WRITE;
            case DDL -> Access.BUILD;
        };
    }

    private static AttemptResult refused(ScriptCheck checked) {
        GuardVerdict.Refused first = checked.refusals().get(0);
        if (checked.split().isNothingToRun()) {
            return AttemptResult.refused(AttemptStatus.NOTHING_TO_RUN, first.message());
        }
        return AttemptResult.refused(AttemptStatus.REFUSED, first.message() + " (line " + first.line() + ", column " + first.column() + ")");
    }


    @Override
    public void close() {
        checker.close();
        sandbox.close();
        sessions.close();
        installer.close();
    }
}
