package org.pgdrill.practice.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pgdrill.practice.sql.SqlLexer;
import org.pgdrill.practice.sql.SqlToken;
import org.pgdrill.practice.sql.TokenKind;

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
     * The statement's tokens as the comparison finder reads them, from the lexer that splits learner SQL:
     * comments dropped, {@code a.b} joined into one identifier, a type keyword before a string literal
     * ({@code date '2012-09-01'}) and a cast after one ({@code ::date}) dropped, a minus sign joined to the
     * number it negates.
     */
    static List<String> tokens(String sql) {
        List<SqlToken> lexed = SqlLexer.tokenize(sql).stream().filter(token -> !token.kind().isComment()).toList();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < lexed.size(); i++) {
            SqlToken token = lexed.get(i);
            if (token.isPunctuation(':') && i + 1 < lexed.size() && lexed.get(i + 1).isPunctuation(':')) {
                i = skipType(lexed, i + 2) - 1;
            } else if (token.isPunctuation('.') && i > 0 && isName(lexed.get(i - 1)) && i + 1 < lexed.size() && isName(lexed.get(i + 1))) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + "." + lexed.get(++i).text());
            } else if (token.kind() == TokenKind.STRING) {
                if (!tokens.isEmpty() && isTypeKeyword(tokens.get(tokens.size() - 1))) {
                    tokens.remove(tokens.size() - 1);
                }
                tokens.add(token.text());
            } else if (token.kind() == TokenKind.NUMBER && !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("-")
                    && (tokens.size() == 1 || previousIsOperator(tokens.subList(0, tokens.size() - 1)))) {
                tokens.set(tokens.size() - 1, "-" + token.text());
            } else {
                tokens.add(token.text());
            }
        }
        return tokens;
    }

    private static boolean isName(SqlToken token) {
        return token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    /** The index after a cast's type name: words (timestamp without time zone) and a (precision). */
    private static int skipType(List<SqlToken> lexed, int from) {
        int i = from;
        while (i < lexed.size() && lexed.get(i).kind() == TokenKind.WORD) {
            i++;
            if (i < lexed.size() && lexed.get(i).isPunctuation('(')) {
                while (i < lexed.size() && !lexed.get(i).isPunctuation(')')) {
                    i++;
                }
                i++;
            }
            if (i < lexed.size() && lexed.get(i).kind() == TokenKind.WORD
                    && !Set.of("without", "with", "time", "zone", "precision", "varying").contains(lexed.get(i).text().toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        return i;
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
