package dev.wasmjs.engine.script;

/** The host reference {@code (ref.extern n)} of spec scripts: equal numbers denote the same reference. */
record HostRef(long n) {
    @Override
    public String toString() {
        return "(ref.extern " + n + ")";
    }
}
