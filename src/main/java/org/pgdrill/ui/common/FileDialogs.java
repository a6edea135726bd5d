package org.pgdrill.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Save as" and "Open" questions for export and import. The main window passes the system's file chooser;
 * UI tests pass answers of their own, because a native dialog cannot be clicked in a headless test.
 */
public interface FileDialogs {
    /** Asks where to write a file; empty if the learner cancelled. */
    Optional<Path> save(Window owner, String title, String suggestedName, FileType type);

    /** Asks which file to read; empty if the learner cancelled. */
    Optional<Path> open(Window owner, String title, FileType type);

    /** A kind of file the dialog offers, e.g. "Anki text file" with the pattern "*.tsv". */
    record FileType(String description, String pattern) {
    }

    /** JavaFX's FileChooser, which shows the platform's own dialog. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, FileType type) {
                FileChooser chooser = chooser(title, type);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, String title, FileType type) {
                return Optional.ofNullable(chooser(title, type).showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, FileType type) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(type.description(), type.pattern()),
                        new FileChooser.ExtensionFilter("All files", "*"));
                File home = new File(System.getProperty("user.home"));
                if (home.isDirectory()) {
                    chooser.setInitialDirectory(home);
                }
                return chooser;
            }
        };
    }
}
