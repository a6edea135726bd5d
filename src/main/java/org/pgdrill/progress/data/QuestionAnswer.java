package org.pgdrill.progress.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a self-check or multiple-choice question. History: every answer is kept.
 *
 * @param answer  the chosen option id(s) for multiple choice, the learner's text for a self-check (may be empty)
 * @param correct right or wrong; empty for a self-check the learner did not grade
 */
public record QuestionAnswer(String trackId, String lessonId, String questionId, QuestionKind kind, String answer,
                             Optional<Boolean> correct, Instant answeredAt) {
    public static final int MAX_ANSWER_LENGTH = 100_000;

    public QuestionAnswer {
        Rows.id(trackId, "trackId");
        Rows.id(lessonId, "lessonId");
        Rows.id(questionId, "questionId");
        Objects.requireNonNull(kind, "kind is missing");
        Rows.text(answer, "answer", MAX_ANSWER_LENGTH);
        Objects.requireNonNull(correct, "correct");
        answeredAt = Rows.millis(answeredAt, "answeredAt");
    }
}
