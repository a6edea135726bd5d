package org.pgdrill.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.content.MultipleChoice;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/**
 * The self-check quiz, one question at a time: keys 1–6 pick options, Enter checks and moves on; every
 * option's explanation appears after checking.
 */
public final class QuizView extends ScrollPane {
    private final QuizViewModel model;
    private final Navigator navigator;
    private final VBox page = new VBox(14);
    private final VBox body = new VBox(12);
    private final Label counter = new Label();
    private Runnable onEnter = () -> { };
    private final List<ButtonBase> optionButtons = new ArrayList<>();

    public QuizView(QuizViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
        show();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !model.finishedProperty().get()) {
                requestFocus();
            }
        });
    }

    private void createView() {
        Hyperlink back = new Hyperlink("← " + model.lesson().title());
        back.setOnAction(event -> navigator.openLesson(model.track(), model.lesson()));
        Label title = new Label("Self-check: " + model.lesson().title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setWrapText(true);
        counter.setId("quizCounter");
        counter.getStyleClass().add(Styles.MUTED);
        Label keys = new Label("Keys: 1–6 pick an answer, Enter checks and goes on.");
        keys.getStyleClass().add(Styles.HINT);
        body.setId("quizBody");
        body.getStyleClass().add(Styles.CARD);
        page.getChildren().addAll(back, title, counter, body, keys);
        page.getStyleClass().add(Styles.PAGE);
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setMaxWidth(880);
        setContent(page);
        setFitToWidth(true);
    }

    private void initListeners() {
        model.indexProperty().addListener((obs, old, index) -> show());
        model.finishedProperty().addListener((obs, old, done) -> show());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() instanceof TextArea) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                onEnter.run();
            } else if (event.getCode().isDigitKey()) {
                int number = event.getCode().getChar().charAt(0) - '1';
                if (number >= 0 && number < optionButtons.size() && !optionButtons.get(number).isDisabled()) {
                    event.consume();
                    ButtonBase button = optionButtons.get(number);
                    if (button instanceof CheckBox box) {
                        box.setSelected(!box.isSelected());
                    } else {
                        ((RadioButton) button).setSelected(true);
                    }
                }
            }
        });
    }

    private void show() {
        optionButtons.clear();
        body.getChildren().clear();
        if (model.finishedProperty().get()) {
            showSummary();
            return;
        }
        counter.setText("Question " + (model.indexProperty().get() + 1) + " of " + model.questions().size());
        QuizViewModel.Question question = model.current().orElseThrow();
        if (question instanceof QuizViewModel.Choice choice) {
            showChoice(choice.question());
            requestFocus(); // keys 1–6 and Enter go to the quiz
        } else {
            showOpen(((QuizViewModel.Open) question).question());
        }
    }

    private void showChoice(MultipleChoice question) {
        TextFlow text = MarkdownView.inline(question.question(), link -> navigator.openLink(model.track(), link));
        text.getStyleClass().add("quiz-question");
        body.getChildren().add(text);
        if (question.multiSelect()) {
            Label hint = new Label("Pick every answer that applies.");
            hint.getStyleClass().add(Styles.MUTED);
            body.getChildren().add(hint);
        }
        ToggleGroup group = new ToggleGroup();
        List<VBox> rows = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            MultipleChoice.Option option = question.options().get(i);
            ButtonBase button = question.multiSelect() ? new CheckBox() : new RadioButton();
            if (button instanceof RadioButton radio) {
                radio.setToggleGroup(group);
            }
            button.setId("option-" + (i + 1));
            optionButtons.add(button);
            Label letter = new Label((i + 1) + ".");
            letter.getStyleClass().add(Styles.MUTED);
            TextFlow label = MarkdownView.inline(option.text(), link -> { });
            HBox.setHgrow(label, Priority.ALWAYS);
            HBox line = new HBox(8, button, letter, label);
            line.setAlignment(Pos.TOP_LEFT);
            VBox row = new VBox(4, line);
            row.getStyleClass().add("quiz-option");
            rows.add(row);
            body.getChildren().add(row);
        }
        Button check = new Button("Check", new FontIcon(Feather.CHECK));
        check.setId("quizCheck");
        check.setDefaultButton(false);
        Label verdict = new Label();
        verdict.setId("quizVerdict");
        Button next = new Button("Next", new FontIcon(Feather.ARROW_RIGHT));
        next.setId("quizNext");
        next.setVisible(false);
        Runnable doCheck = () -> {
            Set<Integer> picked = new TreeSet<>();
            for (int i = 0; i < optionButtons.size(); i++) {
                ButtonBase button = optionButtons.get(i);
                if (button instanceof CheckBox box ? box.isSelected() : ((Toggle) button).isSelected()) {
                    picked.add(i);
                }
            }
            if (picked.isEmpty()) {
                verdict.setText("Pick an answer first.");
                return;
            }
            boolean right = model.answerChoice(picked);
            verdict.setText(right ? "Right." : "Not quite: the explanations say why.");
            verdict.getStyleClass().setAll("label", right ? Styles.SUCCESS_TEXT : Styles.ERROR_TEXT);
            for (int i = 0; i < rows.size(); i++) {
                MultipleChoice.Option option = question.options().get(i);
                optionButtons.get(i).setDisable(true);
                TextFlow explanation = MarkdownView.inline((option.correct() ? "✓ " : "✗ ") + option.explanation(), link -> { });
                explanation.getStyleClass().addAll("quiz-explanation", option.correct() ? "quiz-correct" : "quiz-wrong");
                rows.get(i).getChildren().add(explanation);
            }
            check.setVisible(false);
            next.setVisible(true);
            next.requestFocus();
            onEnter = model::next;
        };
        check.setOnAction(event -> doCheck.run());
        next.setOnAction(event -> model.next());
        onEnter = doCheck;
        HBox actions = new HBox(12, check, next, verdict);
        actions.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().add(actions);
    }

    private void showOpen(org.pgdrill.content.SelfCheck question) {
        TextFlow text = MarkdownView.inline(question.question(), link -> navigator.openLink(model.track(), link));
        text.getStyleClass().add("quiz-question");
        TextArea answer = new TextArea();
        answer.setId("selfCheckAnswer");
        answer.setPromptText("Write your answer first: putting it into words is the exercise.");
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        Button reveal = new Button("Show the model answer");
        reveal.setId("revealModelAnswer");
        VBox judged = new VBox(8);
        reveal.setOnAction(event -> {
            model.revealModelAnswer();
            reveal.setVisible(false);
            Label heading = new Label("Model answer");
            heading.getStyleClass().add(Styles.SECTION_TITLE);
            HBox judge = new HBox(8);
            for (QuizViewModel.SelfJudgement judgement : QuizViewModel.SelfJudgement.values()) {
                Button button = new Button(switch (judgement) {
                    case GOT_IT -> "I had it";
                    case PARTLY -> "Partly";
                    case MISSED -> "I missed it";
                });
                button.setId("judge-" + judgement.name().toLowerCase(java.util.Locale.ROOT));
                button.setOnAction(click -> model.judgeOpen(answer.getText(), judgement));
                judge.getChildren().add(button);
            }
            judged.getChildren().addAll(heading, new MarkdownView(question.modelAnswer(), link -> { }, null), judge);
        });
        onEnter = reveal::fire;
        body.getChildren().addAll(text, answer, reveal, judged);
    }

    private void showSummary() {
        counter.setText("Done");
        Label score = new Label(model.choicesRightProperty().get() + " of " + model.choiceCount() + " multiple-choice answers right, "
                + model.openRightProperty().get() + " of " + model.openCount() + " open questions answered well.");
        score.setId("quizScore");
        score.setWrapText(true);
        score.getStyleClass().add(Styles.SECTION_TITLE);
        Button again = new Button("Try again");
        again.setOnAction(event -> model.restart());
        Button lesson = new Button("Back to the lesson");
        lesson.setId("quizBackToLesson");
        lesson.setOnAction(event -> navigator.openLesson(model.track(), model.lesson()));
        onEnter = lesson::fire;
        body.getChildren().addAll(score, new HBox(8, lesson, again));
    }
}
