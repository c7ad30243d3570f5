package dev.wasmjs.engine.text;

import java.util.Arrays;

/** The text being parsed, with a line index so that character offsets can be reported as line:column. */
final class SourceText {
    final String text;
    private int[] lineStarts = new int[64];
    private int lineCount;

    SourceText(String text) {
        this.text = text;
        lineStarts[lineCount++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // A lone CR counts as a line break too, as in the reference interpreter's lexer.
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (lineCount == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
                }
                lineStarts[lineCount++] = i + 1;
            }
        }
    }

    /** 1-based line of a character offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a character offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    TextFormatException error(int offset, String message) {
        return new TextFormatException(message, line(offset), column(offset));
    }
}
