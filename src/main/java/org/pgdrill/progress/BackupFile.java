package org.pgdrill.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup zip. Its name carries what the opening checks need without opening it: when it was taken,
 * the save counter it holds and which store it belongs to, e.g.
 * {@code pgdrill-20261123T101500123Z-c000000000042-3f9a1c0d2b7e4a51.zip}.
 *
 * @param path        the zip
 * @param createdAt   when it was taken (the clock of that moment, so it can be wrong if the clock was)
 * @param saveCounter the store's save counter at that moment
 * @param storeId     the id of the store it was taken from
 */
public record BackupFile(Path path, Instant createdAt, long saveCounter, String storeId) {
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("pgdrill-(\\d{8}T\\d{9}Z)-c(\\d{12})-([0-9a-zA-Z]{1,32})\\.zip");

    /** The file name for a backup with these facts. */
    public static String fileName(Instant createdAt, long saveCounter, String storeId) {
        return String.format("pgdrill-%s-c%012d-%s%s", STAMP.format(createdAt), saveCounter, storeId, SUFFIX);
    }

    /** The backup a file name describes, or empty for any other file (temp files, the learner's own). */
    public static Optional<BackupFile> parse(Path path) {
        Matcher matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Instant created = STAMP.parse(matcher.group(1), Instant::from);
            return Optional.of(new BackupFile(path, created, Long.parseLong(matcher.group(2)), matcher.group(3)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
