package org.pgdrill.practice.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds "column compared with a constant" in a reference solution ({@code joindate >= '2012-09-01'},
 * {@code slots BETWEEN 2 AND 4}, {@code 0 < membercost}), so a variant can put rows exactly on the
 * boundary: that is where {@code >} written for {@code >=} shows.
 */
final class ComparisonLiterals {

    /** {@code column op literal}; literal is SQL text ready to cast, e.g. {@code '2012-09-01'} or {@code 5}. */
    record Comparison(String column, String literal) {
    }

    private ComparisonLiterals() {
    }

    static List<Comparison> find(String sql) {
        List<String> tokens = tokens(sql);
        Set<Comparison> found = new LinkedHashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String a = tokens.get(i);
            String op = tokens.get(i + 1);
            String b = tokens.get(i + 2);
            if (isComparison(op)) {
                if (isIdentifier(a) && isLiteral(b)) {
                    found.add(new Comparison(lastPart(a), b));
                } else if (isLiteral(a) && isIdentifier(b)) {
                    found.add(new Comparison(lastPart(b), a));
                }
            }
            if (isIdentifier(a) && op.equalsIgnoreCase("in") && b.equals("(") && i + 3 < tokens.size() && isLiteral(tokens.get(i + 3))) {
                found.add(new Comparison(lastPart(a), tokens.get(i + 3)));
            }
            if (isIdentifier(a) && op.equalsIgnoreCase("between") && isLiteral(b)) {
                found.add(new Comparison(lastPart(a), b));
                if (i + 4 < tokens.size() && tokens.get(i + 3).equalsIgnoreCase("and") && isLiteral(tokens.get(i + 4))) {
                    found.add(new Comparison(lastPart(a), tokens.get(i + 4)));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean isComparison(String token) {
        return switch (token) {
            case "=", "<", "<=", ">", ">=", "<>", "!=" -> true;
            default -> false;
        };
    }

    private static boolean isLiteral(String token) {
        return token.startsWith("'") || Character.isDigit(token.charAt(0)) || token.startsWith("-") && token.length() > 1;
    }

    private static final Set<String> KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "in", "is", "null", "between",
            "like", "ilike", "case", "when", "then", "else", "end", "on", "join", "as", "group", "order", "by", "having", "limit",
            "true", "false", "current_date", "now", "any", "all", "exists");

    private static boolean isIdentifier(String token) {
        char first = token.charAt(0);
        return (Character.isLetter(first) || first == '_' || first == '"') && !KEYWORDS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static String lastPart(String identifier) {
        int dot = identifier.lastIndexOf('.');
        String part = dot < 0 ? identifier : identifier.substring(dot + 1);
        return part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part.toLowerCase(Locale.ROOT);
    }

    /**
     * Identifiers (with dots), numbers, string literals (a preceding type keyword such as {@code date} or a
     * following {@code ::type} is dropped, the string stays), operators; comments and whitespace skipped.
     */
    static List<String> tokens(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                do {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (i < n && depth > 0);
            } else if (c == '\'') {
                int start = i++;
                while (i < n) {
                    if (sql.charAt(i) == '\'' && i + 1 < n && sql.charAt(i + 1) == '\'') {
                        i += 2;
                    } else if (sql.charAt(i) == '\'') {
                        i++;
                        break;
                    } else {
                        i++;
                    }
                }
                if (!tokens.isEmpty() && isTypeKeyword(tokens.get(tokens.size() - 1))) {
                    tokens.remove(tokens.size() - 1);
                }
                tokens.add(sql.substring(start, i));
            } else if (c == '"' || Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n) {
                    char d = sql.charAt(i);
                    if (d == '"') {
                        i++;
                        while (i < n && sql.charAt(i) != '"') {
                            i++;
                        }
                        i++;
                    } else if (Character.isLetterOrDigit(d) || d == '_' || d == '$' || d == '.') {
                        i++;
                    } else {
                        break;
                    }
                }
                tokens.add(sql.substring(start, Math.min(i, n)));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && previousIsOperator(tokens))) {
                int start = i++;
                while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(sql.substring(start, i));
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2; // a cast: skip the type name, keep the literal before it
                while (i < n && Character.isWhitespace(sql.charAt(i))) {
                    i++;
                }
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == ' '
                        && sql.startsWith(" without time zone", i) || sql.charAt(i) == '(' || sql.charAt(i) == ')')) {
                    if (sql.charAt(i) == ' ') {
                        i += " without time zone".length();
                    } else {
                        i++;
                    }
                }
            } else if ("<>=!".indexOf(c) >= 0) {
                int start = i++;
                while (i < n && "<>=".indexOf(sql.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(sql.substring(start, i));
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    private static boolean previousIsOperator(List<String> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        String last = tokens.get(tokens.size() - 1);
        return isComparison(last) || last.equals("(") || last.equals(",") || last.equalsIgnoreCase("between") || last.equalsIgnoreCase("and");
    }

    private static boolean isTypeKeyword(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "date", "timestamp", "timestamptz", "time", "numeric", "integer", "int" -> true;
            default -> false;
        };
    }
}
