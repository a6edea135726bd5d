package org.pgdrill.progress.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The JSON shape of an export, one record per array element, mapped to and from the domain records.
 * Field order here is the order in the file. Times are UTC with milliseconds, e.g. 2026-11-23T10:15:00.123Z.
 */
final class Dto {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Dto() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static Instant time(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a UTC time like 2026-11-23T10:15:00.123Z: \"" + text + "\"");
        }
    }

    record SettingDto(String key, String value, String updatedAt) {
        static SettingDto of(Setting s) {
            return new SettingDto(s.key(), s.value(), time(s.updatedAt()));
        }

        Setting toDomain() {
            return new Setting(key, value, time(updatedAt, "updatedAt"));
        }
    }

    record VisitDto(String trackId, String lessonId, String visitedAt) {
        static VisitDto of(LessonVisit v) {
            return new VisitDto(v.trackId(), v.lessonId(), time(v.visitedAt()));
        }

        LessonVisit toDomain() {
            return new LessonVisit(trackId, lessonId, time(visitedAt, "visitedAt"));
        }
    }

    record CompletionDto(String trackId, String lessonId, boolean completed, int contentVersion, String changedAt) {
        static CompletionDto of(LessonCompletion c) {
            return new CompletionDto(c.trackId(), c.lessonId(), c.completed(), c.contentVersion(), time(c.changedAt()));
        }

        LessonCompletion toDomain() {
            return new LessonCompletion(trackId, lessonId, completed, contentVersion, time(changedAt, "changedAt"));
        }
    }

    record TickDto(String trackId, String lessonId, String itemId, boolean ticked, String changedAt) {
        static TickDto of(ChecklistTick t) {
            return new TickDto(t.trackId(), t.lessonId(), t.itemId(), t.ticked(), time(t.changedAt()));
        }

        ChecklistTick toDomain() {
            return new ChecklistTick(trackId, lessonId, itemId, ticked, time(changedAt, "changedAt"));
        }
    }

    record ConfidenceDto(String trackId, String lessonId, String itemId, int rating, String ratedAt) {
        static ConfidenceDto of(ConfidenceRating r) {
            return new ConfidenceDto(r.trackId(), r.lessonId(), r.itemId(), r.rating(), time(r.ratedAt()));
        }

        ConfidenceRating toDomain() {
            return new ConfidenceRating(trackId, lessonId, itemId, rating, time(ratedAt, "ratedAt"));
        }
    }

    record AnswerDto(String trackId, String lessonId, String questionId, String kind, String answer, Boolean correct,
                     String answeredAt) {
        static AnswerDto of(QuestionAnswer a) {
            return new AnswerDto(a.trackId(), a.lessonId(), a.questionId(), a.kind().name(), a.answer(), a.correct().orElse(null),
                    time(a.answeredAt()));
        }

        QuestionAnswer toDomain() {
            QuestionKind parsed;
            try {
                parsed = QuestionKind.valueOf(String.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind must be SELF_CHECK or MULTIPLE_CHOICE, not " + kind);
            }
            return new QuestionAnswer(trackId, lessonId, questionId, parsed, answer, Optional.ofNullable(correct),
                    time(answeredAt, "answeredAt"));
        }
    }

    record AttemptDto(String trackId, String exerciseId, String attemptedAt, String sql, String verdict, long timeTakenMillis,
                      int hintsUsed, boolean solutionPeeked) {
        static AttemptDto of(ExerciseAttempt a) {
            return new AttemptDto(a.trackId(), a.exerciseId(), time(a.attemptedAt()), a.sql(), a.verdict(), a.timeTakenMillis(),
                    a.hintsUsed(), a.solutionPeeked());
        }

        ExerciseAttempt toDomain() {
            return new ExerciseAttempt(trackId, exerciseId, time(attemptedAt, "attemptedAt"), sql, verdict, timeTakenMillis,
                    hintsUsed, solutionPeeked);
        }
    }

    record CardStateDto(String trackId, String lessonId, String cardId, String state, int step, double stability,
                        double difficulty, String due, String lastReview, int reps, int lapses) {
        static CardStateDto of(FlashcardState s) {
            return new CardStateDto(s.key().trackId(), s.key().lessonId(), s.key().cardId(), s.state(), s.step(), s.stability(),
                    s.difficulty(), time(s.due()), time(s.lastReview()), s.reps(), s.lapses());
        }

        FlashcardState toDomain() {
            return new FlashcardState(new FlashcardKey(trackId, lessonId, cardId), state, step, stability, difficulty,
                    time(due, "due"), time(lastReview, "lastReview"), reps, lapses);
        }
    }

    record ReviewDto(String trackId, String lessonId, String cardId, String reviewedAt, int rating, String stateBefore,
                     String stateAfter, long elapsedDays, long intervalSeconds, double stability, double difficulty,
                     Long durationMillis) {
        static ReviewDto of(FlashcardReview r) {
            return new ReviewDto(r.key().trackId(), r.key().lessonId(), r.key().cardId(), time(r.reviewedAt()), r.rating(),
                    r.stateBefore(), r.stateAfter(), r.elapsedDays(), r.intervalSeconds(), r.stability(), r.difficulty(),
                    r.durationMillis().isPresent() ? r.durationMillis().getAsLong() : null);
        }

        FlashcardReview toDomain() {
            return new FlashcardReview(new FlashcardKey(trackId, lessonId, cardId), time(reviewedAt, "reviewedAt"), rating,
                    stateBefore, stateAfter, elapsedDays, intervalSeconds, stability, difficulty,
                    durationMillis == null ? OptionalLong.empty() : OptionalLong.of(durationMillis));
        }
    }

    record NoteDto(String trackId, String lessonId, String body, String updatedAt) {
        static NoteDto of(LessonNote n) {
            return new NoteDto(n.trackId(), n.lessonId(), n.body(), time(n.updatedAt()));
        }

        LessonNote toDomain() {
            return new LessonNote(trackId, lessonId, body, time(updatedAt, "updatedAt"));
        }
    }
}
