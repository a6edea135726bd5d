package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.ProgressStoreException.Reason;
import org.pgdrill.testing.ReadOnlyFolder;

/** RELIABILITY.md: a read-only data folder is one sentence naming the folder and what to do; nothing is lost. */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;

    private static String sentence(Path folder) {
        return "pgdrill cannot save progress: the folder " + folder + " is read-only. Make it writable, or start pgdrill"
                + " with --data-dir pointing to a folder you can write to.";
    }

    @Test
    void aReadOnlyDataFolderWithProgressInIt() throws Exception {
        Path dataDir = dir.resolve("data");
        try (App app = Children.open(dataDir)) {
            app.progress().notes().save(Children.note(1, "written while it was writable"));
        }
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(dataDir)) {
            assertThatThrownBy(() -> Children.open(dataDir))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessage(sentence(dataDir))
                    .satisfies(e -> assertThat(((ProgressStoreException) e).reason()).isEqualTo(Reason.READ_ONLY));
        }
        try (App app = Children.open(dataDir)) {
            assertThat(app.progress().notes().note("postgresql", "lesson-1")).isPresent();
        }
    }

    @Test
    void aReadOnlyProgressFolderInsideAWritableDataFolder() throws Exception {
        Path dataDir = dir.resolve("data");
        try (App app = Children.open(dataDir)) {
            app.progress().notes().save(Children.note(1, "kept"));
        }
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(dataDir.resolve("progress"))) {
            assertThatThrownBy(() -> Children.open(dataDir)).hasMessage(sentence(dataDir.resolve("progress")));
        }
    }

    @Test
    void aDataFolderThatCannotBeCreated() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("locked-parent"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(parent)) {
            Path dataDir = parent.resolve("pgdrill");
            assertThatThrownBy(() -> Children.open(dataDir)).hasMessage(sentence(dataDir));
            assertThat(dataDir).doesNotExist();
        }
    }
}
