package org.pgdrill.progress;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Something is wrong with the progress file, found while opening it, before anything was changed.
 *
 * @param kind   what is wrong
 * @param file   the progress file
 * @param backup the newest backup that opened and checked out, if there is one
 * @param detail the underlying error, for the log
 */
public record StoreDamage(Kind kind, Path file, Optional<BackupFile> backup, String detail) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm");

    public enum Kind {
        /** The file exists but has 0 bytes (or no tables at all): H2 would silently start over. */
        EMPTY,
        /** H2 cannot read the file. */
        UNREADABLE,
        /** The file opens, but its save counter is below that of a backup taken from it: it lost saves. */
        OLDER_THAN_BACKUP,
        /** The file is gone although there are backups. */
        MISSING
    }

    /** What the learner decides. */
    public enum Recovery {
        /** Keep the damaged file under a new name and put the newest good backup in its place. */
        RESTORE_BACKUP,
        /** Go on without the backup: keep an older file as it is, or keep a damaged one aside and start empty. */
        CONTINUE_WITHOUT_BACKUP,
        /** Change nothing and stop. */
        CANCEL
    }

    /** Asked when the progress file is damaged; may block while the learner answers. */
    @FunctionalInterface
    public interface Handler {
        Recovery decide(StoreDamage damage);

        /** For callers that may not ask: change nothing and stop with the damage explained. */
        Handler CANCEL = damage -> Recovery.CANCEL;
    }

    /** One or two sentences for the learner: what is wrong and what the backup is. */
    public String describe(ZoneId zone) {
        String problem = switch (kind) {
            case EMPTY -> "The progress file " + file + " is empty.";
            case UNREADABLE -> "The progress file " + file + " is damaged and cannot be read.";
            case OLDER_THAN_BACKUP -> "The progress file " + file + " is older than its newest backup: some saved progress is missing from it.";
            case MISSING -> "The progress file " + file + " is missing, but there are backups of it.";
        };
        return problem + backup.map(b -> " The newest good backup is from " + WHEN.format(b.createdAt().atZone(zone)) + ".")
                .orElse(" There is no backup to restore.");
    }
}
