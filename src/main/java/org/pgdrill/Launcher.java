package org.pgdrill;

import org.pgdrill.cli.PgdrillCommand;
import org.pgdrill.ui.PgdrillApplication;

/**
 * The main class. With no command it opens the window; with a command ({@code validate}, {@code check},
 * {@code doctor}, …) it runs headless. Deliberately not a JavaFX Application, so the jar starts with
 * JavaFX on the plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(PgdrillCommand.commandLine(PgdrillApplication::launch).execute(args));
    }
}
