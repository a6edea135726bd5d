package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.app.InstanceLock;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.LessonNote;
import org.pgdrill.testing.ChildJvm;

/** RELIABILITY.md: a second instance, and the progress file locked by another program. */
class SecondInstanceTest {
    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchSaysPgdrillIsRunningAndBringsTheFirstForward() throws Exception {
        try (ChildJvm first = ChildJvm.start(Children.RunningApp.class, dataDir.toString())) {
            first.awaitLine("Ready");

            assertThatThrownBy(() -> Children.open(dataDir))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessage("pgdrill is already running with the data folder " + dataDir
                            + ". Switch to its window, or close it and try again.")
                    .satisfies(e -> assertThat(((ProgressStoreException) e).reason()).isEqualTo(ProgressStoreException.Reason.LOCKED));

            assertThat(InstanceLock.requestFocus(dataDir)).isTrue();
            first.awaitLine("Focused");

            first.closeInput();
            assertThat(first.waitFor()).isZero();
        }
        // the first one is gone: its lock went with it, and nobody answers focus requests
        try (App app = Children.open(dataDir)) {
            assertThat(InstanceLock.requestFocus(dataDir)).isFalse();
        }
    }

    @Test
    void theLockOfAKilledInstanceDoesNotBlockTheNextStart() throws Exception {
        try (ChildJvm first = ChildJvm.start(Children.RunningApp.class, dataDir.toString())) {
            first.awaitLine("Ready");
            first.kill9();
        }
        try (App app = Children.open(dataDir)) {
            assertThat(InstanceLock.requestFocus(dataDir)).as("the dead instance's port is not answered").isFalse();
        }
    }

    @Test
    void aProgressFileHeldByAnotherProgramIsReportedInOneSentence() throws Exception {
        try (App app = Children.open(dataDir)) {
            app.progress().notes().save(new LessonNote("t", "l", "kept", java.time.Instant.parse("2026-11-23T10:00:00Z")));
        }
        try (ChildJvm other = ChildJvm.start(Children.OtherProgramHoldsTheFile.class, dataDir.toString())) {
            other.awaitLine("Ready");
            assertThatThrownBy(() -> Children.open(dataDir))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessage("The progress in " + dataDir.resolve("progress") + " is in use by another program: pgdrill is"
                            + " probably already running with this data folder. Switch to its window, or close it and try again.")
                    .satisfies(e -> assertThat(((ProgressStoreException) e).reason()).isEqualTo(ProgressStoreException.Reason.LOCKED));
            other.closeInput();
            other.waitFor();
        }
        try (App app = Children.open(dataDir)) {
            assertThat(app.progress().notes().note("t", "l")).isPresent();
        }
    }
}
