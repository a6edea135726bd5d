package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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

    @Test
    void thePostgresqlTrackHasThirtySixStepsFromTheFirstSelectToTheProductionChecklist() {
        Track track = result.track("postgresql").orElseThrow();
        assertThat(track.lessons()).hasSize(36);
        assertThat(track.lessons().get(0).id()).isEqualTo("psql-and-meta-commands");
        assertThat(track.lessons().get(35).id()).isEqualTo("production-checklist");
        assertThat(track.datasets()).extracting(DatasetRef::id).containsExactly("shop", "saas");
    }

    @Test
    void multipleChoiceQuestionsExplainEveryOption() {
        for (Lesson lesson : result.track("postgresql").orElseThrow().lessons()) {
            for (MultipleChoice question : lesson.parts().multipleChoice()) {
                assertThat(question.options()).as(question.id()).allSatisfy(option -> assertThat(option.explanation()).isNotBlank());
                assertThat(question.correctOptions()).as(question.id()).isNotEmpty();
            }
        }
    }

    @Test
    void exercisesMixTheThreeKindsAndCoincidenceProneOnesHaveHiddenData() {
        Track track = result.track("postgresql").orElseThrow();
        var exercises = track.lessons().stream().flatMap(lesson -> lesson.parts().exercises().stream()).toList();
        var kinds = exercises.stream().collect(java.util.stream.Collectors.groupingBy(Exercise::kind, java.util.stream.Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(ExerciseKind.RESULT, ExerciseKind.STATE, ExerciseKind.PLAN);
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
        assertThat(exercises.stream().filter(exercise -> !exercise.hiddenDatasets().isEmpty()).count())
                .as("exercises with hidden datasets").isGreaterThanOrEqualTo(exercises.size() / 2);
        assertThat(exercises).allSatisfy(exercise -> assertThat(exercise.solution()).isNotBlank());
    }

    @Test
    void theProductionChecklistCoversWhatTheTrackPromises() {
        Lesson last = result.track("postgresql").orElseThrow().lessons().get(35);
        String all = (last.markdown() + "\n" + last.parts().toString()).toLowerCase(java.util.Locale.ROOT);
        for (String topic : List.of("restore drill", "replication lag", "autovacuum", "explain", "environment variable", "tls", "pooler",
                "extension", "begin", "count(*)", "rollback")) {
            assertThat(all).as("step 36 mentions " + topic).contains(topic);
        }
        assertThat(last.parts().flashcards()).extracting(Flashcard::question)
                .anySatisfy(question -> assertThat(question).containsIgnoringCase("restore drill"))
                .anySatisfy(question -> assertThat(question).containsIgnoringCase("superuser"));
        assertThat(last.parts().selfChecks()).extracting(SelfCheck::question)
                .anySatisfy(question -> assertThat(question).containsIgnoringCase("monitoring areas"))
                .anySatisfy(question -> assertThat(question).containsIgnoringCase("mass DELETE"));
        assertThat(last.parts().drills()).extracting(Drill::sql)
                .anySatisfy(sql -> assertThat(sql).contains("BEGIN").containsIgnoringCase("count(*)").containsIgnoringCase("DELETE"));
    }
}
