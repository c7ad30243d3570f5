package dev.wasmjs.engine.text;

/** A read position in a token sequence, with the small matching steps every parser here needs. */
final class Cursor {
    final Tokens tokens;
    int pos;

    Cursor(Tokens tokens, int pos) {
        this.tokens = tokens;
        this.pos = pos;
    }

    TokenKind kind() {
        return tokens.kind(pos);
    }

    boolean isLParen() {
        return tokens.kind(pos) == TokenKind.LPAREN;
    }

    boolean isRParen() {
        return tokens.kind(pos) == TokenKind.RPAREN;
    }

    boolean isId() {
        return tokens.kind(pos) == TokenKind.ID;
    }

    boolean isAtom() {
        return tokens.kind(pos) == TokenKind.ATOM;
    }

    boolean isString() {
        return tokens.kind(pos) == TokenKind.STRING;
    }

    boolean isAtom(String word) {
        return tokens.isAtom(pos, word);
    }

    /** Whether the cursor is at {@code (word}. */
    boolean isForm(String word) {
        return tokens.isForm(pos, word);
    }

    /** The keyword after a left parenthesis, or null. */
    String formKeyword() {
        if (isLParen() && tokens.kind(pos + 1) == TokenKind.ATOM) {
            return tokens.text(pos + 1);
        }
        return null;
    }

    /** Whether the cursor is at an index or identifier (of any space). */
    boolean isIndex() {
        return IndexSpace.isIndex(tokens, pos);
    }

    String text() {
        return tokens.text(pos);
    }

    TextFormatException error(String message) {
        return tokens.error(pos, message);
    }

    TextFormatException unexpected() {
        return Syntax.unexpected(tokens, pos);
    }

    void expectLParen() {
        if (!isLParen()) throw unexpected();
        pos++;
    }

    void expectRParen() {
        if (!isRParen()) throw unexpected();
        pos++;
    }

    /** Consumes {@code (word}. */
    void enterForm(String word) {
        if (!isForm(word)) throw unexpected();
        pos += 2;
    }

    void expectAtom(String word) {
        if (!isAtom(word)) throw unexpected();
        pos++;
    }

    String atom() {
        if (!isAtom()) throw unexpected();
        return tokens.text(pos++);
    }

    boolean acceptAtom(String word) {
        if (isAtom(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes an identifier if there is one and returns its name, else null. */
    String optionalId() {
        if (isId()) {
            return tokens.idName(pos++);
        }
        return null;
    }

    byte[] string() {
        if (!isString()) throw unexpected();
        return tokens.stringBytes(pos++);
    }

    /** A string that is a name (import, export): it must be valid UTF-8. */
    byte[] name() {
        int at = pos;
        byte[] bytes = string();
        if (!StringLiterals.isValidUtf8(bytes)) {
            throw tokens.error(at, "malformed UTF-8 encoding");
        }
        return bytes;
    }

    int u32() {
        return Syntax.u32(tokens, pos++);
    }

    long u64() {
        return Syntax.u64(tokens, pos++);
    }
}
