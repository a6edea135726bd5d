package org.pgdrill.practice.meta;

import java.util.ArrayList;
import java.util.List;

/** Splits a backslash command's arguments like psql: at whitespace, except inside double quotes, which are kept. */
final class MetaArguments {

    private MetaArguments() {
    }

    static List<String> split(String text, String command) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    arguments.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new MetaCommandException("Unterminated quoted name after " + command + ": close it with \".");
        }
        if (current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
