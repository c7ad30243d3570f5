package dev.wasmjs.engine.script;

/**
 * The host reference {@code (ref.extern n)} / {@code (ref.host n)} of spec scripts: the same host value seen from
 * the extern and the any hierarchy (the engine converts between them without rewrapping), so equal numbers denote
 * the same reference.
 */
record HostRef(long n) {
    @Override
    public String toString() {
        return "(ref.extern " + n + ")";
    }
}
