package dev.wasmjs.engine.text;

/**
 * The module operand of a WAST command, in the form the script gave it. Text modules are encoded to binary by
 * the parser already; quote modules are kept as text because turning them into a module is part of what the
 * assertion checks (they may be malformed on purpose).
 */
public sealed interface WastModule {
    /** A {@code (module ...)} written in the text format, already encoded to the binary format. */
    record Text(byte[] binary) implements WastModule {}

    /** A {@code (module binary "..." ...)}: the concatenated string bytes, not checked in any way. */
    record Binary(byte[] binary) implements WastModule {}

    /** A {@code (module quote "..." ...)}: the concatenated strings, to be parsed with {@link Wat#toBinary}. */
    record Quote(String text) implements WastModule {}
}
