package org.pgdrill.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which backups to delete, as Anki thins its backups (rslib/src/collection/backup.rs): going from newest to
 * oldest, keep the newest backup of today and of yesterday, then the newest of each earlier day until
 * {@code daily} days are kept, then of each week (Monday to Sunday) until {@code weekly}, then of each
 * month until {@code monthly}; delete the rest. Unlike Anki only the newest of today and yesterday is kept,
 * and the backup with the highest save counter of each store is never deleted, even when a wrong clock
 * dated it in the past. Pure: dates are computed in {@code zone} from the times in the file names.
 */
public final class BackupRotation {
    /** Anki's defaults. */
    public static final Limits DEFAULT_LIMITS = new Limits(12, 10, 9);

    /** How many daily, weekly and monthly backups to keep beyond today and yesterday. */
    public record Limits(int daily, int weekly, int monthly) {
    }

    private BackupRotation() {
    }

    public static List<BackupFile> obsolete(List<BackupFile> backups, Instant now, ZoneId zone) {
        return obsolete(backups, now, zone, DEFAULT_LIMITS);
    }

    public static List<BackupFile> obsolete(List<BackupFile> backups, Instant now, ZoneId zone, Limits limits) {
        LocalDate yesterday = LocalDate.ofInstant(now, zone).minusDays(1);
        Map<String, BackupFile> newestPerStore = new HashMap<>();
        for (BackupFile backup : backups) {
            newestPerStore.merge(backup.storeId(), backup,
                    (a, b) -> b.saveCounter() > a.saveCounter() ? b : a);
        }
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::createdAt).thenComparingLong(BackupFile::saveCounter).reversed());

        int daily = limits.daily();
        int weekly = limits.weekly();
        int monthly = limits.monthly();
        LocalDate lastKeptDay = LocalDate.MAX;
        LocalDate lastKeptWeek = LocalDate.MAX;
        int lastKeptMonth = Integer.MAX_VALUE;
        List<BackupFile> obsolete = new ArrayList<>();
        for (BackupFile backup : newestFirst) {
            LocalDate day = LocalDate.ofInstant(backup.createdAt(), zone);
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int month = day.getYear() * 12 + day.getMonthValue();
            boolean keep;
            if (!day.isBefore(yesterday)) {
                keep = day.isBefore(lastKeptDay); // the first (newest) of today, of yesterday, of a future day
            } else if (daily > 0) {
                keep = day.isBefore(lastKeptDay);
                daily -= keep ? 1 : 0;
            } else if (weekly > 0) {
                keep = week.isBefore(lastKeptWeek);
                weekly -= keep ? 1 : 0;
            } else if (monthly > 0) {
                keep = month < lastKeptMonth;
                monthly -= keep ? 1 : 0;
            } else {
                keep = false;
            }
            if (keep) {
                lastKeptDay = day;
                lastKeptWeek = week;
                lastKeptMonth = month;
            } else if (newestPerStore.get(backup.storeId()) != backup) {
                obsolete.add(backup);
            }
        }
        return obsolete;
    }
}
