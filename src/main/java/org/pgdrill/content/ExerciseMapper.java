package org.pgdrill.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps one exercise DTO to an {@link Exercise}, checking the rules for its kind, dataset and tables. */
final class ExerciseMapper {
    private static final List<String> KINDS = Arrays.stream(ExerciseKind.values()).map(ExerciseKind::key).toList();

    private final ItemChecks checks;
    private final TrackDatasets datasets;
    private final Map<String, Integer> exerciseLines;

    /** {@code exerciseLines} receives the line of every mapped exercise id, for pack-wide duplicate checks. */
    ExerciseMapper(ItemChecks checks, TrackDatasets datasets, Map<String, Integer> exerciseLines) {
        this.checks = checks;
        this.datasets = datasets;
        this.exerciseLines = exerciseLines;
    }

    Exercise map(PartsDto.ExerciseDto dto, ItemChecks.UniqueIds lessonIds) {
        String what = PartsMapper.describe("exercise", dto.id);
        int before = checks.problems().count();
        String id = checks.id(dto, "id", dto.id, ItemChecks.EXERCISE_ID, what + " (an exercise needs an id, unique in the pack)");
        if (id != null && lessonIds.add(id, checks.problems(), dto.lineOf("id"))) {
            exerciseLines.put(id, dto.lineOf("id"));
        }
        String title = checks.required(dto, "title", dto.title, what);
        Optional<DatasetRef> dataset = dataset(dto, what);
        String kindWord = checks.oneOf(dto, "kind", dto.kind == null ? null : dto.kind.strip().toLowerCase(Locale.ROOT), KINDS, what);
        ExerciseKind kind = kindWord == null ? null : ExerciseKind.valueOf(kindWord.toUpperCase(Locale.ROOT));
        String prompt = checks.required(dto, "prompt", dto.prompt, what);
        String solution = checks.required(dto, "solution", dto.solution, what);
        Duration timeLimit = TimeLimits.check(dto.timeLimit, dto, what, checks);
        List<String> hints = checks.texts(dto, "hints", dto.hints, what);
        List<HiddenDataset> hidden = hiddenDatasets(dto, what);
        List<String> tables = kind == null ? List.of() : tables(dto, kind, what, dataset, solution, hidden);
        Optional<PlanExpectation> plan = kind == null ? Optional.empty() : plan(dto, kind, what);
        if (checks.problems().count() > before) {
            return null;
        }
        return new Exercise(id, title, dataset.orElseThrow(), kind, prompt, solution, timeLimit, hints,
                Boolean.TRUE.equals(dto.orderMatters), Boolean.TRUE.equals(dto.compareColumnNames), tables, plan, hidden,
                ItemChecks.optional(dto.explanation));
    }

    private Optional<DatasetRef> dataset(PartsDto.ExerciseDto dto, String what) {
        String id = checks.required(dto, "dataset", dto.dataset, what);
        if (id == null) {
            return Optional.empty();
        }
        Optional<DatasetRef> dataset = datasets.find(id);
        if (dataset.isEmpty()) {
            int line = dto.lineOf("dataset");
            Optional<String> unusable = datasets.unusableAt(id);
            if (unusable.isPresent()) {
                checks.report(line, what + " uses dataset '" + id + "', which cannot be used (see " + unusable.get() + ")");
            } else {
                checks.report(line, what + " uses dataset '" + id + "', which track.yaml does not declare"
                        + (datasets.usable().isEmpty() ? " — add it under 'datasets' in track.yaml"
                        : Suggestions.hint(id, datasets.ids())));
            }
        }
        return dataset;
    }

