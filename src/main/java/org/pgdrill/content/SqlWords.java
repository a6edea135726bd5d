package org.pgdrill.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL into the words that matter for spotting CREATE TABLE and SET search_path: identifiers and
 * keywords (unquoted ones lowercased), and the punctuation {@code . , ; ( =}. Comments, string constants
 * (also E'' and dollar-quoted) and numbers are skipped, so a "CREATE TABLE" inside a string is not one.
 */
final class SqlWords {
    private SqlWords() {
    }

    static List<String> of(String sql) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '\'') {
                i = skipQuoted(sql, i, false);
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = skipQuoted(sql, i + 1, true);
            } else if (c == '"') {
                int end = i + 1;
                StringBuilder name = new StringBuilder();
                while (end < n) {
                    char d = sql.charAt(end);
                    if (d == '"') {
                        if (end + 1 < n && sql.charAt(end + 1) == '"') {
                            name.append('"');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    name.append(d);
                    end++;
                }
                words.add(name.toString());
                i = end + 1;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                words.add(sql.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else if (".,;(=".indexOf(c) >= 0) {
                words.add(String.valueOf(c));
                i++;
            } else {
                i++;
            }
        }
        return words;
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private static int skipQuoted(String sql, int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /** "$tag$" or "$$" starting at {@code start}, else null (a "$1" parameter is not a tag). */
    private static String dollarTag(String sql, int start) {
        int end = start + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < sql.length() && sql.charAt(end) == '$' && (end == start + 1 || !Character.isDigit(sql.charAt(start + 1)))) {
            return sql.substring(start, end + 1);
        }
        return null;
    }
}
