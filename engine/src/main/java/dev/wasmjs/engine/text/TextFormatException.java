package dev.wasmjs.engine.text;

/** Text that is not a well-formed WAT module or WAST script; the message names the line and column. */
public final class TextFormatException extends RuntimeException {
    private final int line;
    private final int column;

    public TextFormatException(String message, int line, int column) {
        super(line + ":" + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
