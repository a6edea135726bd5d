package org.pgdrill.progress.data;

/** Which flashcard: card ids are unique within their lesson. */
public record FlashcardKey(String trackId, String lessonId, String cardId) {
    public FlashcardKey {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        Rows.id(cardId, "cardId");
    }
}
