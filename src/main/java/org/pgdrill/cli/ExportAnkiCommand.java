package org.pgdrill.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pgdrill.app.AnkiFile;
import org.pgdrill.app.App;
import org.pgdrill.app.FlashcardDeck;
import org.pgdrill.progress.ProgressStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pgdrill export-anki --out FILE.tsv}: every flashcard of the loaded lessons as a file Anki imports. */
@Command(name = "export-anki", mixinStandardHelpOptions = true,
        description = {"Write every flashcard of the loaded lessons (--lessons, else PGDRILL_LESSONS, else the shipped lessons)"
                + " to a tab-separated file for Anki's File > Import. Cards you have studied carry pgdrill's schedule in an"
                + " extra column; importing again updates the same notes."})
final class ExportAnkiCommand implements Callable<Integer> {
    @ParentCommand
    PgdrillCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.tsv", description = "Where to write the cards (replaced if it exists).")
    Path out;

    @Option(names = "--lessons", paramLabel = "DIR", description = "Lesson packs to take the cards from (a pack or a folder of packs).")
    List<Path> lessons;

    @Override
    public Integer call() {
        if (lessons != null && !lessons.isEmpty()) {
            root.lessons = lessons; // the same option as before the command name, so both spellings work
        }
        try (App app = root.openApp()) {
            PrintWriter err = spec.commandLine().getErr();
            app.library().problems().forEach(problem -> err.println("pgdrill export-anki: " + problem));
            List<FlashcardDeck.DeckCard> deck = FlashcardDeck.of(app.library().tracks());
            if (deck.isEmpty()) {
                return root.fail(spec, "the loaded lessons have no flashcards (lesson folders: " + app.library().folders()
                        + "). Point --lessons at a lesson pack.");
            }
            int written = AnkiFile.write(out, deck, app.flashcards());
            spec.commandLine().getOut().println("Exported " + written + " flashcards to " + out.toAbsolutePath()
                    + ". In Anki: File > Import, choose this file; a second import updates the same notes.");
            return 0;
        } catch (ProgressStoreException e) {
            return root.fail(spec, e.getMessage());
        } catch (IOException e) {
            return root.fail(spec, "cannot write " + out.toAbsolutePath() + ": " + reason(e)
                    + ". Choose a folder you can write to with --out.");
        }
    }

    private String reason(IOException e) {
        Path folder = out.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
