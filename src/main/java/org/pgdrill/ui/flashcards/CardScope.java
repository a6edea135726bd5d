package org.pgdrill.ui.flashcards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.app.FlashcardDeck.DeckCard;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;

/**
 * Which cards to study: all of them, one track's or one lesson's. The filter offers one scope per track and per
 * lesson that has cards.
 *
 * @param label  what the filter shows, with the number of cards
 * @param track  empty for all tracks
 * @param lesson empty for a whole track (or all)
 */
public record CardScope(String label, Optional<Track> track, Optional<Lesson> lesson) {
    public boolean includes(DeckCard card) {
        return track.map(t -> t.id().equals(card.track().id())).orElse(true)
                && lesson.map(l -> l.id().equals(card.lesson().id())).orElse(true);
    }

    /** "All cards", then each track, then each of its lessons with cards, in course order. */
    static List<CardScope> of(List<DeckCard> deck) {
        List<CardScope> scopes = new ArrayList<>();
        scopes.add(new CardScope("All cards (" + deck.size() + ")", Optional.empty(), Optional.empty()));
        Track currentTrack = null;
        Lesson currentLesson = null;
        for (DeckCard card : deck) {
            if (currentTrack == null || !currentTrack.id().equals(card.track().id())) {
                currentTrack = card.track();
                currentLesson = null;
                scopes.add(new CardScope(currentTrack.title() + " (" + count(deck, currentTrack, null) + ")",
                        Optional.of(currentTrack), Optional.empty()));
            }
            if (currentLesson == null || !currentLesson.id().equals(card.lesson().id())) {
                currentLesson = card.lesson();
                scopes.add(new CardScope("    " + currentLesson.title() + " (" + count(deck, currentTrack, currentLesson) + ")",
                        Optional.of(currentTrack), Optional.of(currentLesson)));
            }
        }
        return scopes;
    }

    /** One scope per lesson with cards, named with its track, for "Study a lesson's cards". */
    static List<CardScope> lessons(List<DeckCard> deck) {
        List<CardScope> lessons = new ArrayList<>();
        for (CardScope scope : of(deck)) {
            scope.lesson().ifPresent(lesson -> lessons.add(new CardScope(lesson.title() + " · " + scope.track().orElseThrow().title()
                    + " (" + count(deck, scope.track().orElseThrow(), lesson) + ")", scope.track(), scope.lesson())));
        }
        return lessons;
    }

    private static long count(List<DeckCard> deck, Track track, Lesson lesson) {
        return deck.stream().filter(card -> card.track().id().equals(track.id())
                && (lesson == null || card.lesson().id().equals(lesson.id()))).count();
    }

    @Override
    public String toString() {
        return label;
    }
}
