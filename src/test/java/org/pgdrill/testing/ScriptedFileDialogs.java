package org.pgdrill.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.pgdrill.ui.common.FileDialogs;

/** Answers the "save as" and "open" questions with files a test chose, as a learner would pick them. */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();
    private String lastTitle = "";

    /** The next question is answered with {@code file}. */
    public ScriptedFileDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    /** The title of the last dialog shown. */
    public String lastTitle() {
        return lastTitle;
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, FileType type) {
        lastTitle = title;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, FileType type) {
        lastTitle = title;
        return Optional.ofNullable(answers.poll());
    }
}
