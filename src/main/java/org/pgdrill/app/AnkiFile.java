package org.pgdrill.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.data.FlashcardKey;
import org.pgdrill.review.Card;

/**
 * Writes the deck as a file Anki imports ({@link AnkiExport}), each card with its lesson level as a tag and
 * pgdrill's schedule for the cards already studied. Written to a temp file and moved into place, so an
 * interrupted export never leaves half a file under the chosen name.
 */
public final class AnkiFile {
    private AnkiFile() {
    }

    /** Writes {@code out}; returns how many cards it holds. */
    public static int write(Path out, List<FlashcardDeck.DeckCard> deck, FlashcardReviews reviews)
            throws IOException, ProgressStoreException {
        Map<FlashcardKey, Card> schedules = reviews.cards(FlashcardDeck.keys(deck));
        List<AnkiExport.AnkiCard> cards = new ArrayList<>();
        for (FlashcardDeck.DeckCard card : deck) {
            Card schedule = schedules.getOrDefault(card.key(), Card.NEW);
            cards.add(new AnkiExport.AnkiCard(card.track().id(), card.lesson().id(), card.flashcard().id(),
                    card.flashcard().question(), card.flashcard().answer(), List.of(card.lesson().level().key()),
                    schedule.isNew() ? Optional.empty() : Optional.of(schedule)));
        }
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, AnkiExport.toTsv(cards), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return cards.size();
    }
}
