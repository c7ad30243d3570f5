package dev.wasmjs.engine.text;

/** The lexical classes of the text format. Keywords and numbers share {@link #ATOM}: which one is meant depends on the position. */
enum TokenKind {
    LPAREN,
    RPAREN,
    /** A run of identifier characters not starting with {@code $}: a keyword, a number or {@code offset=...}. */
    ATOM,
    /** {@code $name} or {@code $"name"}. */
    ID,
    STRING,
    /** Anything else the lexer accepts but no grammar rule does, e.g. {@code 0drop} or {@code "a"b}. */
    RESERVED,
    EOF
}
