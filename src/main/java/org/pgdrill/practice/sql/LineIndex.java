package org.pgdrill.practice.sql;

import java.util.Arrays;

/** Turns offsets in a text into lines and columns. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    TextPosition positionOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int column = text.codePointCount(lineStarts[line], Math.min(offset, text.length())) + 1;
        return new TextPosition(line + 1, column);
    }
}
