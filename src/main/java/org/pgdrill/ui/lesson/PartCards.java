package org.pgdrill.ui.lesson;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.pgdrill.content.ChecklistItem;
import org.pgdrill.content.Drill;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Flashcard;
import org.pgdrill.content.NextStep;
import org.pgdrill.content.Track;
import org.pgdrill.ui.common.MarkdownView;
import org.pgdrill.ui.common.SqlHighlighter;
import org.pgdrill.ui.common.Styles;

/** The structured parts of a lesson as cards: checklist, drills, tips, interview Q&A, exercises, next steps. */
final class PartCards {
    private PartCards() {
    }

    static VBox card(String id, String heading, String description) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox card = new VBox(8, title);
        if (description != null && !description.isEmpty()) {
            Label text = new Label(description);
            text.getStyleClass().add(Styles.MUTED);
            text.setWrapText(true);
            card.getChildren().add(text);
        }
        card.getStyleClass().add(Styles.CARD);
        card.setId(id);
        return card;
    }

    static VBox checklist(List<ChecklistItem> items, LessonViewModel model, Consumer<String> onLink) {
        VBox card = card("checklist", "Checklist", "Tick what you can do without looking it up.");
        for (ChecklistItem item : items) {
            CheckBox box = new CheckBox();
            box.setId("check-" + item.id());
            box.setSelected(Boolean.TRUE.equals(model.ticks().get(item.id())));
            box.selectedProperty().addListener((obs, old, ticked) -> {
                if (!ticked.equals(model.ticks().get(item.id()))) {
                    model.tick(item.id(), ticked);
                }
            });
            model.ticks().addListener((javafx.collections.MapChangeListener<String, Boolean>) change -> {
                if (change.getKey().equals(item.id()) && change.wasAdded()) {
                    box.setSelected(change.getValueAdded());
                }
            });
            TextFlow text = MarkdownView.inline(item.text(), onLink);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, box, text);
            row.setAlignment(Pos.TOP_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    static VBox drill(Drill drill, Consumer<String> trySql, Consumer<String> onLink) {
        VBox card = card("drill-" + drill.id(), "Dangerous operation drill: " + drill.title(), null);
        card.getStyleClass().add("drill");
        if (drill.situation() != null && !drill.situation().isBlank()) {
            card.getChildren().add(new MarkdownView(drill.situation(), onLink, null));
        }
        TextFlow sql = SqlHighlighter.flow(drill.sql().stripTrailing());
        sql.getStyleClass().add("md-code-block");
        VBox code = new VBox(4, sql);
        code.getStyleClass().add("md-code");
        Hyperlink tryIt = new Hyperlink("Try in sandbox");
        tryIt.setOnAction(event -> trySql.accept(drill.sql()));
        code.getChildren().add(tryIt);
        Label before = new Label("Before you COMMIT, check:");
        before.getStyleClass().add("drill-before");
        card.getChildren().addAll(code, before);
        for (String check : drill.checkBeforeCommit()) {
            CheckBox box = new CheckBox();
            TextFlow text = MarkdownView.inline(check, onLink);
            HBox.setHgrow(text, Priority.ALWAYS);
            card.getChildren().add(new HBox(8, box, text));
        }
        return card;
    }

    static VBox tips(List<String> tips, Consumer<String> onLink) {
        VBox card = card("tips", "Tips", null);
        for (String tip : tips) {
            Label marker = new Label("•");
            marker.getStyleClass().add("md-marker");
            TextFlow text = MarkdownView.inline(tip, onLink);
            HBox.setHgrow(text, Priority.ALWAYS);
            card.getChildren().add(new HBox(8, marker, text));
        }
        return card;
    }

    static VBox interviewQuestions(List<Flashcard> cards, Consumer<String> onLink, Runnable reviewAsFlashcards) {
        VBox card = card("interview", "Interview questions", "Answer out loud first, then show the answer. They come back as flashcards.");
        for (Flashcard flashcard : cards) {
            TextFlow question = MarkdownView.inline(flashcard.question(), onLink);
            question.getStyleClass().add("qa-question");
            MarkdownView answer = new MarkdownView(flashcard.answer(), onLink, null);
            answer.getStyleClass().add("qa-answer");
            answer.setVisible(false);
            answer.setManaged(false);
            ToggleButton show = new ToggleButton("Show answer");
            show.setId("show-" + flashcard.id());
            show.selectedProperty().addListener((obs, old, shown) -> {
                answer.setVisible(shown);
                answer.setManaged(shown);
                show.setText(shown ? "Hide answer" : "Show answer");
            });
            VBox item = new VBox(6, question, show, answer);
            item.getStyleClass().add("qa");
            card.getChildren().add(item);
        }
        Button review = new Button("Review them as flashcards");
        review.setOnAction(event -> reviewAsFlashcards.run());
        card.getChildren().add(review);
        return card;
    }

    static VBox exercises(List<Exercise> exercises, Consumer<Exercise> start) {
        VBox card = card("exercises", "Practise", "Timed, without the lesson in view, checked on PostgreSQL.");
        for (Exercise exercise : exercises) {
            Label title = new Label(exercise.title());
            Label meta = new Label(exercise.kind().key() + " · " + minutes(exercise) + " · dataset " + exercise.dataset().id());
            meta.getStyleClass().add(Styles.MUTED);
            VBox text = new VBox(2, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button go = new Button("Start");
            go.setId("start-" + exercise.id().replace('/', '-'));
            go.setOnAction(event -> start.accept(exercise));
            HBox row = new HBox(12, text, go);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    private static String minutes(Exercise exercise) {
        long seconds = exercise.timeLimit().toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    static VBox nextSteps(Track track, List<NextStep> steps, Consumer<String> openLink) {
        VBox card = card("next-steps", "Next steps", null);
        for (NextStep step : steps) {
            Node link;
            if (step instanceof NextStep.ToLesson toLesson) {
                String title = track.lesson(toLesson.lessonId()).map(lesson -> lesson.title()).orElse(toLesson.lessonId());
                Hyperlink hyperlink = new Hyperlink("Lesson: " + title);
                hyperlink.setOnAction(event -> openLink.accept("lesson:" + toLesson.lessonId()));
                link = hyperlink;
            } else if (step instanceof NextStep.ToTrack toTrack) {
                Hyperlink hyperlink = new Hyperlink("Track: " + toTrack.trackId() + toTrack.lessonId().map(id -> " / " + id).orElse(""));
                hyperlink.setOnAction(event -> openLink.accept("track:" + toTrack.trackId() + toTrack.lessonId().map(id -> "/" + id).orElse("")));
                link = hyperlink;
            } else {
                NextStep.ToUrl url = (NextStep.ToUrl) step;
                Hyperlink hyperlink = new Hyperlink(url.text());
                hyperlink.setOnAction(event -> openLink.accept(url.url().toString()));
                Label address = new Label(url.url().toString());
                address.getStyleClass().add(Styles.HINT);
                link = new HBox(8, hyperlink, address);
                ((HBox) link).setAlignment(Pos.CENTER_LEFT);
            }
            card.getChildren().add(link);
        }
        return card;
    }
}
