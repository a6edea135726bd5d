package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lessons that ship in {@code lessons/} load cleanly and have every part a learner expects. */
class ShippedLessonsTest {
    static final Path LESSONS = Path.of("lessons");

    private final PackLoadResult result = new PackLoader().load(LESSONS);

    @Test
    void theShippedLessonsLoadWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.tracks()).extracting(Track::id).containsExactly("postgresql");
    }

    @Test
    void thePostgresqlTrackStartsWithTheFirstThreeLessonsInOrder() {
        Track track = result.track("postgresql").orElseThrow();
        assertThat(track.lessons()).extracting(Lesson::id)
                .startsWith("psql-and-meta-commands", "select-and-where", "order-by-and-limit");
        assertThat(track.dataset("shop")).isPresent();
        assertThat(track.dataset("shop").orElseThrow().searchPath()).containsExactly("shop");
    }

    @Test
    void everyLessonHasTheStudyPartsALearnerExpects() {
        for (Lesson lesson : result.track("postgresql").orElseThrow().lessons()) {
            LessonParts parts = lesson.parts();
            String name = lesson.id();
            assertThat(parts.checklist()).as(name + " checklist").hasSizeGreaterThanOrEqualTo(4);
            assertThat(parts.flashcards()).as(name + " flashcards").hasSizeGreaterThanOrEqualTo(3);
            assertThat(parts.selfChecks()).as(name + " self-check questions").hasSizeGreaterThanOrEqualTo(2);
            assertThat(parts.multipleChoice()).as(name + " multiple-choice questions").hasSizeGreaterThanOrEqualTo(4);
            assertThat(parts.tips()).as(name + " tips").isNotEmpty();
            assertThat(parts.nextSteps()).as(name + " next steps").isNotEmpty();
            assertThat(lesson.readingMinutes()).as(name + " reading time").isGreaterThanOrEqualTo(5);
            if (lesson.mode() == LessonMode.HANDS_ON) {
                assertThat(parts.exercises()).as(name + " exercises").hasSizeGreaterThanOrEqualTo(2);
                for (Exercise exercise : parts.exercises()) {
                    assertThat(exercise.hints()).as(exercise.id() + " hints").isNotEmpty();
                }
            }
        }
    }
}
