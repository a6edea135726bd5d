package org.pgdrill.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns Jackson's and SnakeYAML's exceptions into one line an author can act on. */
final class YamlErrors {
    private YamlErrors() {
    }

    record Described(int line, String message) {
    }

    static Described describe(JsonProcessingException e) {
        int line = line(e.getLocation()).orElse(1);
        if (cause(e, LineTrackingParser.AliasNotAllowed.class).isPresent()) {
            return new Described(line, "YAML aliases (*name) are not allowed in lesson packs — write the value out in full");
        }
        Optional<MarkedYAMLException> marked = cause(e, MarkedYAMLException.class);
        if (marked.isPresent()) {
            return syntax(marked.get(), line);
        }
        Optional<YAMLException> limit = cause(e, YAMLException.class);
        if (limit.isPresent()) {
            return new Described(line, limitMessage(String.valueOf(limit.get().getMessage())));
        }
        if (e instanceof StreamConstraintsException) {
            return new Described(line, "the YAML is nested more than " + YamlFiles.MAX_NESTING
                    + " levels deep — packs never need that; check the indentation");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new Described(line, mismatch(mismatch));
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            String key = original.replaceFirst("^Duplicate field '([^']*)'.*$", "$1");
            return new Described(line, "the key '" + key + "' appears twice here — keep one (YAML would silently drop the other)");
        }
        return new Described(line, "cannot read the YAML: " + firstLine(original) + " — check the syntax near this line");
    }

    private static Described syntax(MarkedYAMLException e, int fallbackLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark != null ? mark.getLine() + 1 : fallbackLine;
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem().trim();
        String advice;
        if (problem.contains("mapping values are not allowed")) {
            advice = "a value contains ': ' — put the whole value in quotes or use a '|' block";
        } else if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            advice = "YAML does not allow tabs for indentation — indent with spaces";
        } else if (problem.contains("could not find expected ':'")) {
            advice = "this line is neither 'key: value' nor a list item — check its indentation, or quote the text";
        } else if (problem.contains("expected <block end>")) {
            advice = "the indentation does not line up with the lines above — align keys of the same item";
        } else if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
            advice = "a quoted text is not closed — add the closing quote";
        } else if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            advice = "inside {…} or […], put text that contains ':', '?', ',', '[' or '{' in quotes";
        } else if (problem.contains("cannot start any token")) {
            advice = "put text that starts with a special character (@, `, %, *, &, !, |, >) in quotes";
        } else {
            advice = "check the indentation and quoting near this line";
        }
        return new Described(line, "YAML syntax error: " + problem + " — " + advice);
    }

    private static String limitMessage(String message) {
        if (message.contains("aliases")) {
            return "the YAML uses more than " + YamlFiles.MAX_ALIASES + " aliases (*name) — write the items out instead";
        }
        if (message.contains("Nesting Depth") || message.contains("nesting")) {
            return "the YAML is nested more than " + YamlFiles.MAX_NESTING + " levels deep — packs never need that; check the indentation";
        }
        if (message.contains("code points")) {
            return "the YAML is too long — split the lesson";
        }
        if (message.contains("Recursive key")) {
            return "the YAML uses a recursive alias — write the items out instead";
        }
        return "cannot read the YAML: " + firstLine(message) + " — check the syntax near this line";
    }

    private static String mismatch(MismatchedInputException e) {
        String key = lastKey(e.getPath());
        String expected = describeType(e.getTargetType());
        String found = foundValue(e);
        String advice = expected.equals("text") && found.equals("a mapping")
                ? " — text that contains ': ' must be put in quotes" : "";
        if (key == null) {
            return "the file must be " + expected + (found.isEmpty() ? "" : ", not " + found) + advice;
        }
        return "'" + key + "' must be " + expected + (found.isEmpty() ? "" : ", not " + found) + advice;
    }

    private static String lastKey(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String name = path.get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (one '- ' item per line, or [a, b])";
        }
        if (Map.class.isAssignableFrom(type) || Located.class.isAssignableFrom(type)) {
            return "a mapping of 'key: value' lines";
        }
        return "a " + type.getSimpleName();
    }

    private static String foundValue(MismatchedInputException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return "'" + invalid.getValue() + "'";
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonToken token = parser.currentToken();
            if (token == null) {
                return "";
            }
            switch (token) {
                case START_ARRAY:
                    return "a list";
                case START_OBJECT:
                case FIELD_NAME:
                    return "a mapping";
                case VALUE_STRING:
                    return "text";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "true/false";
                case VALUE_NULL:
                    return "nothing";
                default:
                    return "";
            }
        }
        return "";
    }

    private static Optional<Integer> line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? Optional.empty() : Optional.of(location.getLineNr());
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
