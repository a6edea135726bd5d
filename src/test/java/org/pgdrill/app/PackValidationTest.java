package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.content.PackLoader;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

class PackValidationTest {
    @TempDir
    Path dir;

    private Path pack(String id) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(id).resolve("01-a"));
        Files.writeString(dir.resolve(id).resolve("track.yaml"), "id: " + id + "\ntitle: T\nengine: postgresql\nversion: 1\nlessons: [01-a]\n");
        Files.writeString(pack.resolve("lesson.md"), "---\nid: a\ntitle: A\nlevel: beginner\nmode: concept\nversion: 1\n"
                + "last_reviewed: 2025-01-01\nsummary: S.\n---\nProse.\n");
        return pack.getParent();
    }

    @Test
    void theLiveCheckRunsOncePerLoadedTrackAndItsProblemsAreMadeRelative() throws IOException {
        pack("one");
        pack("two");
        List<String> checked = new ArrayList<>();
        LiveExerciseCheck live = track -> {
            checked.add(track.id());
            return track.id().equals("two")
                    ? List.of(new Problem(track.folder().resolve("01-a/parts.yaml"), 7, "reference solution failed"))
                    : List.of();
        };

        ValidationReport report = new PackValidation(new PackLoader(), Optional.of(live)).validate(dir);

        assertThat(checked).containsExactly("one", "two");
        assertThat(report.solutionsChecked()).isTrue();
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString)
                .containsExactly("two/01-a/parts.yaml:7: reference solution failed");
        assertThat(report.summaryLine()).isEqualTo(
                "2 tracks, 2 lessons, 0 checklist items, 0 flashcards, 0 questions, 0 exercises, 1 problems");
    }

    @Test
    void aLiveCheckThatFailsForOneTrackIsAProblemOfThatTrackOnly() throws IOException {
        pack("one");
        pack("two");
        LiveExerciseCheck live = track -> {
            if (track.id().equals("one")) {
                throw new IllegalStateException("PostgreSQL went away");
            }
            return List.<Problem>of();
        };

        ValidationReport report = new PackValidation(new PackLoader(), Optional.of(live)).validate(dir);

        assertThat(report.problems()).extracting(Problem::toString)
                .containsExactly("one/track.yaml:1: the reference solutions could not be checked: PostgreSQL went away");
        assertThat(report.tracks()).extracting(Track::id).containsExactly("one", "two");
    }

    @Test
    void withoutALiveCheckOnlyTheFilesAreChecked() throws IOException {
        ValidationReport report = new PackValidation(new PackLoader(), Optional.empty()).validate(pack("one"));

        assertThat(report.passed()).isTrue();
        assertThat(report.solutionsChecked()).isFalse();
        assertThat(report.lessons()).isEqualTo(1);
    }
}
