package org.pgdrill.practice.check;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pgdrill.practice.ResultTable;
import org.pgdrill.practice.SqlText;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.dataset.Access;
import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.InstalledDataset;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.explain.ExplainStatements;
import org.pgdrill.practice.sandbox.Attempt;
import org.pgdrill.practice.sandbox.AttemptStatus;
import org.pgdrill.practice.sandbox.LearnerStatement;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.practice.sandbox.Sandbox;
import org.pgdrill.practice.sandbox.StatementOutcome;
import org.pgdrill.practice.sql.AccessLevel;
import org.pgdrill.practice.sql.Classification;
import org.pgdrill.practice.sql.StatementCategory;
import org.pgdrill.practice.sql.StatementClassifier;
import org.pgdrill.practice.server.PostgresServer;

/**
 * Checks a learner's answer against the reference solution on the exercise's dataset and on variants
 * of it, inside one transaction on the exercise's learner login (savepoints between variants, rolled
 * back at the end). Reference observations are cached per dataset build, so a warm check runs the
 * reference at most once per variant.
 */
public final class AnswerChecker implements AutoCloseable {
    private static final String SAVEPOINT = "pgdrill_variant";

    private final Sandbox sandbox;
    private final ExercisePlans plans;
    private final Map<String, Boolean> rowAddresses = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Observation> references = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Observation> eldest) {
            return size() > 5_000;
        }
    });

    public AnswerChecker(PostgresServer server, PracticeRoles roles, DatasetInstaller installer, Sandbox sandbox) {
        this.sandbox = sandbox;
        this.plans = new ExercisePlans(server, roles, installer);
    }

    /** Problems in the exercise itself (for authors): a hidden dataset that does not apply. */
    public List<String> exerciseProblems(InstalledDataset dataset, CheckSpec spec) throws SQLException {
        return plans.plan(dataset, spec).problems();
    }

    /**
     * Why the reference solution cannot be used on the exercise's own dataset (it fails, or it does not
     * give what the exercise compares), or empty when it runs.
     */
    public Optional<String> referenceFailure(InstalledDataset dataset, CheckSpec spec) throws SQLException, DatasetException {
        try (Attempt attempt = sandbox.open(dataset, spec.access(), Limits.checking(spec.timeLimit()), "SAVEPOINT " + SAVEPOINT)) {
            Observation observed = observe(attempt, Variant.BASE, spec.reference(), spec);
            if (observed.failure() != null) {
                return Optional.of(observed.failure().describe().replace("\n", " "));
            }
            return Optional.ofNullable(observed.problem()).map(problem -> problem.replace("Your last statement", "its last statement"));
        }
    }

    /**
     * For the benchmark: PostgreSQL's own time (planning + execution, from EXPLAIN ANALYZE with TIMING OFF)
     * for running {@code answer} on the base dataset and on every variant the checker uses, in microseconds.
     * Statements that cannot be explained (DDL) count with their client-side time.
     */
    public Timing timing(InstalledDataset dataset, CheckSpec spec, List<LearnerStatement> answer) throws SQLException, DatasetException {
        ExercisePlans.ExercisePlan plan = plans.plan(dataset, spec);
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.BASE);
        variants.addAll(plan.variants());
        long server = 0;
        long client = 0;
        try (Attempt attempt = sandbox.open(dataset, spec.access(), Limits.checking(spec.timeLimit()), "SAVEPOINT " + SAVEPOINT)) {
            for (Variant variant : variants) {
                for (List<LearnerStatement> statements : List.of(answer, spec.reference())) {
                    attempt.control(variant.isBase() ? "ROLLBACK TO SAVEPOINT " + SAVEPOINT : "ROLLBACK TO SAVEPOINT " + SAVEPOINT
                            + "; SELECT pgdrill_variants.apply_variant(" + SqlText.literal(variant.key()) + ")");
                    long started = System.nanoTime();
                    for (LearnerStatement statement : statements) {
                        attempt.run(statement);
                    }
                    client += (System.nanoTime() - started) / 1_000;
                }
                attempt.control("ROLLBACK TO SAVEPOINT " + SAVEPOINT + (variant.isBase() ? ""
                        : "; SELECT pgdrill_variants.apply_variant(" + SqlText.literal(variant.key()) + ")"));
                for (LearnerStatement statement : answer) {
                    server += ServerTime.of(attempt, statement);
                }
            }
        }
        return new Timing(server, client);
    }

    /**
     * What running the same statements costs without the checker: PostgreSQL's own planning + execution
     * time of the answer on base and variants ({@code serverMicros}), and the wall time of running answer and
     * reference directly over JDBC on the same data ({@code clientMicros}).
     */
    public record Timing(long serverMicros, long clientMicros) {
    }

    public Verdict check(InstalledDataset dataset, CheckSpec spec, List<LearnerStatement> answer) throws SQLException, DatasetException {
        long started = System.nanoTime();
        Verdict verdict = run(dataset, spec, answer);
        return verdict.withMillis((System.nanoTime() - started) / 1_000_000);
    }

    private Verdict run(InstalledDataset dataset, CheckSpec spec, List<LearnerStatement> answer) throws SQLException, DatasetException {
        if (answer.stream().anyMatch(LearnerStatement::meta)) {
            return verdict(Verdict.Outcome.ERROR, "psql meta-commands such as \\d help you explore, but they are not part of an answer.",
                    List.of("Remove the line starting with a backslash and check again."));
        }
        ExercisePlans.ExercisePlan plan = plans.plan(dataset, spec);
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.BASE);
        variants.addAll(plan.variants());
        try (Attempt attempt = sandbox.open(dataset, spec.access(), Limits.checking(spec.timeLimit()), "SAVEPOINT " + SAVEPOINT)) {
            for (Variant variant : variants) {
                if (variant.name().equals("reorder") && !orderCanShow(spec)) {
                    continue; // a different physical order can only change an answer whose order counts
                }
                Observation expected = reference(attempt, dataset, spec, variant);
                if (expected.stopped() == AttemptStatus.INTERRUPTED || expected.stopped() == AttemptStatus.CANCELLED) {
                    return judge(attempt, spec, plan, variant, expected, expected, answer).orElseThrow();
                }
                if (!expected.ok()) {
                    if (variant.isBase()) {
                        return referenceBroken(spec, expected);
                    }
                    continue; // the reference itself does not hold on this variant: it tests nothing
                }
                Observation actual = observe(attempt, variant, answer, spec);
                Optional<Verdict> verdict = judge(attempt, spec, plan, variant, expected, actual, answer);
                if (verdict.isPresent()) {
                    return verdict.get();
                }
                if (variant.isBase() && spec.kind() == CheckKind.PLAN) {
                    // judged on the untouched data: rolled-back variant writes change what the planner sees
                    Optional<String> planProblem = planProblem(attempt, answer, spec);
                    if (planProblem.isPresent()) {
                        return verdict(Verdict.Outcome.INCORRECT, "The result is right, but the plan is not what the exercise asks for.",
                                List.of(planProblem.get()));
                    }
                }
            }
        }
        return verdict(Verdict.Outcome.CORRECT, "Correct.", List.of());
    }

    private Observation reference(Attempt attempt, InstalledDataset dataset, CheckSpec spec, Variant variant) throws SQLException {
        String key = dataset.database() + "#" + dataset.generation() + "#" + spec.exerciseId() + "#" + spec.referenceText().hashCode()
                + "#" + variant.key();
        Observation cached = references.get(key);
        if (cached != null) {
            return cached;
        }
        Observation observed = observe(attempt, variant, spec.reference(), spec);
        if (observed.stopped() == AttemptStatus.INTERRUPTED || observed.stopped() == AttemptStatus.CANCELLED) {
            return observed; // not a property of the reference: do not cache
        }
        references.put(key, observed);
        return observed;
    }

    /**
     * Runs {@code statements} on {@code variant}: back to the attempt's savepoint (the base data) and the
     * variant applied in one round trip, then the statements. The next observation rolls this one back.
     */
    private Observation observe(Attempt attempt, Variant variant, List<LearnerStatement> statements, CheckSpec spec) throws SQLException {
        attempt.control(transition(attempt, spec, variant));
        StatementOutcome last = null;
        for (LearnerStatement statement : statements) {
            last = attempt.run(statement);
            if (last.failed()) {
                return Observation.failed(last.failure(), attempt.stoppedStatus());
            }
        }
        if (spec.kind() == CheckKind.STATE) {
            boolean reference = statements == spec.reference();
            return Observation.of(digests(attempt, spec, onlyChangesRows(statements), reference || !onlyChangesRows(spec.reference())));
        }
        if (last == null || !last.hasRows()) {
            return Observation.unusable("Your last statement returns no rows; the exercise asks for a query whose rows are compared.");
        }
        return Observation.of(List.of(last.table()));
    }

    /** Back to the savepoint; after a time limit or a lost connection that may fail, and the verdict says why. */
    private static void rollbackQuietlyIfStopped(Attempt attempt) throws SQLException {
        if (attempt.stoppedStatus() == null) {
            attempt.rollbackTo(SAVEPOINT);
            return;
        }
        try {
            attempt.rollbackTo(SAVEPOINT);
        } catch (SQLException ignored) {
            // the connection is gone; the attempt is closed and discarded
        }
    }

    /**
     * A table's state as one row: {@code count, full, definition, untouched, untouchedIds, written, writtenSum}.
     * {@code count, full} is (row count, sum of row hashes): equal multisets of rows give equal digests, for one
     * scan on the server instead of sending every row to pgdrill. After statements that only change rows
     * (INSERT, UPDATE, DELETE, MERGE) a cheaper split digest is enough: the rows this transaction did not
     * write are exactly the dataset's rows at those row addresses, so their addresses identify them (no
     * hashing of their contents), and only the rows written in this transaction are hashed. Equal split
     * digests mean equal states; different ones are settled row by row ({@link #stateDifference}), since the
     * same rows can be reached by writing different ones (an UPDATE that sets a value a row already had).
     */
    private List<ResultTable> digests(Attempt attempt, CheckSpec spec, boolean split, boolean full) throws SQLException {
        List<ResultTable> digests = new ArrayList<>();
        for (String table : spec.stateTables()) {
            boolean splitHere = split && hasRowAddresses(attempt, table);
            String written = "age(t.xmin) <= 0"; // written by this transaction or one of its savepoints
            String sql = "SELECT count(*), " + (full || !splitHere ? "coalesce(sum(hashtext(t::text)::bigint), 0)" : "NULL::bigint")
                    + ", (" + TableDefinition.query(table) + "), "
                    + (splitHere ? "count(*) FILTER (WHERE NOT " + written + "), coalesce(sum(hashtidextended(t.ctid, t.tableoid::bigint)) FILTER (WHERE NOT " + written
                    + "), 0), count(*) FILTER (WHERE " + written + "), coalesce(sum(hashtext(t::text)::bigint) FILTER (WHERE " + written + "), 0)"
                    : "NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint")
                    + " FROM " + table + " t";
            try (Statement s = attempt.connectionForCatalogReads().createStatement(); ResultSet rs = s.executeQuery(sql)) {
                digests.add(Attempt.readAll(rs));
            }
        }
        return digests;
    }

    /** Statements that change rows and nothing else: the rows they did not write keep their contents and addresses. */
    private static boolean onlyChangesRows(List<LearnerStatement> statements) {
        for (LearnerStatement statement : statements) {
            Classification classification = StatementClassifier.classify(statement.text());
            boolean rowsOnly = (classification.category() == StatementCategory.QUERY || classification.category() == StatementCategory.DML)
                    && classification.access() != AccessLevel.DDL;
            if (!rowsOnly) {
                return false;
            }
        }
        return true;
    }

    /** Plain tables and materialized views have row addresses; views and foreign tables do not. */
    private boolean hasRowAddresses(Attempt attempt, String table) throws SQLException {
        String key = attempt.dataset().database() + "#" + attempt.dataset().generation() + "#" + table;
        Boolean known = rowAddresses.get(key);
        if (known != null) {
            return known;
        }
        try (Statement s = attempt.connectionForCatalogReads().createStatement();
             ResultSet rs = s.executeQuery("SELECT relkind IN ('r', 'm', 'p') FROM pg_catalog.pg_class WHERE oid = " + SqlText.literal(table)
                     + "::regclass")) {
            boolean has = rs.next() && rs.getBoolean(1);
            rowAddresses.put(key, has);
            return has;
        }
    }

    /** Two digests of one table: equal, different, or not decidable from the digests alone (settle row by row). */
    private enum DigestMatch { EQUAL, DIFFERENT, UNDECIDED }

    private static DigestMatch match(List<Object> want, List<Object> got) {
        if (want.get(3) != null && got.get(3) != null) {
            if (want.get(0).equals(got.get(0)) && want.subList(3, 7).equals(got.subList(3, 7))) {
                return DigestMatch.EQUAL;
            }
        }
        if (want.get(1) != null && got.get(1) != null) {
            return want.get(0).equals(got.get(0)) && want.get(1).equals(got.get(1)) ? DigestMatch.EQUAL : DigestMatch.DIFFERENT;
        }
        return want.get(0).equals(got.get(0)) ? DigestMatch.UNDECIDED : DigestMatch.DIFFERENT;
    }

    /**
     * Why two states differ, row by row: called right after the learner's statements ran (their state is
     * still there), then runs the reference again on the same variant to read its rows.
     */
    private StateRows stateDifference(Attempt attempt, CheckSpec spec, Variant variant, int table) throws SQLException {
        ResultTable learner = snapshot(attempt, List.of(spec.stateTables().get(table))).get(0);
        attempt.control(transition(attempt, spec, variant));
        for (LearnerStatement statement : spec.reference()) {
            if (attempt.run(statement).failed()) {
                return new StateRows(false, Optional.empty());
            }
        }
        ResultTable reference = snapshot(attempt, List.of(spec.stateTables().get(table))).get(0);
        return new StateRows(true, ResultComparison.compare(reference, learner, CompareOptions.unordered(), ResultComparison.Wording.TABLE));
    }

    /** The row-by-row comparison of one table, when the reference could be run again to read its rows. */
    private record StateRows(boolean compared, Optional<ResultComparison.Difference> difference) {
        boolean equal() {
            return compared && difference.isEmpty();
        }
    }

    private static List<ResultTable> snapshot(Attempt attempt, List<String> tables) throws SQLException {
        List<ResultTable> snapshots = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = attempt.connectionForCatalogReads().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                snapshots.add(Attempt.readAll(rs));
            }
        }
        return snapshots;
    }

    private Optional<Verdict> judge(Attempt attempt, CheckSpec spec, ExercisePlans.ExercisePlan plan, Variant variant,
                                    Observation expected, Observation actual, List<LearnerStatement> answer) throws SQLException {
        String where = variant.isBase() ? "" : variant.description();
        if (actual.stopped() == AttemptStatus.INTERRUPTED || actual.stopped() == AttemptStatus.CANCELLED) {
            return Optional.of(verdict(Verdict.Outcome.INTERRUPTED, actual.stopped() == AttemptStatus.CANCELLED ? "Check cancelled."
                    : "PostgreSQL went away during the check; nothing was graded.", List.of(actual.failure().message())));
        }
        if (actual.failure() != null) {
            if (actual.stopped() == AttemptStatus.TIMED_OUT) {
                return Optional.of(verdict(Verdict.Outcome.ERROR, "Your query took too long (over " + spec.timeLimit().toSeconds()
                        + " s for the whole check).", List.of("Look for a missing join condition or an accidental cross join.")));
            }
            if (variant.isBase()) {
                return Optional.of(verdict(Verdict.Outcome.ERROR, actual.failure().describe(), privilegeHint(spec, actual)));
            }
            return Optional.of(new Verdict(Verdict.Outcome.INCORRECT, "Your query fails on other data: " + actual.failure().describe(),
                    List.of(), where, null, null, 0));
        }
        if (actual.problem() != null) {
            return Optional.of(verdict(Verdict.Outcome.ERROR, actual.problem(), List.of()));
        }
        if (spec.kind() == CheckKind.STATE) {
            boolean stateChanged = false;
            for (int i = 0; i < expected.tables().size(); i++) {
                ResultTable wantDigest = expected.tables().get(i);
                ResultTable gotDigest = actual.tables().get(i);
                String table = spec.stateTables().get(i);
                Optional<String> definition = TableDefinition.difference(String.valueOf(wantDigest.rows().get(0).get(2)),
                        String.valueOf(gotDigest.rows().get(0).get(2)));
                if (definition.isPresent()) {
                    return Optional.of(new Verdict(Verdict.Outcome.INCORRECT, "After your statements, the definition of table " + table
                            + " is not as expected.", List.of(definition.get()), where, null, null, 0));
                }
                DigestMatch match = match(wantDigest.rows().get(0), gotDigest.rows().get(0));
                if (match == DigestMatch.EQUAL) {
                    continue;
                }
                if (stateChanged) {
                    // an earlier table was settled row by row: the learner's state is gone, put it back first
                    attempt.control(transition(attempt, spec, variant));
                    for (LearnerStatement statement : answer) {
                        attempt.run(statement);
                    }
                }
                StateRows rows = stateDifference(attempt, spec, variant, i);
                stateChanged = true;
                if (match == DigestMatch.UNDECIDED && rows.equal()) {
                    continue; // the same rows, reached by writing different ones
                }
                String summary = "After your statements, table " + table + " is not as expected. "
                        + rows.difference().map(ResultComparison.Difference::summary).orElse("");
                return Optional.of(new Verdict(Verdict.Outcome.INCORRECT, summary.strip(),
                        rows.difference().map(ResultComparison.Difference::details).orElse(List.of()), where, null, null, 0));
            }
            return Optional.empty();
        }
        ResultTable want = expected.tables().get(0);
        ResultTable got = actual.tables().get(0);
        Optional<ResultComparison.Difference> difference = ResultComparison.compare(want, got, options(spec, plan, want));
        return difference.map(found -> new Verdict(Verdict.Outcome.INCORRECT, found.summary(), found.details(), where, want, got, 0));
    }

    /**
     * Back to the savepoint, sequences back where the dataset left them (nextval is not rolled back, and
     * an INSERT must get the same generated ids for the learner and the reference), then the variant.
     */
    private static String transition(Attempt attempt, CheckSpec spec, Variant variant) {
        StringBuilder sql = new StringBuilder("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        Map<String, InstalledDataset.SequenceState> sequences = attempt.dataset().sequences();
        if (spec.access() != Access.READ && !sequences.isEmpty()) {
            sql.append("; SELECT ").append(sequences.entrySet().stream()
                    .map(entry -> "pg_catalog.setval(" + SqlText.literal(entry.getKey()) + "::regclass, " + entry.getValue().lastValue() + ", "
                            + entry.getValue().isCalled() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!variant.isBase()) {
            sql.append("; SELECT pgdrill_variants.apply_variant(").append(SqlText.literal(variant.key())).append(")");
        }
        return sql.toString();
    }

    /** Row order shows in the comparison (order matters) or in which rows come back (LIMIT/FETCH). */
    private static boolean orderCanShow(CheckSpec spec) {
        OrderKeys.Resolved keys = OrderKeys.resolve(spec.reference().get(spec.reference().size() - 1).text(), List.of());
        return spec.orderMatters() && keys.hasOrderBy() || keys.hasLimit();
    }

    /** A permission error usually means the answer does more than the exercise needs; say what the login may do. */
    private static List<String> privilegeHint(CheckSpec spec, Observation actual) {
        if (!"42501".equals(actual.failure().sqlState())) {
            return List.of();
        }
        return List.of(switch (spec.access()) {
            case READ -> "This exercise runs on a login that may only read the data: answer it with a query, without CREATE, INSERT, UPDATE or DELETE.";
            case WRITE -> "This exercise runs on a login that may change rows but not create or alter tables and indexes.";
            case BUILD -> "Your login may create and change objects of the dataset, but not this one.";
        });
    }

    private static CompareOptions options(CheckSpec spec, ExercisePlans.ExercisePlan plan, ResultTable expected) {
        LearnerStatement last = spec.reference().get(spec.reference().size() - 1);
        OrderKeys.Resolved keys = OrderKeys.resolve(last.text(), expected.columns());
        List<Integer> sortKeys = keys.columns().isEmpty() ? plan.sortKeys() : keys.columns();
        // Without a top-level ORDER BY the reference's own row order is undefined: every row ties with every other.
        boolean orderMatters = spec.orderMatters() && keys.hasOrderBy();
        return new CompareOptions(orderMatters, spec.compareNames(), sortKeys, keys.hasLimit());
    }

    /**
     * EXPLAIN of the answer's last statement, after its earlier statements (e.g. CREATE INDEX) ran. Planner
     * switches (enable_seqscan …) and cost settings are reset first: a plan exercise is solved by changing
     * the query or the schema, not by forcing the planner.
     */
    private Optional<String> planProblem(Attempt attempt, List<LearnerStatement> answer, CheckSpec spec) throws SQLException {
        attempt.control(transition(attempt, spec, Variant.BASE));
        try {
            for (int i = 0; i < answer.size() - 1; i++) {
                if (attempt.run(answer.get(i)).failed()) {
                    return Optional.of("Your statements fail when run again for EXPLAIN.");
                }
            }
            attempt.control("SELECT set_config(name, reset_val, true) FROM pg_settings WHERE category IN"
                    + " ('Query Tuning / Planner Method Configuration', 'Query Tuning / Planner Cost Constants')");
            LearnerStatement last = answer.get(answer.size() - 1);
            ExplainStatements.JsonExplain explain = ExplainStatements.forPlanCheck(last.text(), false);
            StatementOutcome explained = attempt.run(new LearnerStatement(explain.sql(), last.line(), last.column(), false));
            if (explained.failed() || !explained.hasRows()) {
                return Optional.of("EXPLAIN of your last statement failed: " + (explained.failed() ? explained.failure().describe() : "no plan"));
            }
            return PlanJudge.judge(String.valueOf(explained.table().rows().get(0).get(0)), spec.planRequire(), spec.planForbid())
                    .map(problem -> problem + " (Planner switches such as enable_seqscan are reset before the plan is checked.)");
        } finally {
            rollbackQuietlyIfStopped(attempt);
        }
    }

    private static Verdict referenceBroken(CheckSpec spec, Observation expected) {
        String why = expected.failure() != null ? expected.failure().describe() : expected.problem();
        return verdict(Verdict.Outcome.ERROR, "The exercise's reference solution does not run on its dataset, so nothing can be checked.",
                List.of("Exercise " + spec.exerciseId() + ": " + why, "This is a problem in the lesson pack; run 'pgdrill validate' on it."));
    }

    private static Verdict verdict(Verdict.Outcome outcome, String summary, List<String> details) {
        return new Verdict(outcome, summary, details, "", null, null, 0);
    }

    @Override
    public void close() {
        plans.close();
    }
}
