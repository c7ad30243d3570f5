package dev.wasmjs.engine.text;

/**
 * Splits text-format source into tokens. Comments and annotations {@code (@id ...)} are dropped here, so that
 * parsers never see them; annotations may sit anywhere whitespace may, even between a parenthesis and its keyword.
 */
final class Lexer {
    private static final boolean[] ID_CHARS = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) ID_CHARS[c] = true;
        for (char c = 'a'; c <= 'z'; c++) ID_CHARS[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) ID_CHARS[c] = true;
        for (char c : "!#$%&'*+-./:<=>?@\\^_`|~".toCharArray()) ID_CHARS[c] = true;
    }

    private final SourceText source;
    private final String s;
    private final int n;
    private final Tokens tokens;
    private int pos;

    private Lexer(SourceText source) {
        this.source = source;
        this.s = source.text;
        this.n = s.length();
        this.tokens = new Tokens(source);
    }

    static Tokens tokenize(SourceText source) {
        return new Lexer(source).run();
    }

    static boolean isIdChar(char c) {
        return c < 128 && ID_CHARS[c];
    }

    /** Characters that may appear in a reserved token but in no valid one. */
    private static boolean isReservedPunct(char c) {
        return c == ',' || c == ';' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private Tokens run() {
        int[] open = new int[64];
        int depth = 0;
        while (pos < n) {
            char c = s.charAt(pos);
            switch (c) {
                case ' ', '\t', '\n', '\r' -> pos++;
                case ';' -> {
                    if (next() == ';') {
                        skipLineComment();
                    } else {
                        scanRun();
                    }
                }
                case '(' -> {
                    char d = next();
                    if (d == ';') {
                        skipBlockComment();
                    } else if (d == '@') {
                        skipAnnotation();
                    } else {
                        if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
                        open[depth++] = tokens.count();
                        tokens.add(TokenKind.LPAREN, pos, pos + 1);
                        pos++;
                    }
                }
                case ')' -> {
                    if (depth == 0) {
                        throw source.error(pos, "unexpected token");
                    }
                    tokens.add(TokenKind.RPAREN, pos, pos + 1);
                    tokens.setMatch(open[--depth], tokens.count() - 1);
                    pos++;
                }
                default -> {
                    if (c == '"' || isIdChar(c) || isReservedPunct(c)) {
                        scanRun();
                    } else {
                        throw illegalCharacter(pos);
                    }
                }
            }
        }
        if (depth > 0) {
            throw source.error(n, "unexpected end of input");
        }
        tokens.add(TokenKind.EOF, n, n);
        return tokens;
    }

    private char next() {
        return pos + 1 < n ? s.charAt(pos + 1) : '\0';
    }

    private TextFormatException illegalCharacter(int at) {
        char c = s.charAt(at);
        return source.error(at, Character.isSurrogate(c) && !isPairAt(at) ? "malformed UTF-8 encoding" : "illegal character");
    }

    private boolean isPairAt(int at) {
        return Character.isHighSurrogate(s.charAt(at)) && at + 1 < n && Character.isLowSurrogate(s.charAt(at + 1));
    }

    private void skipLineComment() {
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 1;
        pos += 2;
        while (depth > 0) {
            if (pos >= n) {
                throw source.error(start, "unclosed comment");
            }
            char c = s.charAt(pos);
            if (c == '(' && next() == ';') {
                depth++;
                pos += 2;
            } else if (c == ';' && next() == ')') {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        }
    }

    /** Skips {@code (@id ...)} with balanced parentheses; its content must still consist of valid tokens. */
    private void skipAnnotation() {
        int start = pos;
        pos += 2;
        if (pos < n && isIdChar(s.charAt(pos))) {
            while (pos < n && isIdChar(s.charAt(pos))) pos++;
        } else if (pos < n && s.charAt(pos) == '"') {
            int from = pos;
            scanString();
            byte[] id = StringLiterals.decode(source, from + 1, pos - 1);
            if (id.length == 0) {
                throw source.error(start, "empty annotation id");
            }
            if (!StringLiterals.isValidUtf8(id)) {
                throw source.error(start, "malformed UTF-8 encoding");
            }
        } else {
            throw source.error(start, "empty annotation id");
        }
        int depth = 1;
        while (depth > 0) {
            if (pos >= n) {
                throw source.error(start, "unclosed annotation");
            }
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == ';' && next() == ';') {
                skipLineComment();
            } else if (c == '(' && next() == ';') {
                skipBlockComment();
            } else if (c == '(') {
                depth++;
                pos++;
            } else if (c == ')') {
                depth--;
                pos++;
            } else if (c == '"') {
                scanString();
            } else if (isIdChar(c) || isReservedPunct(c)) {
                pos++;
            } else {
                throw illegalCharacter(pos);
            }
        }
    }

    /** Scans a string literal starting at the quote, checking escapes; leaves pos after the closing quote. */
    private void scanString() {
        int start = pos;
        pos++;
        while (true) {
            if (pos >= n) {
                throw source.error(start, "unclosed string");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\') {
                scanEscape();
            } else if (c < 0x20 || c == 0x7F) {
                throw source.error(pos, c == '\n' ? "unclosed string" : "illegal control character");
            } else {
                pos++;
            }
        }
    }

    private void scanEscape() {
        int start = pos;
        char e = next();
        switch (e) {
            case 't', 'n', 'r', '"', '\'', '\\' -> pos += 2;
            case 'u' -> {
                pos += 2;
                if (pos >= n || s.charAt(pos) != '{') {
                    throw source.error(start, "illegal escape");
                }
                pos++;
                long cp = 0;
                int digits = 0;
                while (pos < n && s.charAt(pos) != '}') {
                    char h = s.charAt(pos);
                    if (h == '_' && digits > 0) {
                        pos++;
                        continue;
                    }
                    int d = Character.digit(h, 16);
                    if (d < 0 || h > 'f') {
                        throw source.error(start, "illegal escape");
                    }
                    cp = Math.min(cp * 16 + d, 0x7FFF_FFFFL);
                    digits++;
                    pos++;
                }
                if (pos >= n || digits == 0) {
                    throw source.error(start, "illegal escape");
                }
                pos++;
                if (cp >= 0x110000 || (cp >= 0xD800 && cp < 0xE000)) {
                    throw source.error(start, "malformed UTF-8 encoding");
                }
            }
            default -> {
                if (isHex(e) && pos + 2 < n && isHex(s.charAt(pos + 2))) {
                    pos += 3;
                } else {
                    throw source.error(start, "illegal escape");
                }
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Scans a maximal run of identifier characters, strings and reserved punctuation (the longest-match rule of
     * the spec) and classifies it.
     */
    private void scanRun() {
        int start = pos;
        boolean idCharsOnly = true;
        int strings = 0;
        int firstStringStart = -1;
        int firstStringEnd = -1;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '"') {
                if (strings++ == 0) firstStringStart = pos;
                scanString();
                if (strings == 1) firstStringEnd = pos;
                idCharsOnly = false;
            } else if (isIdChar(c)) {
                pos++;
            } else if (isReservedPunct(c)) {
                if (c == ';' && next() == ';') break;
                idCharsOnly = false;
                pos++;
            } else {
                break;
            }
        }
        TokenKind kind;
        if (strings == 1 && firstStringStart == start && firstStringEnd == pos) {
            kind = TokenKind.STRING;
        } else if (s.charAt(start) == '$') {
            if (pos == start + 1) {
                throw source.error(start, "empty identifier");
            }
            boolean plain = true;
            for (int i = start + 1; i < pos; i++) {
                if (!isIdChar(s.charAt(i))) {
                    plain = false;
                    break;
                }
            }
            boolean quoted = strings == 1 && firstStringStart == start + 1 && firstStringEnd == pos;
            kind = plain || quoted ? TokenKind.ID : TokenKind.RESERVED;
        } else {
            kind = idCharsOnly ? TokenKind.ATOM : TokenKind.RESERVED;
        }
        tokens.add(kind, start, pos);
    }
}
