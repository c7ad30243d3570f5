package dev.wasmjs.jsapi;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.LinkException;
import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.runtime.ResourceLimitException;
import dev.wasmjs.engine.runtime.WasmThrow;
import org.graalvm.polyglot.PolyglotException;

/**
 * How failures cross between wasm and JS. Into JS: a trap is a {@code WebAssembly.RuntimeError} with the trap's
 * message, stack exhaustion a {@code RangeError} like V8's, a wasm exception the {@code WebAssembly.Exception} for
 * it (or, for JSTag exceptions, the JS value originally thrown), and a JS exception passes unchanged. Into wasm: a
 * JS exception becomes a wasm exception, so {@code try_table} can catch it and rethrowing keeps its identity.
 */
final class ErrorMapping {
    static final String STACK_EXHAUSTED = "Maximum call stack size exceeded";
    private final JsRealm realm;

    ErrorMapping(JsRealm realm) {
        this.realm = realm;
    }

    /** Throws the JS exception for {@code t}, which escaped wasm (or the engine) into JS. */
    RuntimeException toJs(Throwable t) {
        switch (t) {
            case PolyglotException e -> throw e;
            case WasmThrow x -> {
                if (x.tag() == JsTag.TAG) {
                    throw realm.rethrow(x.refs()[0]);
                }
                throw realm.rethrow(realm.exception(x));
            }
            case Trap trap -> {
                if (trap.isStackExhaustion()) {
                    throw realm.raise("RangeError", STACK_EXHAUSTED);
                }
                throw realm.raise("RuntimeError", trap.getMessage());
            }
            case StackOverflowError e -> throw realm.raise("RangeError", STACK_EXHAUSTED);
            case ResourceLimitException e -> throw realm.raise("RangeError", e.getMessage());
            case LinkException e -> throw realm.raise("LinkError", e.getMessage());
            case CompileException e -> throw realm.raise("CompileError", e.getMessage());
            case UnsupportedOperationException e -> throw realm.raise("RuntimeError", "not supported by wasmjs yet: " + e.getMessage());
            case OutOfMemoryError e -> throw realm.raise("RangeError", "out of memory: " + e.getMessage());
            case Error e -> throw e;
            // A Java host function failed (or the engine has a bug): a JS Error that says which Java exception.
            default -> throw realm.raise("Error", "Java exception during a WebAssembly call: " + t);
        }
    }

    /**
     * The wasm exception for a JS exception thrown by an imported JS function. Exits, cancellation and other
     * non-JS failures are not catchable by wasm: they are returned unchanged for the caller to rethrow.
     */
    RuntimeException toWasm(PolyglotException e) {
        if (!e.isGuestException() || e.isExit() || e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
            return e;
        }
        return realm.toWasmThrow(e.getGuestObject());
    }
}
