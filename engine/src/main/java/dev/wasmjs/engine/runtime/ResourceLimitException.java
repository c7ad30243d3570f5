package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.WasmException;

/** A memory or table that the engine cannot provide (too large for its limits or for the JVM). */
public final class ResourceLimitException extends WasmException {
    public ResourceLimitException(String message) {
        super(message);
    }
}
