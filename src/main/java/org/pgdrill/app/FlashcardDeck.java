package org.pgdrill.app;

import java.util.ArrayList;
import java.util.List;
import org.pgdrill.content.Flashcard;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.progress.data.FlashcardKey;

/** Every flashcard of the loaded lessons in course order: tracks as loaded, lessons in track order, cards as written. */
public final class FlashcardDeck {
    /** One card with the lesson it comes from. */
    public record DeckCard(Track track, Lesson lesson, Flashcard flashcard) {
        /** The key its progress is stored under. */
        public FlashcardKey key() {
            return new FlashcardKey(track.id(), lesson.id(), flashcard.id());
        }
    }

    private FlashcardDeck() {
    }

    public static List<DeckCard> of(List<Track> tracks) {
        List<DeckCard> cards = new ArrayList<>();
        for (Track track : tracks) {
            for (Lesson lesson : track.lessons()) {
                for (Flashcard flashcard : lesson.parts().flashcards()) {
                    cards.add(new DeckCard(track, lesson, flashcard));
                }
            }
        }
        return cards;
    }

    public static List<FlashcardKey> keys(List<DeckCard> cards) {
        return cards.stream().map(DeckCard::key).toList();
    }
}
