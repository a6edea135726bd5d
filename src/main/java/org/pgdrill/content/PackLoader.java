package org.pgdrill.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads lesson packs: a pack folder (it has a {@code track.yaml}) or a folder whose subfolders are packs.
 * Every problem is reported as {@code file:line: message}; a broken lesson is left out and the others
 * load, a broken {@code track.yaml} leaves out its pack and the other packs load. Thread-safe.
 */
public final class PackLoader {
    private final YamlFiles yaml = new YamlFiles();
    private final TrackReader trackReader = new TrackReader(yaml);

    /** Loads one folder: a pack or a folder of packs. */
    public PackLoadResult load(Path folder) {
        return load(List.of(folder));
    }

    /** Loads several folders together, so next steps may link between their packs. */
    public PackLoadResult load(List<Path> folders) {
        List<PackDraft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            Problems rootProblems = new Problems(root);
            for (Path pack : packsIn(root, rootProblems)) {
                drafts.add(loadPack(root, pack));
            }
            problems.addAll(rootProblems.all());
        }
        List<PackDraft> unique = dropDuplicateTracks(drafts);
        Map<String, Set<String>> lessonIdsByTrack = new HashMap<>();
        Set<String> tracksWithUnreadableLessons = new HashSet<>();
        for (PackDraft draft : unique) {
            lessonIdsByTrack.put(draft.header().id(), draft.declaredLessonIds());
            if (draft.hasLessonWithoutId()) {
                tracksWithUnreadableLessons.add(draft.header().id());
            }
        }
        boolean somePackUnreadable = drafts.stream().anyMatch(draft -> draft.header() == null);
        List<Track> tracks = new ArrayList<>();
        for (PackDraft draft : drafts) {
            problems.addAll(draft.problems().all());
            if (unique.contains(draft)) {
                new NextStepLinks(draft.problems(), lessonIdsByTrack, tracksWithUnreadableLessons, somePackUnreadable).check(draft);
                problems.addAll(draft.linkProblems());
                tracks.add(draft.toTrack());
            }
        }
        Collections.sort(problems);
        return new PackLoadResult(tracks, problems);
    }

    /** Whether {@code folder} is a pack (has a track.yaml) rather than a folder of packs. */
    public static boolean isPack(Path folder) {
        return Files.isRegularFile(folder.resolve(TrackReader.TRACK_FILE));
    }

    private static List<Path> packsIn(Path root, Problems problems) {
        if (!Files.isDirectory(root)) {
            problems.add(root, 1, "no such folder — give a lesson pack (a folder with a track.yaml) or a folder of packs");
            return List.of();
        }
        if (isPack(root)) {
            return List.of(root);
        }
        List<Path> packs;
        try (Stream<Path> children = Files.list(root)) {
            packs = children.filter(Files::isDirectory).filter(PackLoader::isPack).sorted().toList();
        } catch (IOException e) {
            problems.add(root, 1, "cannot list the folder (" + e.getMessage() + ") — check that it is readable");
            return List.of();
        }
        if (packs.isEmpty()) {
            problems.add(root, 1, "no lesson pack here: neither this folder nor any folder in it has a track.yaml");
        }
        return packs;
    }

    private PackDraft loadPack(Path root, Path pack) {
        Problems problems = new Problems(root);
        Optional<TrackReader.TrackFile> header = trackReader.read(pack, problems);
        if (header.isEmpty()) {
            return new PackDraft(pack, null, List.of(), problems);
        }
        LessonReader reader = new LessonReader(yaml, root, header.get().lessonView());
        List<LoadedLesson> lessons = header.get().lessons().parallelStream()
                .map(entry -> reader.read(pack.resolve(entry.folder())))
                .toList();
        PackDraft draft = new PackDraft(pack, header.get(), lessons, problems);
        draft.checkUniqueIds();
        reportUnlistedFolders(pack, header.get(), problems);
        return draft;
    }

    private static void reportUnlistedFolders(Path pack, TrackReader.TrackFile header, Problems problems) {
        Set<String> listed = new HashSet<>();
        header.lessons().forEach(entry -> listed.add(entry.folder()));
        try (Stream<Path> children = Files.list(pack)) {
            children.filter(child -> Files.isRegularFile(child.resolve(LessonReader.LESSON_FILE)))
                    .filter(child -> !listed.contains(child.getFileName().toString()))
                    .sorted()
                    .forEach(child -> problems.add(child.resolve(LessonReader.LESSON_FILE), 1, "lesson folder '"
                            + child.getFileName() + "' is not listed in track.yaml — add it under 'lessons' or remove the folder"));
        } catch (IOException e) {
            problems.add(pack, 1, "cannot list the pack folder (" + e.getMessage() + ")");
        }
    }

    private static List<PackDraft> dropDuplicateTracks(List<PackDraft> drafts) {
        Map<String, PackDraft> firstById = new HashMap<>();
        List<PackDraft> unique = new ArrayList<>();
        for (PackDraft draft : drafts) {
            if (draft.header() == null) {
                continue;
            }
            PackDraft first = firstById.putIfAbsent(draft.header().id(), draft);
            if (first != null) {
                Path trackFile = draft.folder().resolve(TrackReader.TRACK_FILE);
                draft.problems().add(trackFile, draft.header().idLine(), "duplicate track id '" + draft.header().id() + "' (also in "
                        + draft.problems().display(first.folder().resolve(TrackReader.TRACK_FILE)) + ") — give each pack its own id");
            } else {
                unique.add(draft);
            }
        }
        return unique;
    }
}
