package org.pgdrill.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.ExerciseKind;
import org.pgdrill.content.PlanNodePattern;
import org.pgdrill.content.Track;
import org.pgdrill.practice.check.CheckKind;
import org.pgdrill.practice.check.ExerciseDefinition;
import org.pgdrill.practice.check.HiddenData;
import org.pgdrill.practice.dataset.DatasetSpec;

/**
 * Translates lesson-pack records into what the practice engine takes. Dataset scripts are read once
 * and re-read only when the file changes.
 */
public final class PracticeContent {
    private final Map<Path, Script> scripts = new ConcurrentHashMap<>();

    private record Script(FileTime modified, String text) {
    }

    public DatasetSpec dataset(Track track, DatasetRef dataset) throws IOException {
        Path file = dataset.script().toAbsolutePath().normalize();
        FileTime modified = Files.getLastModifiedTime(file);
        Script script = scripts.get(file);
        if (script == null || !script.modified().equals(modified)) {
            script = new Script(modified, Files.readString(file, StandardCharsets.UTF_8));
            scripts.put(file, script);
        }
        return new DatasetSpec(track.id(), dataset.id(), script.text(), dataset.searchPath(), sourceName(track, file));
    }

    public static ExerciseDefinition definition(Exercise exercise) {
        List<String> require = exercise.plan().map(plan -> plan.require().stream().map(PlanNodePattern::toString).toList()).orElse(List.of());
        List<String> forbid = exercise.plan().map(plan -> plan.forbid().stream().map(PlanNodePattern::toString).toList()).orElse(List.of());
        return new ExerciseDefinition(exercise.id(), kind(exercise.kind()), exercise.solution(), exercise.orderMatters(),
                exercise.compareColumnNames(), exercise.tables(), require, forbid,
                exercise.hiddenDatasets().stream().map(hidden -> new HiddenData(hidden.name(), hidden.sql())).toList());
    }

    private static CheckKind kind(ExerciseKind kind) {
        return switch (kind) {
            case RESULT -> CheckKind.RESULT;
            case STATE -> CheckKind.STATE;
            case PLAN -> CheckKind.PLAN;
        };
    }

    /** "postgresql/datasets/shop.sql": the pack folder's name and the path inside it. */
    private static String sourceName(Track track, Path file) {
        Path pack = track.folder().toAbsolutePath().normalize();
        Path relative = file.startsWith(pack) ? pack.relativize(file) : file.getFileName();
        return pack.getFileName() + "/" + relative.toString().replace('\\', '/');
    }
}
