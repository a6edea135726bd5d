package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pgdrill.review.Card;
import org.pgdrill.review.FsrsParameters;
import org.pgdrill.review.Rating;
import org.pgdrill.review.Scheduler;

/** The TSV is read back the way Anki reads it: header lines, then tab-separated HTML fields, one note per line. */
class AnkiExportTest {
    private record Note(String guid, String front, String back, String tags, String schedule) {
    }

    private static List<Note> parse(String tsv, List<String> headers) {
        List<Note> notes = new ArrayList<>();
        for (String line : tsv.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                headers.add(line);
                continue;
            }
            String[] fields = line.split("\t", -1);
            assertThat(fields.length).as("fields in " + line).isBetween(4, 5);
            notes.add(new Note(fields[0], unescape(fields[1]), unescape(fields[2]), fields[3], fields.length > 4 ? fields[4] : ""));
        }
        return notes;
    }

    /** What Anki shows for an HTML field. */
    private static String unescape(String html) {
        return html.replace("<br>", "\n").replace("&#9;", "\t").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Test
    void cardsSurviveTheRoundTripWithTabsNewlinesQuotesAndHtml() {
        String question = "What does\tthis do?\n\n\"SELECT * FROM t WHERE a < 5 AND b > 2 & c\"";
        String answer = "Line 1\r\nLine 2 <b>not bold</b> — Straße 📚 עברית";
        Card reviewed = Scheduler.schedule(Card.NEW, Rating.EASY, Instant.parse("2026-11-23T10:00:00Z"),
                FsrsParameters.defaults().withFuzz(false)).card();
        List<AnkiExport.AnkiCard> cards = List.of(
                new AnkiExport.AnkiCard("postgresql", "mvcc", "xmin", question, answer, List.of("interview", "two words"), Optional.of(reviewed)),
                new AnkiExport.AnkiCard("postgresql", "indexes", "\"quoted\" id", "Q2", "A2", List.of(), Optional.empty()));

        String tsv = AnkiExport.toTsv(cards);
        List<String> headers = new ArrayList<>();
        List<Note> notes = parse(tsv, headers);

        assertThat(headers).containsExactly("#separator:tab", "#html:true", "#guid column:1", "#tags column:4",
                "#columns:GUID\tFront\tBack\tTags\tpgdrill schedule");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).front()).isEqualTo(question);
        assertThat(notes.get(0).back()).isEqualTo(answer.replace("\r\n", "\n"));
        assertThat(notes.get(0).guid()).isEqualTo("pgdrill:postgresql/mvcc/xmin");
        assertThat(Arrays.asList(notes.get(0).tags().split(" "))).containsExactly("pgdrill", "pgdrill::postgresql::mvcc", "interview", "two_words");
        assertThat(notes.get(0).schedule()).isEqualTo("review; due 2026-12-01; interval 8d; stability 8.30 d; difficulty 1.00; 1 reviews, 0 lapses");
        assertThat(notes.get(1).guid()).isEqualTo("pgdrill:postgresql/indexes/'quoted' id");
        assertThat(notes.get(1).schedule()).isEmpty();
        // no field starts with a quote, so Anki never switches to quoted-field parsing
        assertThat(tsv.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Arrays.stream(l.split("\t"))))
                .noneMatch(field -> field.startsWith("\""));
    }

    @Test
    void withoutSchedulingThereIsNoScheduleColumn() {
        String tsv = AnkiExport.toTsv(List.of(new AnkiExport.AnkiCard("t", "l", "c", "Q", "A", List.of(), Optional.empty())));
        assertThat(tsv).contains("#columns:GUID\tFront\tBack\tTags\n").endsWith("pgdrill:t/l/c\tQ\tA\tpgdrill pgdrill::t::l\n");
    }
}
