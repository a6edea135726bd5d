package org.pgdrill.ui.quiz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pgdrill.app.ProgressData;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.MultipleChoice;
import org.pgdrill.content.SelfCheck;
import org.pgdrill.content.Track;
import org.pgdrill.progress.data.QuestionAnswer;
import org.pgdrill.progress.data.QuestionKind;

/**
 * A lesson's self-check quiz: its multiple-choice questions (immediate feedback, an explanation for every
 * option), then its open questions (write an answer, compare with the model answer, judge yourself).
 * Every answer is stored.
 */
public final class QuizViewModel {
    /** One question of the quiz, either kind. */
    public sealed interface Question permits Choice, Open {
    }

    public record Choice(MultipleChoice question) implements Question {
    }

    public record Open(SelfCheck question) implements Question {
    }

    /** How a learner judged their own answer to an open question. */
    public enum SelfJudgement { GOT_IT, PARTLY, MISSED }

    private final Track track;
    private final Lesson lesson;
    private final ProgressData progress;
    private final TaskRunner tasks;
    private final Clock clock;
    private final List<Question> questions = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper lastCorrect = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper choicesRight = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper openRight = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public QuizViewModel(Track track, Lesson lesson, ProgressData progress, TaskRunner tasks, Clock clock) {
        this.track = track;
        this.lesson = lesson;
        this.progress = progress;
        this.tasks = tasks;
        this.clock = clock;
        lesson.parts().multipleChoice().forEach(choice -> questions.add(new Choice(choice)));
        lesson.parts().selfChecks().forEach(open -> questions.add(new Open(open)));
        finished.set(questions.isEmpty());
    }

    public Track track() {
        return track;
    }

    public Lesson lesson() {
        return lesson;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public Optional<Question> current() {
        return finished.get() ? Optional.empty() : Optional.of(questions.get(index.get()));
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The current question has been answered (feedback or the model answer is shown). */
    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastCorrectProperty() {
        return lastCorrect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty choicesRightProperty() {
        return choicesRight.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openRightProperty() {
        return openRight.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public long choiceCount() {
        return questions.stream().filter(Choice.class::isInstance).count();
    }

    public long openCount() {
        return questions.stream().filter(Open.class::isInstance).count();
    }

    /** Checks the picked options (0-based) of the current multiple-choice question; right only if exactly the correct ones. */
    public boolean answerChoice(Set<Integer> picked) {
        Choice choice = (Choice) current().orElseThrow();
        List<MultipleChoice.Option> options = choice.question().options();
        Set<Integer> correct = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i);
            }
        }
        boolean right = correct.equals(new TreeSet<>(picked));
        lastCorrect.set(right);
        answered.set(true);
        if (right) {
            choicesRight.set(choicesRight.get() + 1);
        }
        String answer = new TreeSet<>(picked).stream().map(i -> String.valueOf((char) ('A' + i))).collect(Collectors.joining(","));
        store(new QuestionAnswer(track.id(), lesson.id(), choice.question().id(), QuestionKind.MULTIPLE_CHOICE, answer, Optional.of(right),
                clock.instant()));
        return right;
    }

    /** Shows the model answer of the current open question; the learner's text is kept with the judgement. */
    public void revealModelAnswer() {
        answered.set(true);
    }

    public void judgeOpen(String answer, SelfJudgement judgement) {
        Open open = (Open) current().orElseThrow();
        Optional<Boolean> right = switch (judgement) {
            case GOT_IT -> Optional.of(true);
            case MISSED -> Optional.of(false);
            case PARTLY -> Optional.empty();
        };
        if (judgement == SelfJudgement.GOT_IT) {
            openRight.set(openRight.get() + 1);
        }
        store(new QuestionAnswer(track.id(), lesson.id(), open.question().id(), QuestionKind.SELF_CHECK, answer, right, clock.instant()));
        next();
    }

    public void next() {
        answered.set(false);
        if (index.get() + 1 >= questions.size()) {
            finished.set(true);
        } else {
            index.set(index.get() + 1);
        }
    }

    public void restart() {
        choicesRight.set(0);
        openRight.set(0);
        answered.set(false);
        finished.set(questions.isEmpty());
        index.set(0);
    }

    private void store(QuestionAnswer answer) {
        tasks.run("Saving your answer", context -> {
            progress.answers().record(answer);
            return Boolean.TRUE;
        }, ok -> message.set(""), failure -> message.set("Not saved: " + failure.getMessage()));
    }
}
