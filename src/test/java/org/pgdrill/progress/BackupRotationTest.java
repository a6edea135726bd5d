package org.pgdrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final String STORE = "0123456789abcdef";
    private long counter;

    private BackupFile backup(String localDateTime) {
        Instant at = LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
        long c = ++counter;
        return new BackupFile(Path.of(BackupFile.fileName(at, c, STORE)), at, c, STORE);
    }

    /** Anki's own "thinning_manual" case (rslib/src/collection/backup.rs), with only the newest of today kept. */
    @Test
    void keepsTodayYesterdayThenDailyWeeklyMonthly() {
        List<BackupFile> oldestFirst = new ArrayList<>();
        BackupFile nov1 = backup("2021-11-01T00:00");
        BackupFile dec1 = backup("2021-12-01T00:00");
        BackupFile dec24 = backup("2021-12-24T00:00");
        BackupFile jan5 = backup("2022-01-05T00:00");
        BackupFile jan6 = backup("2022-01-06T00:00");
        BackupFile feb6early = backup("2022-02-06T01:00");
        BackupFile feb6late = backup("2022-02-06T02:00");
        BackupFile feb7 = backup("2022-02-07T00:00");
        BackupFile feb9 = backup("2022-02-09T00:00");
        BackupFile feb10 = backup("2022-02-10T00:00");
        BackupFile feb20early = backup("2022-02-20T06:00");
        BackupFile feb20late = backup("2022-02-20T18:00");
        BackupFile feb21 = backup("2022-02-21T00:00");
        BackupFile feb22first = backup("2022-02-22T00:00");
        BackupFile feb22second = backup("2022-02-22T00:00");
        oldestFirst.addAll(List.of(nov1, dec1, dec24, jan5, jan6, feb6early, feb6late, feb7, feb9, feb10, feb20early, feb20late,
                feb21, feb22first, feb22second));

        List<BackupFile> obsolete = BackupRotation.obsolete(oldestFirst, Instant.parse("2022-02-22T12:00:00Z"), ZoneOffset.UTC,
                new BackupRotation.Limits(3, 2, 1));

        // kept: today's newest, yesterday, 3 days (20th late, 10th, 9th), 2 weeks (6th late, 6 Jan), 1 month (24 Dec)
        assertThat(obsolete).containsExactlyInAnyOrder(feb22first, feb20early, feb7, feb6early, jan5, dec1, nov1);
    }

    /** Anki's "thinning_generic": a backup every day for a year keeps 1 + 12 daily + 10 weekly + 9 monthly. */
    @Test
    void aYearOfDailyBackupsKeepsThirtyTwo() {
        LocalDate today = LocalDate.of(2022, 1, 1);
        List<BackupFile> backups = new ArrayList<>();
        for (int daysAgo = 365; daysAgo >= 1; daysAgo--) {
            backups.add(backup(today.minusDays(daysAgo).atStartOfDay().toString()));
        }
        List<BackupFile> obsolete = BackupRotation.obsolete(backups, today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<BackupFile> kept = new ArrayList<>(backups);
        kept.removeAll(obsolete);

        assertThat(kept).hasSize(1 + 12 + 10 + 9);
        List<LocalDate> keptDays = kept.stream().map(b -> LocalDate.ofInstant(b.createdAt(), ZoneOffset.UTC)).sorted().toList();
        // yesterday and the 12 days before it
        assertThat(keptDays.subList(keptDays.size() - 13, keptDays.size()))
                .containsExactlyElementsOf(today.minusDays(13).datesUntil(today).toList());
        // then one per week: the newest of each, a Sunday
        assertThat(keptDays.subList(keptDays.size() - 23, keptDays.size() - 13)).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        // then one per month: the newest of each, its last day
        assertThat(keptDays.subList(0, 9)).allMatch(d -> d.plusDays(1).getDayOfMonth() == 1);
    }

    @Test
    void theBackupWithTheHighestCounterSurvivesAWrongClock() {
        // the newest backup was taken while the clock said 2019; rotation alone would drop it
        BackupFile wrongClock = backup("2019-06-01T10:00");
        Instant now = Instant.parse("2022-02-22T12:00:00Z");
        List<BackupFile> backups = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            backups.add(new BackupFile(Path.of("b" + day), now.minusSeconds(86_400L * day), day, STORE));
        }
        backups.add(new BackupFile(wrongClock.path(), wrongClock.createdAt(), 1000, STORE));
        assertThat(BackupRotation.obsolete(backups, now, ZoneOffset.UTC)).doesNotContain(backups.get(backups.size() - 1)).isNotEmpty();
    }

    @Test
    void fileNamesCarryTimeCounterAndStore() {
        Instant at = Instant.parse("2026-11-23T10:15:00.123Z");
        String name = BackupFile.fileName(at, 42, STORE);
        assertThat(name).isEqualTo("pgdrill-20261123T101500123Z-c000000000042-0123456789abcdef.zip");
        BackupFile parsed = BackupFile.parse(Path.of("/x", name)).orElseThrow();
        assertThat(parsed.createdAt()).isEqualTo(at);
        assertThat(parsed.saveCounter()).isEqualTo(42);
        assertThat(parsed.storeId()).isEqualTo(STORE);
        assertThat(BackupFile.parse(Path.of(".pgdrill-backup-123.zip.tmp"))).isEmpty();
        assertThat(BackupFile.parse(Path.of("my-notes.zip"))).isEmpty();
    }
}
