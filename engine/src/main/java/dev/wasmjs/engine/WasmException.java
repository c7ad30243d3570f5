package dev.wasmjs.engine;

/** Base of the errors the engine reports about WebAssembly modules and their execution. */
public abstract class WasmException extends RuntimeException {
    protected WasmException(String message) {
        super(message);
    }

    protected WasmException(String message, boolean writableStackTrace) {
        super(message, null, false, writableStackTrace);
    }
}
