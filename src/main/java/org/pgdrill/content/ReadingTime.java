package org.pgdrill.content;

/** Estimates reading time from the words a learner reads: the prose, checklist, drills and tips. */
final class ReadingTime {
    /** A relaxed pace for technical text with code in it. */
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(String markdown, LessonParts parts) {
        long words = words(markdown);
        for (ChecklistItem item : parts.checklist()) {
            words += words(item.text());
        }
        for (Drill drill : parts.drills()) {
            words += words(drill.title()) + words(drill.situation()) + words(drill.sql());
            for (String check : drill.checkBeforeCommit()) {
                words += words(check);
            }
        }
        for (String tip : parts.tips()) {
            words += words(tip);
        }
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** Runs of characters that contain a letter or digit; Markdown punctuation alone is not a word. */
    static long words(String text) {
        long count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? count + 1 : count;
    }
}
