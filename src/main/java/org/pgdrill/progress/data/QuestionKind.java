package org.pgdrill.progress.data;

/** A self-check question (the learner compares with the model answer) or a multiple-choice question. */
public enum QuestionKind {
    SELF_CHECK,
    MULTIPLE_CHOICE
}