    private List<HiddenDataset> hiddenDatasets(PartsDto.ExerciseDto dto, String what) {
        if (dto.hiddenDatasets == null) {
            return List.of();
        }
        List<HiddenDataset> hidden = new ArrayList<>();
        for (int i = 0; i < dto.hiddenDatasets.size(); i++) {
            PartsDto.HiddenDatasetDto item = dto.hiddenDatasets.get(i);
            if (item == null) {
                checks.report(dto.lineOf("hidden_datasets"), "hidden dataset " + (i + 1) + " of " + what + " is empty");
                continue;
            }
            String where = "hidden dataset " + (i + 1) + " of " + what;
            String name = checks.required(item, "name", item.name, where);
            String sql = checks.required(item, "sql", item.sql, where);
            if (name != null && sql != null) {
                hidden.add(new HiddenDataset(name, sql));
            }
        }
        return hidden;
    }

    private List<String> tables(PartsDto.ExerciseDto dto, ExerciseKind kind, String what, Optional<DatasetRef> dataset,
                                String solution, List<HiddenDataset> hidden) {
        List<String> tables = checks.texts(dto, "tables", dto.tables, what);
        if (kind != ExerciseKind.STATE) {
            if (dto.tables != null) {
                checks.report(dto.lineOf("tables"), "'tables' is only for state exercises; " + what + " is a " + kind.key()
                        + " exercise — remove 'tables'");
            }
            return List.of();
        }
        if (tables.isEmpty()) {
            if (dto.tables == null || dto.tables.isEmpty()) {
                checks.report(dto.line, "missing 'tables' in " + what + " — a state exercise names the tables compared afterwards");
            }
            return List.of();
        }
        dataset.ifPresent(ref -> {
            CreatedTables created = new CreatedTables();
            created.addAll(datasets.tables().getOrDefault(ref.id(), new CreatedTables()));
            String learnerSchema = ref.searchPath().isEmpty() ? "public" : ref.searchPath().get(0);
            if (solution != null) {
                created.add(solution, learnerSchema);
            }
            hidden.forEach(variant -> created.add(variant.sql(), learnerSchema));
            for (String table : tables) {
                if (!created.creates(table, ref.searchPath())) {
                    checks.report(dto.lineOf("tables"), "table '" + table + "' is not created by dataset '" + ref.id() + "' ("
                            + checks.problems().display(ref.script()) + ") — check the name, or add the table to the dataset");
                }
            }
        });
        return tables;
    }

    private Optional<PlanExpectation> plan(PartsDto.ExerciseDto dto, ExerciseKind kind, String what) {
        if (kind != ExerciseKind.PLAN) {
            if (dto.plan != null) {
                checks.report(dto.lineOf("plan"), "'plan' is only for plan exercises; " + what + " is a " + kind.key()
                        + " exercise — set 'kind: plan' or remove 'plan'");
            }
            return Optional.empty();
        }
        PartsDto.PlanDto plan = dto.plan;
        if (plan == null || isEmpty(plan.require) && isEmpty(plan.forbid)) {
            checks.report(dto.plan == null ? dto.line : dto.lineOf("plan"), "missing 'plan' in " + what
                    + " — a plan exercise lists what the plan must show ('require') or must not show ('forbid')");
            return Optional.empty();
        }
        List<PlanNodePattern> require = patterns(plan, "require", plan.require, what);
        List<PlanNodePattern> forbid = patterns(plan, "forbid", plan.forbid, what);
        return Optional.of(new PlanExpectation(require, forbid));
    }

    private List<PlanNodePattern> patterns(PartsDto.PlanDto plan, String key, List<LineText> entries, String what) {
        List<PlanNodePattern> patterns = new ArrayList<>();
        for (LineText entry : entries == null ? List.<LineText>of() : entries) {
            if (entry == null || entry.text() == null || entry.text().isBlank()) {
                checks.report(entry == null ? plan.lineOf(key) : entry.line(), "an entry of '" + key + "' in " + what
                        + " is empty — remove it or write e.g. 'Seq Scan on orders'");
                continue;
            }
            PlanNodePattern pattern = PlanPatterns.parse(entry.text(), key, entry.line(), what, checks);
            if (pattern != null) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    private static boolean isEmpty(List<LineText> list) {
        return list == null || list.isEmpty();
    }
}
