package org.pgdrill.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends details (server start, migrations) to {@code logs/pgdrill.log} in the data folder and only
 * warnings to the console, so command output stays readable.
 */
public final class Logging {
    private Logging() {
    }

    public static void configure(Path logDir) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // the user (or the test harness) configured logging explicitly
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new SimpleFormatter());
        root.addHandler(console);
        try {
            Files.createDirectories(logDir);
            Handler file = new FileHandler(logDir.resolve("pgdrill-%g.log").toString(), 2_000_000, 3, true);
            file.setLevel(Level.INFO);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // a read-only data folder is reported where it matters (progress store); logs just stay on the console
            console.setLevel(Level.INFO);
        }
    }
}
