package org.pgdrill.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;
import org.pgdrill.practice.PracticeEngine;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.dataset.DatasetSpec;

/**
 * {@code pgdrill validate}'s live part on the practice engine: each dataset is installed, and each
 * exercise's reference solution must pass its own check on the dataset and its variants (plan
 * exercises: its plan must show what the exercise asks for); hidden datasets must apply.
 */
public final class LiveExerciseChecks implements LiveExerciseCheck {
    private final PracticeEngine engine;
    private final PracticeContent content = new PracticeContent();

    public LiveExerciseChecks(PracticeEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Problem> check(Track track) {
        List<Problem> problems = new ArrayList<>();
        List<String> brokenDatasets = new ArrayList<>();
        for (DatasetRef dataset : track.datasets()) {
            try {
                engine.dataset(content.dataset(track, dataset));
            } catch (IOException e) {
                problems.add(new Problem(dataset.script(), 1, "cannot read dataset '" + dataset.id() + "': " + e.getMessage()));
                brokenDatasets.add(dataset.id());
            } catch (DatasetException e) {
                problems.add(datasetProblem(dataset, e.getMessage()));
                brokenDatasets.add(dataset.id());
            }
        }
        for (Lesson lesson : track.lessons()) {
            for (Exercise exercise : lesson.parts().exercises()) {
                if (brokenDatasets.contains(exercise.dataset().id())) {
                    continue;
                }
                Path file = lesson.partsFile().orElse(lesson.lessonFile());
                try {
                    DatasetSpec dataset = content.dataset(track, exercise.dataset());
                    for (String problem : engine.problemsOf(dataset, PracticeContent.definition(exercise))) {
                        problems.add(new Problem(file, lineOf(file, exercise.id()), "exercise '" + exercise.id() + "': " + problem));
                    }
                } catch (IOException | DatasetException | SQLException e) {
                    problems.add(new Problem(file, lineOf(file, exercise.id()), "exercise '" + exercise.id() + "' could not be checked: "
                            + e.getMessage()));
                }
            }
        }
        return problems;
    }

    /** "shop.sql:12: ERROR …" from the installer becomes a problem at that line of the script. */
    private static Problem datasetProblem(DatasetRef dataset, String message) {
        var matcher = Pattern.compile("^[^:]*:(\\d+): (.*)$", Pattern.DOTALL).matcher(message);
        if (matcher.matches()) {
            return new Problem(dataset.script(), Integer.parseInt(matcher.group(1)), matcher.group(2));
        }
        return new Problem(dataset.script(), 1, message);
    }

    /** The line of {@code id: <exercise id>} in the parts file, so problems point at the exercise. */
    static int lineOf(Path file, String exerciseId) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Pattern idLine = Pattern.compile("^\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(exerciseId) + "[\"']?\\s*(#.*)?$");
            for (int i = 0; i < lines.size(); i++) {
                if (idLine.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the problem still names the file
        }
        return 1;
    }
}
