package org.pgdrill.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pgdrill.app.App;
import org.pgdrill.app.AppConfig;
import org.pgdrill.progress.BackupFile;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.LessonNote;

/** The main classes the fault tests run in a second JVM. Each prints what it did, one line per fact. */
public final class Children {
    private Children() {
    }

    static App open(Path dataDir) throws ProgressStoreException {
        return App.open(new AppConfig(dataDir, Optional.empty(), List.of()));
    }

    static LessonNote note(int i, String body) {
        return new LessonNote("postgresql", "lesson-" + i, body, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i));
    }

    /** Saves notes 1, 2, 3, … printing "Saved i" after each commit returned, until killed. */
    public static final class KeepSaving {
        public static void main(String[] args) throws Exception {
            try (App app = open(Path.of(args[0]))) {
                for (int i = 1; ; i++) {
                    app.progress().notes().save(note(i, "note " + i));
                    System.out.println("Saved " + i);
                    System.out.flush();
                }
            }
        }
    }

    /** Saves 20 KB notes until a save fails, then prints "Failed REASON message" and tries a backup. */
    public static final class FillTheDisk {
        public static void main(String[] args) throws Exception {
            try (App app = open(Path.of(args[0]))) {
                System.out.println("Opened");
                String body = "x".repeat(20_000);
                for (int i = 1; ; i++) {
                    try {
                        app.progress().notes().save(note(i, body + i));
                        System.out.println("Saved " + i);
                    } catch (ProgressStoreException e) {
                        System.out.println("Failed " + e.reason() + " " + e.getMessage());
                        break;
                    }
                }
                try {
                    BackupFile backup = app.backups().backupNow();
                    System.out.println("Backed up " + backup.path());
                } catch (ProgressStoreException e) {
                    System.out.println("Backup failed " + e.reason() + " " + e.getMessage());
                }
            } catch (ProgressStoreException e) {
                System.out.println("Failed " + e.reason() + " " + e.getMessage());
            }
            System.out.println("End");
        }
    }

    /** Holds the data folder like a running pgdrill: prints "Ready", then "Focused" for each focus request. */
    public static final class RunningApp {
        public static void main(String[] args) throws Exception {
            try (App app = open(Path.of(args[0]))) {
                app.instance().listenForFocusRequests(() -> {
                    System.out.println("Focused");
                    System.out.flush();
                });
                System.out.println("Ready");
                System.out.flush();
                while (System.in.read() != -1) {
                    // wait until the test closes our stdin
                }
            }
        }
    }

    /** Holds the H2 file open like another program would (no pgdrill instance lock): prints "Ready". */
    public static final class OtherProgramHoldsTheFile {
        public static void main(String[] args) throws Exception {
            String url = "jdbc:h2:file:" + Path.of(args[0], "progress", "pgdrill") + ";WRITE_DELAY=0";
            try (Connection c = DriverManager.getConnection(url, "pgdrill", "")) {
                System.out.println("Ready");
                System.out.flush();
                while (System.in.read() != -1) {
                    // wait until the test closes our stdin
                }
            }
        }
    }
}
