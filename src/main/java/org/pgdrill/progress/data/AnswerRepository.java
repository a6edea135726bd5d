package org.pgdrill.progress.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgdrill.progress.ProgressStore;
import org.pgdrill.progress.ProgressStoreException;

/** Answers to self-check and multiple-choice questions, with their whole history. */
public final class AnswerRepository {
    private static final String EXISTS =
            "SELECT 1 FROM question_answers WHERE track_id = ? AND lesson_id = ? AND question_id = ? AND answered_at = ?";

    private final ProgressStore store;

    public AnswerRepository(ProgressStore store) {
        this.store = store;
    }

    public void record(QuestionAnswer answer) throws ProgressStoreException {
        store.write(c -> merge(c, answer));
    }

    /** Every answer given in a lesson, by question then oldest first. */
    public List<QuestionAnswer> answers(String trackId, String lessonId) throws ProgressStoreException {
        return store.read(c -> query(c, "WHERE track_id = ? AND lesson_id = ?", trackId, lessonId));
    }

    static Rows.Change merge(Connection c, QuestionAnswer answer) throws SQLException {
        if (Rows.exists(c, EXISTS, answer.answeredAt(), answer.trackId(), answer.lessonId(), answer.questionId())) {
            return Rows.Change.UNCHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO question_answers"
                + " (track_id, lesson_id, question_id, answered_at, kind, answer, correct) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Rows.setStrings(ps, answer.trackId(), answer.lessonId(), answer.questionId());
            Rows.setInstant(ps, 4, answer.answeredAt());
            ps.setString(5, answer.kind().name());
            ps.setString(6, answer.answer());
            if (answer.correct().isPresent()) {
                ps.setBoolean(7, answer.correct().get());
            } else {
                ps.setNull(7, Types.BOOLEAN);
            }
            ps.executeUpdate();
        }
        return Rows.Change.ADDED;
    }

    static List<QuestionAnswer> all(Connection c) throws SQLException {
        return query(c, "");
    }

    private static List<QuestionAnswer> query(Connection c, String where, String... keys) throws SQLException {
        List<QuestionAnswer> answers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_id, lesson_id, question_id, answered_at, kind, answer, correct"
                + " FROM question_answers " + where + " ORDER BY track_id, lesson_id, question_id, answered_at")) {
            Rows.setStrings(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean correct = rs.getBoolean("correct");
                    Optional<Boolean> graded = rs.wasNull() ? Optional.empty() : Optional.of(correct);
                    answers.add(new QuestionAnswer(rs.getString("track_id"), rs.getString("lesson_id"), rs.getString("question_id"),
                            QuestionKind.valueOf(rs.getString("kind")), rs.getString("answer"), graded, Rows.getInstant(rs, "answered_at")));
                }
            }
        }
        return answers;
    }
}
