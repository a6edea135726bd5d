package org.pgdrill.app;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pgdrill.review.Card;
import org.pgdrill.review.IntervalText;

/**
 * Flashcards as a text file Anki imports (File → Import): tab-separated, one note per line, with the
 * header lines Anki reads ({@code #separator:tab}, {@code #html:true}, {@code #guid column}, {@code #tags column},
 * {@code #columns}). Fields are HTML, so the card text is escaped ({@code & < > "}), line breaks become
 * {@code <br>} and tabs {@code &#9;}: a field then never holds a raw tab, newline or quote, and Anki needs no
 * CSV quoting. The GUID {@code pgdrill:track/lesson/card} lets a second import update the same notes.
 */
public final class AnkiExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /**
     * One flashcard to export.
     *
     * @param question plain text (not HTML) of the front
     * @param answer   plain text of the back
     * @param tags     extra tags; spaces inside a tag become underscores (Anki separates tags by spaces)
     * @param schedule pgdrill's scheduling state, written to a "pgdrill schedule" column for reference
     */
    public record AnkiCard(String trackId, String lessonId, String cardId, String question, String answer, List<String> tags,
                           Optional<Card> schedule) {
        public AnkiCard {
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            tags = List.copyOf(tags);
            Objects.requireNonNull(schedule, "schedule");
        }
    }

    private AnkiExport() {
    }

    /** The whole file, "\n" line ends, UTF-8 when written. */
    public static String toTsv(List<AnkiCard> cards) {
        boolean withSchedule = cards.stream().anyMatch(card -> card.schedule().isPresent());
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#guid column:1\n");
        out.append("#tags column:4\n");
        out.append("#columns:GUID\tFront\tBack\tTags").append(withSchedule ? "\tpgdrill schedule" : "").append('\n');
        for (AnkiCard card : cards) {
            List<String> fields = new ArrayList<>();
            fields.add(guid(card));
            fields.add(html(card.question()));
            fields.add(html(card.answer()));
            fields.add(tags(card));
            if (withSchedule) {
                fields.add(card.schedule().map(AnkiExport::schedule).orElse(""));
            }
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }

    /** pgdrill:track/lesson/card (ids are slugs; anything that would break the line or the field is replaced). */
    static String guid(AnkiCard card) {
        return plain("pgdrill:" + card.trackId() + "/" + card.lessonId() + "/" + card.cardId());
    }

    /** Text for a non-HTML column: no tab, line break or double quote (which would start a quoted field). */
    private static String plain(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ").replace('"', '\'');
    }

    /** Plain text as an HTML field that holds no tab, newline or double quote. */
    static String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\t' -> html.append("&#9;");
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /** "pgdrill pgdrill::track::lesson" plus the card's own tags; Anki tags cannot contain spaces. */
    static String tags(AnkiCard card) {
        List<String> tags = new ArrayList<>();
        tags.add("pgdrill");
        tags.add("pgdrill::" + tag(card.trackId()) + "::" + tag(card.lessonId()));
        for (String tag : card.tags()) {
            String cleaned = tag(tag);
            if (!cleaned.isEmpty() && !tags.contains(cleaned)) {
                tags.add(cleaned);
            }
        }
        return String.join(" ", tags);
    }

    private static String tag(String text) {
        return plain(text).strip().replaceAll("\\s+", "_");
    }

    static String schedule(Card card) {
        if (card.isNew()) {
            return "new";
        }
        return html(String.format(Locale.ROOT, "%s; due %s; interval %s; stability %.2f d; difficulty %.2f; %d reviews, %d lapses",
                card.state().name().toLowerCase(Locale.ROOT), DAY.format(card.due()),
                IntervalText.format(Duration.between(card.lastReview(), card.due())), card.stability(), card.difficulty(),
                card.reps(), card.lapses()));
    }
}
