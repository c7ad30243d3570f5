package dev.wasmjs.engine.text;

/** The WAST script format of the WebAssembly spec test suite. */
public final class Wast {
    private Wast() {}

    /**
     * Parses a script. Text modules are encoded to the binary format right away; {@code (module binary ...)}
     * keeps its bytes and {@code (module quote ...)} its text, unchecked, because assertions about malformed
     * modules are written that way. A script that consists of module fields only is one inline module.
     *
     * @param fileName only recorded in the result
     * @throws TextFormatException for malformed scripts, unknown commands and malformed text modules
     */
    public static WastScript parse(String text, String fileName) {
        Tokens tokens = Lexer.tokenize(new SourceText(text));
        return new WastScript(fileName, new WastParser(tokens).commands());
    }
}
