package dev.wasmjs.engine;

/**
 * A module that cannot be compiled: either malformed (the bytes are not the binary format) or invalid (well
 * formed but not type-correct). JS maps both to {@code WebAssembly.CompileError}.
 */
public abstract sealed class CompileException extends WasmException
        permits CompileException.Malformed, CompileException.Invalid {
    private final long offset;
    private final String reason;

    protected CompileException(String reason, long offset, String where) {
        super(where == null ? reason + " (at byte " + offset + ")" : reason + " (" + where + ", at byte " + offset + ")");
        this.reason = reason;
        this.offset = offset;
    }

    /** Byte offset in the module where the problem was found, or -1. */
    public long offset() {
        return offset;
    }

    /** The problem without location, e.g. {@code "type mismatch"} (what spec tests compare against). */
    public String reason() {
        return reason;
    }

    /** The bytes are not a module in the binary format ({@code assert_malformed}). */
    public static final class Malformed extends CompileException {
        public Malformed(String reason, long offset) {
            super(reason, offset, null);
        }
    }

    /** The module decodes but breaks a validation rule ({@code assert_invalid}). */
    public static final class Invalid extends CompileException {
        public Invalid(String reason, long offset, String where) {
            super(reason, offset, where);
        }
    }
}
