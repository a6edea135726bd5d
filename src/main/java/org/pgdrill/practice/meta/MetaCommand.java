package org.pgdrill.practice.meta;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A psql backslash command pgdrill answers itself: {@code \d}, {@code \d NAME}, {@code \dt}, {@code \di},
 * {@code \dv}, {@code \dm}, {@code \ds}, {@code \dn}, {@code \df} (each with {@code S} for system objects
 * and {@code +} for more detail) and {@code \?}.
 *
 * @param command        the command word as typed, e.g. {@code \dt+}
 * @param kind           what to do
 * @param relationKinds  for {@link Kind#LIST_RELATIONS}: which kinds of relation to list
 * @param verbose        {@code +}: also sizes, descriptions and other detail
 * @param includeSystem  {@code S}: also objects in pg_catalog and information_schema
 * @param pattern        the psql name pattern, when one was given ({@code *}, {@code ?}, {@code schema.name}, {@code "Quoted"})
 */
public record MetaCommand(String command, Kind kind, Set<RelationKind> relationKinds, boolean verbose, boolean includeSystem,
                          Optional<String> pattern) {

    public enum Kind { LIST_RELATIONS, DESCRIBE, LIST_SCHEMAS, LIST_FUNCTIONS, HELP }

    /** What the sandbox understands, one line per command, for {@code \?} and for refusals. */
    public static final List<String> SUPPORTED = List.of(
            "\\d [PATTERN]     list tables, views, materialized views and sequences, or describe the ones matching PATTERN",
            "\\dt [PATTERN]    list tables",
            "\\di [PATTERN]    list indexes",
            "\\dv [PATTERN]    list views",
            "\\dm [PATTERN]    list materialized views",
            "\\ds [PATTERN]    list sequences",
            "\\dn [PATTERN]    list schemas",
            "\\df [PATTERN]    list functions and procedures",
            "\\?               this list",
            "Add + for sizes and descriptions (\\dt+), S for system objects (\\dtS). Combine letters: \\dtv lists tables and views.");

    private static final String AVAILABLE = "pgdrill understands \\d, \\dt, \\di, \\dv, \\dm, \\ds, \\dn and \\df "
            + "(add + for more detail, S for system objects); type \\? for the list.";
    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("copy", "\\copy is not available here; use SELECT in the sandbox to see rows, and INSERT to add them."),
            Map.entry("!", "\\! is not available here: pgdrill never runs shell commands."),
            Map.entry("i", "\\i is not available here: pgdrill does not read files; paste the SQL into the editor instead."),
            Map.entry("ir", "\\ir is not available here: pgdrill does not read files; paste the SQL into the editor instead."),
            Map.entry("include", "\\include is not available here: pgdrill does not read files; paste the SQL into the editor instead."),
            Map.entry("o", "\\o is not available here: results always appear in the sandbox."),
            Map.entry("out", "\\out is not available here: results always appear in the sandbox."),
            Map.entry("w", "\\w is not available here: pgdrill does not write files."),
            Map.entry("set", "\\set is not available here: psql variables are not supported; write the values into your SQL."),
            Map.entry("unset", "\\unset is not available here: psql variables are not supported."),
            Map.entry("c", "\\c is not available here: every attempt runs on the exercise's own database."),
            Map.entry("connect", "\\connect is not available here: every attempt runs on the exercise's own database."),
            Map.entry("g", "\\g is not available here: end each statement with a semicolon instead."),
            Map.entry("gx", "\\gx is not available here: end each statement with a semicolon instead."),
            Map.entry("gexec", "\\gexec is not available here: write the statements you want to run yourself."),
            Map.entry("gset", "\\gset is not available here: psql variables are not supported."));

    public MetaCommand {
        relationKinds = relationKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relationKinds));
    }

    /**
     * Reads one backslash command (its line, starting with the backslash).
     *
     * @throws MetaCommandException for a command pgdrill does not run, saying why and what to use instead
     */
    public static MetaCommand parse(String line) {
        String text = line.strip();
        if (!text.startsWith("\\")) {
            throw new MetaCommandException("\"" + text + "\" is not a backslash command. " + AVAILABLE);
        }
        int nameEnd = 1;
        while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '\\'
                && text.charAt(nameEnd) != '"') {
            nameEnd++;
        }
        String command = text.substring(0, nameEnd);
        String name = command.substring(1);
        List<String> arguments = MetaArguments.split(text.substring(nameEnd), command);
        if (name.equals("?")) {
            return new MetaCommand(command, Kind.HELP, Set.of(), false, false, Optional.empty());
        }
        if (REFUSALS.containsKey(name)) {
            throw new MetaCommandException(REFUSALS.get(name));
        }
        if (!name.startsWith("d")) {
            throw new MetaCommandException(command + " is not available here. " + AVAILABLE);
        }
        if (arguments.size() > 1) {
            throw new MetaCommandException(command + " takes one name or pattern, but found more: "
                    + String.join(" ", arguments.subList(1, arguments.size())) + ". Describe one pattern at a time.");
        }
        Optional<String> pattern = arguments.stream().findFirst();
        return describeFamily(command, name.substring(1), pattern);
    }

    /** {@code rest} is what follows "\d": letters choosing the kinds, then S and + in any order. */
    private static MetaCommand describeFamily(String command, String rest, Optional<String> pattern) {
        boolean verbose = false;
        boolean system = false;
        List<Character> letters = new ArrayList<>();
        for (char c : rest.toCharArray()) {
            if (c == '+' && !verbose) {
                verbose = true;
            } else if (c == 'S' && !system) {
                system = true;
            } else if (!letters.contains(c)) {
                letters.add(c);
            } else {
                throw unknown(command);
            }
        }
        if (letters.isEmpty()) {
            Kind kind = pattern.isPresent() ? Kind.DESCRIBE : Kind.LIST_RELATIONS;
            Set<RelationKind> kinds = EnumSet.of(RelationKind.TABLE, RelationKind.VIEW, RelationKind.MATERIALIZED_VIEW,
                    RelationKind.SEQUENCE, RelationKind.FOREIGN_TABLE);
            return new MetaCommand(command, kind, kind == Kind.DESCRIBE ? Set.of() : kinds, verbose, system, pattern);
        }
        if (letters.size() == 1 && (letters.get(0) == 'n' || letters.get(0) == 'f')) {
            Kind kind = letters.get(0) == 'n' ? Kind.LIST_SCHEMAS : Kind.LIST_FUNCTIONS;
            return new MetaCommand(command, kind, Set.of(), verbose, system, pattern);
        }
        Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
        for (char letter : letters) {
            RelationKind kind = RelationKind.ofLetter(letter);
            if (kind == null) {
                throw unknown(command);
            }
            kinds.add(kind);
        }
        return new MetaCommand(command, Kind.LIST_RELATIONS, kinds, verbose, system, pattern);
    }

    private static MetaCommandException unknown(String command) {
        return new MetaCommandException(command + " is not available here. " + AVAILABLE);
    }
}
