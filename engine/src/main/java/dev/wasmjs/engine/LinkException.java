package dev.wasmjs.engine;

/** Instantiation failed because an import is missing or does not match ({@code WebAssembly.LinkError} in JS). */
public final class LinkException extends WasmException {
    public LinkException(String message) {
        super(message);
    }
}
