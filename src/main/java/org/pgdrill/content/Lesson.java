package org.pgdrill.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One lesson of a track.
 *
 * @param id             unique in the track; progress is stored under it
 * @param title          plain text
 * @param level          who it is for
 * @param mode           practised in SQL or read and discussed
 * @param version        the content version; a higher number than a learner finished means "updated since"
 * @param lastReviewed   when an author last checked it against current PostgreSQL
 * @param summary        one or two sentences, inline Markdown
 * @param readingMinutes the estimated reading time (prose and the parts a learner reads), at least 1
 * @param markdown       the prose: the Markdown body of {@code lesson.md} after the front matter
 * @param parts          the structured parts from {@code parts.yaml} ({@link LessonParts#NONE} without one)
 * @param lessonFile     the absolute path of {@code lesson.md}
 * @param partsFile      the absolute path of {@code parts.yaml}, when the lesson has one
 */
public record Lesson(String id, String title, Level level, LessonMode mode, int version, LocalDate lastReviewed,
                     String summary, int readingMinutes, String markdown, LessonParts parts, Path lessonFile,
                     Optional<Path> partsFile) {

    /** The lesson's folder inside the pack. */
    public Path folder() {
        return lessonFile.getParent();
    }
}
