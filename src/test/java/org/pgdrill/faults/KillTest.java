package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.testing.ChildJvm;

/** RELIABILITY.md: {@code kill -9} right after "Saved" loses nothing. */
class KillTest {
    @TempDir
    Path dataDir;

    @Test
    void everySaveThatWasAcknowledgedSurvivesKillMinusNine() throws Exception {
        int acknowledged;
        try (ChildJvm child = ChildJvm.start(Children.KeepSaving.class, dataDir.toString())) {
            String line = child.awaitLine("Saved 150");
            acknowledged = Integer.parseInt(line.substring("Saved ".length()));
            child.kill9(); // while it is busy saving note 151, 152, ...
        }

        // opens without asking anything (a question would fail: App.open cancels on damage) and without "already running"
        try (App app = Children.open(dataDir)) {
            for (int i = 1; i <= acknowledged; i++) {
                LessonNote note = app.progress().notes().note("postgresql", "lesson-" + i).orElseThrow(
                        () -> new AssertionError("an acknowledged save was lost"));
                assertThat(note.body()).isEqualTo("note " + note.lessonId().substring("lesson-".length()));
            }
            assertThat(app.store().saveCounter()).isGreaterThanOrEqualTo(acknowledged);
        }
    }
}
