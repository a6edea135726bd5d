package org.pgdrill.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks a pack's {@code track.yaml}, its dataset declarations and scripts. */
final class TrackReader {
    static final String TRACK_FILE = "track.yaml";
    static final String ENGINE = "postgresql";

    private final YamlFiles yaml;

    TrackReader(YamlFiles yaml) {
        this.yaml = yaml;
    }

    /** A lesson folder as track.yaml lists it. */
    record LessonEntry(String folder, int line) {
    }

    /** A readable track.yaml: everything but the lessons. */
    record TrackFile(String id, int idLine, String title, String engine, int version, String description, List<DatasetRef> datasets,
                     TrackDatasets lessonView, List<LessonEntry> lessons) {
    }

    /**
     * The track header, or empty when track.yaml itself is unusable (the whole pack is then left out).
     * Problems with single datasets or lesson entries are reported, and those entries skipped.
     */
    Optional<TrackFile> read(Path pack, Problems problems) {
        Path file = pack.resolve(TRACK_FILE);
        Problems.InFile inFile = problems.in(file);
        int before = problems.count();
        Optional<TrackDto> read = TextFiles.read(file, TextFiles.LESSON_FILE_LIMIT, "a track.yaml only lists lessons and datasets",
                problems).flatMap(text -> yaml.read(text, TrackDto.class, inFile));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        TrackDto dto = read.get();
        ItemChecks checks = new ItemChecks(inFile);
        String what = TRACK_FILE;
        String id = checks.id(dto, "id", dto.id, ItemChecks.ITEM_ID, what);
        String title = checks.required(dto, "title", dto.title, what);
        String engine = checks.oneOf(dto, "engine", dto.engine == null ? null : dto.engine.strip(), List.of(ENGINE), what);
        if (dto.version == null) {
            checks.report(dto.line, "missing 'version' in " + what + " — the pack version, a whole number from 1 up");
        } else if (dto.version < 1) {
            checks.report(dto.lineOf("version"), "'version' is " + dto.version + " — use a whole number from 1 up");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        List<DatasetRef> datasets = new ArrayList<>();
        Map<String, DatasetRef> usable = new LinkedHashMap<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        Map<String, CreatedTables> tables = new LinkedHashMap<>();
        ItemChecks.UniqueIds datasetIds = new ItemChecks.UniqueIds("dataset");
        for (TrackDto.DatasetDto datasetDto : dto.datasets == null ? List.<TrackDto.DatasetDto>of() : dto.datasets) {
            if (datasetDto == null) {
                checks.report(dto.lineOf("datasets"), "a dataset entry is empty — remove the lone '-' or fill it in");
                continue;
            }
            int beforeDataset = problems.count();
            Optional<DatasetRef> dataset = dataset(pack, datasetDto, checks, problems, datasetIds, tables);
            if (dataset.isPresent()) {
                datasets.add(dataset.get());
                usable.put(dataset.get().id(), dataset.get());
            } else if (datasetDto.id != null && problems.count() > beforeDataset) {
                unusable.putIfAbsent(datasetDto.id.strip(), inFile.where(datasetDto.line));
            }
        }
        List<LessonEntry> lessons = lessons(pack, dto, checks);
        return Optional.of(new TrackFile(id, dto.lineOf("id"), title, engine, dto.version, ItemChecks.optional(dto.description), datasets,
                new TrackDatasets(usable, unusable, tables), lessons));
    }

    private Optional<DatasetRef> dataset(Path pack, TrackDto.DatasetDto dto, ItemChecks checks, Problems problems,
                                         ItemChecks.UniqueIds ids, Map<String, CreatedTables> tables) {
        String what = dto.id == null ? "a dataset" : "dataset '" + dto.id.strip() + "'";
        String id = checks.id(dto, "id", dto.id, ItemChecks.DATASET_ID, what);
        String title = checks.required(dto, "title", dto.title, what);
        String file = checks.required(dto, "file", dto.file, what);
        List<String> searchPath = checks.texts(dto, "search_path", dto.searchPath, what);
        if (id == null || title == null || file == null || !ids.add(id, checks.problems(), dto.lineOf("id"))) {
            return Optional.empty();
        }
        Optional<Path> script = scriptInside(pack, file, dto, checks, what);
        if (script.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Optional<String> sql = TextFiles.read(script.get(), TextFiles.DATASET_FILE_LIMIT,
                "build the rows with generate_series instead of listing them", problems);
        if (sql.isEmpty() || problems.count() > before) {
            return Optional.empty();
        }
        String defaultSchema = searchPath.isEmpty() ? "public" : searchPath.get(0);
        tables.put(id, CreatedTables.scan(sql.get(), defaultSchema));
        return Optional.of(new DatasetRef(id, title, script.get(), searchPath, ItemChecks.optional(dto.description)));
    }

    private static Optional<Path> scriptInside(Path pack, String file, TrackDto.DatasetDto dto, ItemChecks checks, String what) {
        int line = dto.lineOf("file");
        Path script;
        try {
            script = pack.resolve(file).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            checks.report(line, "'file' of " + what + " is not a valid path: " + e.getReason());
            return Optional.empty();
        }
        Path packPath = pack.toAbsolutePath().normalize();
        if (Path.of(file).isAbsolute() || !script.toAbsolutePath().startsWith(packPath)) {
            checks.report(line, "'file' of " + what + " points outside the pack (" + file
                    + ") — keep datasets inside the pack folder, e.g. datasets/" + dto.id.strip() + ".sql");
            return Optional.empty();
        }
        if (!Files.isRegularFile(script)) {
            checks.report(line, "'file' of " + what + " names " + file + ", which does not exist — check the path (relative to the pack)");
            return Optional.empty();
        }
        try {
            if (!script.toRealPath().startsWith(packPath.toRealPath())) {
                checks.report(line, "'file' of " + what + " is a link to a file outside the pack — copy the script into the pack");
                return Optional.empty();
            }
        } catch (IOException e) {
            checks.report(line, "'file' of " + what + " cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        return Optional.of(script.toAbsolutePath());
    }

    private static List<LessonEntry> lessons(Path pack, TrackDto dto, ItemChecks checks) {
        List<LessonEntry> entries = new ArrayList<>();
        if (dto.lessons == null || dto.lessons.isEmpty()) {
            checks.report(dto.line, "track.yaml lists no lessons — add 'lessons:' with the lesson folders in order");
            return entries;
        }
        Set<String> seen = new HashSet<>();
        for (LineText folder : dto.lessons) {
            int line = folder == null ? dto.lineOf("lessons") : folder.line();
            String name = folder == null || folder.text() == null ? "" : folder.text().strip();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                checks.report(line, "lesson entry '" + name + "' is not a folder name — list the lesson folders of this pack,"
                        + " e.g. 01-first-steps");
                continue;
            }
            if (!seen.add(name)) {
                checks.report(line, "lesson folder '" + name + "' is listed twice — list each lesson once");
                continue;
            }
            if (!Files.isRegularFile(pack.resolve(name).resolve(LessonReader.LESSON_FILE))) {
                checks.report(line, Files.isDirectory(pack.resolve(name))
                        ? "lesson folder '" + name + "' has no " + LessonReader.LESSON_FILE + " — add one or remove the entry"
                        : "lesson folder '" + name + "' does not exist — check the name or create the folder");
                continue;
            }
            entries.add(new LessonEntry(name, line));
        }
        return entries;
    }
}
