package org.pgdrill.practice.pgexercises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pgexercises file: sections introduced by a line {@code |NAME|}, e.g. {@code |QUESTION|},
 * {@code |QUERY|}, {@code |SORTED|}. Also used for the category {@code index} files.
 */
record ExFile(Path path, Map<String, String> sections, Map<String, Integer> lines) {
    private static final Pattern HEADER = Pattern.compile("^\\|([A-Z]+)\\|\\s*$");

    static ExFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        List<String> all = text.replace("\r\n", "\n").lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher header = HEADER.matcher(all.get(i));
            if (header.matches()) {
                if (current != null) {
                    sections.put(current, body.toString().strip());
                }
                current = header.group(1);
                lines.put(current, i + 1);
                body.setLength(0);
            } else if (current != null) {
                body.append(all.get(i)).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString().strip());
        }
        return new ExFile(path, sections, lines);
    }

    String get(String section) {
        return sections.getOrDefault(section, "");
    }

    boolean flag(String section) {
        return get(section).equals("1");
    }
}
