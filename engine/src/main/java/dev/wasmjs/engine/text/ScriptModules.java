package dev.wasmjs.engine.text;

/** The body of a {@code (module ...)} form in its three spellings: text fields, {@code binary}, {@code quote}. */
final class ScriptModules {
    private ScriptModules() {}

    /**
     * Parses what follows {@code (module $id?} up to and including the closing parenthesis of the form opened at
     * token {@code open}.
     */
    static WastModule module(Cursor c, int open) {
        int close = c.tokens.match(open);
        if (c.isAtom("binary")) {
            c.pos++;
            byte[] bytes = strings(c);
            c.expectRParen();
            return new WastModule.Binary(bytes);
        }
        if (c.isAtom("quote")) {
            c.pos++;
            byte[] bytes = strings(c);
            c.expectRParen();
            return new WastModule.Quote(StringLiterals.bytesToText(bytes));
        }
        byte[] binary = ModuleParser.encode(c.tokens, c.pos, close);
        c.pos = close + 1;
        return new WastModule.Text(binary);
    }

    private static byte[] strings(Cursor c) {
        ByteSink bytes = new ByteSink();
        while (c.isString()) bytes.bytes(c.string());
        return bytes.toByteArray();
    }
}
