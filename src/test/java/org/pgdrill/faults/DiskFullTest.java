package org.pgdrill.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgdrill.app.App;
import org.pgdrill.testing.ChildJvm;

/**
 * RELIABILITY.md: disk full. The child runs under {@code ulimit -f}, so the kernel refuses to grow its files
 * past the limit (EFBIG, "File too large") exactly where a full disk would refuse (ENOSPC): in H2's writes.
 */
class DiskFullTest {
    @TempDir
    Path dataDir;

    @Test
    void aFullDiskIsOneClearSentenceAndEverythingSavedBeforeIsKept() throws Exception {
        int saved = 0;
        List<String> output;
        try (ChildJvm child = ChildJvm.startWithFileSizeLimit(400, Children.FillTheDisk.class, dataDir.toString())) {
            child.awaitLine("Opened");
            String failed = child.awaitLine(line -> line.startsWith("Failed") || line.startsWith("End"));
            output = child.output();
            assertThat(failed).isEqualTo("Failed DISK_FULL pgdrill cannot save progress: the disk holding "
                    + dataDir.resolve("progress") + " is full. Free some space and try again; everything saved before is safe.");
        }
        for (String line : output) {
            if (line.startsWith("Saved ")) {
                saved = Integer.parseInt(line.substring("Saved ".length()));
            }
        }
        assertThat(saved).as("some notes fit before the limit").isPositive();
        assertThat(output).filteredOn(line -> line.startsWith("Backup failed") || line.startsWith("Backed up"))
                .singleElement().asString().startsWith("Backup failed DISK_FULL pgdrill cannot save progress: the disk holding "
                        + dataDir.resolve("backups") + " is full");

        // with space again (no limit in this JVM) every acknowledged note is there and nothing asks about damage
        try (App app = Children.open(dataDir)) {
            for (int i = 1; i <= saved; i++) {
                assertThat(app.progress().notes().note("postgresql", "lesson-" + i)).as("note %d", i).isPresent();
            }
            app.progress().notes().save(Children.note(saved + 1, "there is room again"));
        }
    }
}
