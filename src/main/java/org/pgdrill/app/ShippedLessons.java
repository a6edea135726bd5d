package org.pgdrill.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the lessons that ship with pgdrill: a {@code lessons} folder beside the jar (installed app), or
 * one folder up (running {@code target/pgdrill.jar} from a source checkout).
 */
final class ShippedLessons {
    private ShippedLessons() {
    }

    static List<Path> candidates() {
        Path jarFolder = codeLocation();
        if (jarFolder == null) {
            return List.of();
        }
        for (Path candidate : List.of(jarFolder.resolve("lessons"), jarFolder.resolveSibling("lessons"))) {
            if (Files.isDirectory(candidate)) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    private static Path codeLocation() {
        try {
            var source = ShippedLessons.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            // target/pgdrill.jar -> target ; target/classes -> target
            return location.getParent();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
