package dev.wasmjs.engine;

/**
 * A WebAssembly trap, carrying the spec's message ("integer divide by zero", "out of bounds memory access", ...).
 * Traps are control flow, not bugs: no stack trace is captured, so throwing one is cheap.
 * JS maps them to {@code WebAssembly.RuntimeError} (stack exhaustion to {@code RangeError}).
 */
public class Trap extends WasmException {
    public Trap(String message) {
        super(message, false);
    }

    /** Whether this trap is the call stack running out (JS reports it as a RangeError, as V8 does). */
    public boolean isStackExhaustion() {
        return false;
    }
}
