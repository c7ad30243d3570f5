package dev.wasmjs.engine.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The token sequence of a source text, stored as parallel arrays (a 12 MB script has millions of tokens). Token
 * text is sliced from the source only when a parser asks for it. Each left parenthesis knows the index of its
 * matching right parenthesis, so that a parser can skip a whole form in constant time.
 */
final class Tokens {
    final SourceText source;
    private TokenKind[] kinds = new TokenKind[1024];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] matches = new int[1024];
    private int count;

    Tokens(SourceText source) {
        this.source = source;
    }

    void add(TokenKind kind, int start, int end) {
        if (count == kinds.length) {
            int n = count * 2;
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            matches = Arrays.copyOf(matches, n);
        }
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = end;
        matches[count] = -1;
        count++;
    }

    void setMatch(int open, int close) {
        matches[open] = close;
        matches[close] = open;
    }

    int count() {
        return count;
    }

    TokenKind kind(int i) {
        return kinds[i];
    }

    int start(int i) {
        return starts[i];
    }

    /** For a left parenthesis, the index of its right parenthesis. */
    int match(int i) {
        return matches[i];
    }

    String text(int i) {
        return source.text.substring(starts[i], ends[i]);
    }

    /** Whether token i is the atom {@code word}, without allocating. */
    boolean isAtom(int i, String word) {
        return kinds[i] == TokenKind.ATOM
                && ends[i] - starts[i] == word.length()
                && source.text.startsWith(word, starts[i]);
    }

    boolean atomStartsWith(int i, String prefix) {
        return kinds[i] == TokenKind.ATOM && source.text.startsWith(prefix, starts[i]);
    }

    /** Whether token i is a left parenthesis directly followed by the keyword {@code word}. */
    boolean isForm(int i, String word) {
        return kinds[i] == TokenKind.LPAREN && i + 1 < count && isAtom(i + 1, word);
    }

    /** The bytes a string token denotes, escapes resolved. */
    byte[] stringBytes(int i) {
        return StringLiterals.decode(source, starts[i] + 1, ends[i] - 1);
    }

    /**
     * The name of an identifier token without the {@code $}. The quoted form {@code $"x"} denotes the same
     * identifier as {@code $x}; its content must be non-empty UTF-8.
     */
    String idName(int i) {
        int s = starts[i] + 1;
        if (source.text.charAt(s) == '"') {
            byte[] utf8 = StringLiterals.decode(source, s + 1, ends[i] - 1);
            if (utf8.length == 0) {
                throw source.error(starts[i], "empty identifier");
            }
            if (!StringLiterals.isValidUtf8(utf8)) {
                throw source.error(starts[i], "malformed UTF-8 encoding");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        }
        return source.text.substring(s, ends[i]);
    }

    TextFormatException error(int i, String message) {
        return source.error(starts[Math.min(i, count - 1)], message);
    }

    int line(int i) {
        return source.line(starts[Math.min(i, count - 1)]);
    }
}
