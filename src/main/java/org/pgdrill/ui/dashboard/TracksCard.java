package org.pgdrill.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.app.ProgressSummary.TrackProgress;
import org.pgdrill.content.Lesson;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Styles;

/** Each track: lessons done with a bar, the lesson to continue with, and finished lessons whose content changed since. */
final class TracksCard {
    private TracksCard() {
    }

    static Node create(List<TrackProgress> tracks, List<Path> lessonFolders, Navigator navigator) {
        if (tracks.isEmpty()) {
            Label none = new Label("No lessons are loaded. Put a lesson pack (a folder with track.yaml) into one of "
                    + lessonFolders.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ", or start pgdrill with --lessons DIR, then restart it.");
            none.setId("noTracks");
            none.setWrapText(true);
            return new CardBox("Tracks", "", none);
        }
        VBox rows = new VBox(18);
        for (TrackProgress track : tracks) {
            rows.getChildren().add(row(track, navigator));
        }
        return new CardBox("Tracks", "Lessons you marked done, in course order.", rows);
    }

    private static Node row(TrackProgress track, Navigator navigator) {
        String id = "track-" + track.track().id();
        Label title = new Label(track.track().title());
        title.getStyleClass().add(Styles.FORM_LABEL);
        Label step = new Label(DashboardTexts.step(track));
        step.setId(id + "-step");
        step.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, step);
        heading.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar(track.total() == 0 ? 0 : (double) track.completed() / track.total());
        bar.setId(id + "-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox row = new VBox(8, heading, bar);
        if (track.next().isPresent()) {
            Lesson next = track.next().get();
            Button resume = new Button("Continue: " + next.title(), new FontIcon(Feather.ARROW_RIGHT));
            resume.setId(id + "-continue");
            resume.getStyleClass().add("accent");
            resume.setOnAction(event -> navigator.openLesson(track.track(), next));
            row.getChildren().add(resume);
        } else if (track.total() > 0) {
            Label done = new Label("Every lesson done.", new FontIcon(Feather.CHECK_CIRCLE));
            done.setId(id + "-done");
            done.getStyleClass().add(Styles.SUCCESS_TEXT);
            row.getChildren().add(done);
        }
        if (!track.updatedSince().isEmpty()) {
            FlowPane updated = new FlowPane(6, 2);
            updated.setId(id + "-updated");
            Label intro = new Label("Updated since you finished them:");
            intro.getStyleClass().add(Styles.MUTED);
            updated.getChildren().add(intro);
            for (Lesson lesson : track.updatedSince()) {
                Hyperlink link = new Hyperlink(lesson.title());
                link.setOnAction(event -> navigator.openLesson(track.track(), lesson));
                updated.getChildren().add(link);
            }
            row.getChildren().add(updated);
        }
        return row;
    }
}
