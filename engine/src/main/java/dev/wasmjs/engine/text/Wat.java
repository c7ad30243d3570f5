package dev.wasmjs.engine.text;

/** The WebAssembly text format: turns one module written as text into the binary format. */
public final class Wat {
    private Wat() {}

    /**
     * Parses one module, either {@code (module $id? field*)} or a bare sequence of module fields, and encodes it in
     * the WebAssembly binary format. {@code (module $id? binary "...")} and {@code (module $id? quote "...")} are
     * accepted too, as in scripts.
     *
     * <p>Strings in the text denote bytes; a character U+DC80..U+DCFF that is not part of a surrogate pair stands
     * for the single byte 0x80..0xFF (how {@link WastModule.Quote} texts keep bytes that are not UTF-8).
     *
     * @throws TextFormatException if the text is not a well-formed module; the message starts with line:column
     */
    public static byte[] toBinary(String text) {
        Tokens tokens = Lexer.tokenize(new SourceText(text));
        if (tokens.isForm(0, "module")) {
            int close = tokens.match(0);
            if (tokens.kind(close + 1) != TokenKind.EOF) {
                throw Syntax.unexpected(tokens, close + 1);
            }
            Cursor c = new Cursor(tokens, 2);
            c.optionalId();
            return switch (ScriptModules.module(c, 0)) {
                case WastModule.Text m -> m.binary();
                case WastModule.Binary m -> m.binary();
                case WastModule.Quote m -> toBinary(m.text());
            };
        }
        return ModuleParser.encode(tokens, 0, tokens.count() - 1);
    }
}
