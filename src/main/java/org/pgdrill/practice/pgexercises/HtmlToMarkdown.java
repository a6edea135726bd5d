package org.pgdrill.practice.pgexercises;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML dialect of pgexercises texts ({@code <p>}, {@code <c>} for inline code,
 * {@code <sql>} for code blocks, links, lists, emphasis) into Markdown. Images and layout divs are dropped.
 */
final class HtmlToMarkdown {
    private static final Pattern SQL_BLOCK = Pattern.compile("(?is)<sql>\\s*(.*?)\\s*</sql>");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\s+[^>]*href\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</a>");
    private static final Pattern INLINE_CODE = Pattern.compile("(?is)<c>(.*?)</c>");

    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        StringBuilder out = new StringBuilder();
        Matcher blocks = SQL_BLOCK.matcher(html);
        int last = 0;
        while (blocks.find()) {
            out.append(inline(html.substring(last, blocks.start())));
            out.append("\n\n```sql\n").append(unescape(blocks.group(1))).append("\n```\n\n");
            last = blocks.end();
        }
        out.append(inline(html.substring(last)));
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String inline(String html) {
        String text = INLINE_CODE.matcher(html).replaceAll(m -> Matcher.quoteReplacement("`" + unescape(m.group(1)).replace("`", "'") + "`"));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](" + m.group(1) + ")"));
        text = text.replaceAll("(?i)<li>\\s*", "\n- ")
                .replaceAll("(?i)</li>", "")
                .replaceAll("(?i)</?ul>", "\n")
                .replaceAll("(?i)<p>", "\n\n")
                .replaceAll("(?i)</p>", "\n\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</?(i|em)>", "*")
                .replaceAll("(?i)</?(b|strong)>", "**")
                .replaceAll("(?is)<img[^>]*>(</img>)?", "")
                .replaceAll("(?is)</?div[^>]*>", "\n")
                .replaceAll("(?is)</?[a-z][a-z0-9]*[^>]*>", "");
        return unescape(text);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }

    /** The first sentence of a text, for a one-line summary. */
    static String firstSentence(String markdown) {
        String flat = markdown.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }
}
