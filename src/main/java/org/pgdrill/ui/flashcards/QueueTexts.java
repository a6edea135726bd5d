package org.pgdrill.ui.flashcards;

import org.pgdrill.app.FlashcardDeck.DeckCard;
import org.pgdrill.ui.flashcards.StudyQueue.Mode;
import org.pgdrill.ui.flashcards.StudyQueue.Snapshot;

/** What the Flashcards page says around the cards: where a session stands, and what to do when none is left. */
final class QueueTexts {
    private QueueTexts() {
    }

    /** "Reviewing ahead: card 3 of 20", "Studying Indexes: card 1 of 5"; empty for today's queue. */
    static String session(Mode mode, DeckCard card, int position, int size) {
        return switch (mode) {
            case TODAY -> "";
            case AHEAD -> "Reviewing ahead: card " + (position + 1) + " of " + size;
            case LESSON -> "Studying " + card.lesson().title() + ": card " + (position + 1) + " of " + size;
        };
    }

    static String doneTitle(boolean noCards, Snapshot snapshot) {
        if (noCards) {
            return "No flashcards yet";
        }
        return snapshot.counts().doneToday() > 0 ? "Done for today" : "Nothing to review right now";
    }

    /** When the next card is due, how many new cards wait for tomorrow, and what to study instead. */
    static String doneDetail(boolean noCards, Snapshot snapshot, DueText dueText) {
        if (noCards) {
            return "The loaded lessons have no interview questions. Cards appear here once a lesson pack with flashcards"
                    + " is in the Library.";
        }
        StringBuilder detail = new StringBuilder();
        snapshot.nextDue().ifPresent(due -> detail.append("The next card is due ").append(dueText.describe(due)).append(". "));
        int waiting = snapshot.newWaiting();
        if (waiting > 0) {
            detail.append(waiting).append(waiting == 1 ? " new card waits" : " new cards wait")
                    .append(" for tomorrow: today's new cards are done (the daily limit is under Settings > Review). ");
        }
        detail.append(snapshot.nextDue().isPresent() ? "Review ahead, or study one lesson's cards now."
                : "Study one lesson's cards to see them now.");
        return detail.toString();
    }
}
