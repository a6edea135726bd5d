package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pgdrill.app.PackValidation;

/**
 * docs/lesson-format.md is the author's guide: its complete example is the pack in docs/example-pack,
 * which must load without problems, and the guide must show exactly those files, so they cannot drift.
 */
class LessonFormatGuideTest {
    static final Path GUIDE = Path.of("docs/lesson-format.md");
    static final Path EXAMPLE = Path.of("docs/example-pack");
    private static final Pattern EXAMPLE_FILE = Pattern.compile("<!-- example-file: (\\S+) -->\\n(`{3,})[a-z]*\\n");

    @Test
    void theExamplePackLoadsWithoutProblems() {
        PackLoadResult result = new PackLoader().load(EXAMPLE);

        assertThat(result.problems()).isEmpty();
        Track track = result.track("example").orElseThrow();
        assertThat(track.lessons()).extracting(Lesson::id).containsExactly("overdue-loans", "how-indexes-help");
        assertThat(track.exercise("overdue-loans").orElseThrow().hiddenDatasets()).hasSize(1);
        assertThat(track.lesson("overdue-loans").orElseThrow().parts().exercises()).extracting(Exercise::kind)
                .containsExactly(ExerciseKind.RESULT, ExerciseKind.STATE, ExerciseKind.PLAN);
    }

    @Test
    void theGuideShowsEveryFileOfTheExamplePackExactly() throws IOException {
        Map<String, String> shown = examplesIn(Files.readString(GUIDE));
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.add(EXAMPLE.relativize(file).toString().replace('\\', '/')));
        }

        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(files);
        for (String file : files) {
            assertThat(shown.get(file)).as("the guide's copy of " + file).isEqualTo(Files.readString(EXAMPLE.resolve(file)));
        }
    }

    @Test
    void theSummaryLineShownInTheGuideIsWhatValidateReportsForTheExample() throws IOException {
        String guide = Files.readString(GUIDE);
        String command = "$ java -jar target/pgdrill.jar validate docs/example-pack\n";
        int start = guide.indexOf(command) + command.length();
        String shownSummary = guide.substring(start, guide.indexOf('\n', start));

        assertThat(new PackValidation(new PackLoader(), Optional.empty()).validate(EXAMPLE).summaryLine()).isEqualTo(shownSummary);
    }

    /** The fenced block after each {@code <!-- example-file: path -->} marker, by path. */
    static Map<String, String> examplesIn(String guide) {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher marker = EXAMPLE_FILE.matcher(guide);
        while (marker.find()) {
            String fence = "\n" + marker.group(2) + "\n";
            int end = guide.indexOf(fence, marker.end() - 1);
            examples.put(marker.group(1), guide.substring(marker.end(), end + 1));
        }
        return examples;
    }
}
