package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pgdrill.content.PackAssertions.lessonIds;
import static org.pgdrill.content.PackAssertions.line;
import static org.pgdrill.content.PackAssertions.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders of packs, track.yaml faults, and lesson folders that are missing or not listed. */
class PackFolderTest {
    @TempDir
    Path dir;

    private final PackLoader loader = new PackLoader();

    @Test
    void aFolderOfPacksLoadsEachPackAndNamesFilesFromThatFolder() {
        new SamplePack().writeTo(dir.resolve("sample"));
        new SamplePack().edit("track.yaml", "id: sample", "id: other").edit("02-second/lesson.md", "level: intermediate", "level: expert")
                .writeTo(dir.resolve("other"));

        PackLoadResult result = loader.load(dir);

        assertThat(result.tracks()).extracting(Track::id).containsExactly("other", "sample");
        assertThat(problems(result)).containsExactly("other/02-second/lesson.md:" + line(SamplePack.SECOND_LESSON, "level:")
                + ": 'level' is 'expert' in the front matter — expected one of: beginner, intermediate, advanced");
        assertThat(lessonIds(result, "other")).containsExactly("first", "third");
    }

    @Test
    void aBrokenTrackYamlLeavesOutItsPackOnly() {
        new SamplePack().writeTo(dir.resolve("sample"));
        new SamplePack().edit("track.yaml", "engine: postgresql", "engine: mysql").writeTo(dir.resolve("broken"));

        PackLoadResult result = loader.load(dir);

        assertThat(result.tracks()).extracting(Track::id).containsExactly("sample");
        assertThat(problems(result)).containsExactly("broken/track.yaml:" + line(SamplePack.TRACK, "engine:")
                + ": 'engine' is 'mysql' in track.yaml — expected one of: postgresql");
    }

    @Test
    void twoPacksWithTheSameIdKeepTheFirst() {
        new SamplePack().writeTo(dir.resolve("a"));
        new SamplePack().writeTo(dir.resolve("b"));

        PackLoadResult result = loader.load(dir);

        assertThat(result.tracks()).extracting(track -> track.folder().getFileName().toString()).containsExactly("a");
        assertThat(problems(result)).containsExactly(
                "b/track.yaml:1: duplicate track id 'sample' (also in a/track.yaml) — give each pack its own id");
    }

    @Test
    void nextStepsMayLinkToAnotherLoadedPack() {
        new SamplePack().edit("01-first/parts.yaml", "- lesson: second", "- track: other\n    lesson: third")
                .writeTo(dir.resolve("sample"));
        new SamplePack().edit("track.yaml", "id: sample", "id: other").writeTo(dir.resolve("other"));

        PackLoadResult result = loader.load(dir);

        assertThat(result.problems()).isEmpty();
        assertThat(result.track("sample").orElseThrow().lesson("first").orElseThrow().parts().nextSteps())
                .contains(new NextStep.ToTrack("other", java.util.Optional.of("third")));
    }

    @Test
    void listedFoldersMustExistAndLessonFoldersMustBeListed() throws IOException {
        Path pack = new SamplePack().edit("track.yaml", "  - 03-third\n", "  - 03-third\n  - 04-missing\n").writeTo(dir);
        Files.createDirectories(pack.resolve("05-forgotten"));
        Files.writeString(pack.resolve("05-forgotten/lesson.md"), SamplePack.SECOND_LESSON);

        PackLoadResult result = loader.load(pack);

        assertThat(problems(result)).containsExactly(
                "05-forgotten/lesson.md:1: lesson folder '05-forgotten' is not listed in track.yaml — add it under 'lessons' or"
                        + " remove the folder",
                "track.yaml:" + (line(SamplePack.TRACK, "- 03-third") + 1) + ": lesson folder '04-missing' does not exist — check"
                        + " the name or create the folder");
        assertThat(lessonIds(result, "sample")).containsExactly("first", "second", "third");
    }

    @Test
    void aFolderWithoutPacksAndAMissingFolderAreReported() throws IOException {
        Files.createDirectories(dir.resolve("empty/notes"));
        PackLoadResult empty = loader.load(dir.resolve("empty"));
        assertThat(empty.tracks()).isEmpty();
        assertThat(empty.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("no lesson pack here: neither this folder nor any folder in it has a track.yaml");

        PackLoadResult missing = loader.load(dir.resolve("nowhere"));
        assertThat(missing.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("no such folder — give a lesson pack (a folder with a track.yaml) or a folder of packs");
    }

    @Test
    void trackYamlWithoutLessonsOrWithUnknownKeysIsReported() {
        PackLoadResult result = loader.load(new SamplePack().edit("track.yaml", "description:", "desciption:").writeTo(dir));
        assertThat(problems(result)).containsExactly("track.yaml:" + line(SamplePack.TRACK, "description:")
                + ": unknown key 'desciption' — did you mean 'description'?");
        assertThat(result.tracks()).isEmpty();
    }
}
