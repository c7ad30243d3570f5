package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.HostFunction;
import dev.wasmjs.engine.types.FuncType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Puts wasmjs's {@code WebAssembly} namespace (the W3C WebAssembly JavaScript Interface) into a GraalJS context.
 *
 * <pre>{@code
 * Context context = WebAssemblyJs.configure(Context.newBuilder("js")).build();
 * WebAssemblyJs wasm = WebAssemblyJs.install(context);
 *
 * // A Java function that wasm can import, here (i32, i32) -> i32. It is a real WebAssembly exported function
 * // in JS: callable, usable in tables, and imported by wasm without any JS in between.
 * Value add = wasm.function("add", new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
 *         args -> (Integer) args[0] + (Integer) args[1]);
 * context.getBindings("js").putMember("add", add);
 *
 * context.eval("js", """
 *     const bytes = new Uint8Array([...]);  // (import "env" "add" (func (param i32 i32) (result i32))) ...
 *     WebAssembly.instantiate(bytes, { env: { add } }).then(({ instance }) => instance.exports.main());
 *     """);
 * }</pre>
 *
 * <p>An engine {@link dev.wasmjs.engine.runtime.WasmFunction} (such as a {@link HostFunction}) put into an imports
 * object as a host object is imported as is, too.
 *
 * <p>{@link #configure} applies what the API needs: {@link #HOST_ACCESS} and GraalJS's debug built-in, whose
 * {@code typedArrayDetachBuffer} is the only way to detach an ArrayBuffer over Java memory (which
 * {@code Memory.prototype.grow} must do to the old buffer). {@link #install} captures that function and deletes the
 * {@code Debug} global before any user code runs. In a context not configured this way everything works except
 * that, after a grow, old buffers report byteLength 0 while views made over them earlier keep their length.
 */
public final class WebAssemblyJs {
    /**
     * The host access the API needs: only {@link HostAccess.Export}ed members, plus ByteBuffers as ArrayBuffers
     * (memory buffers) and Java arrays. Hosts that expose objects of their own reuse it.
     */
    public static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowBufferAccess(true)
            .allowArrayAccess(true)
            .build();

    /** Modules at least this large compile on a background thread when the host provides a {@link HostEventLoop}. */
    public static final int BACKGROUND_COMPILE_THRESHOLD = 256 * 1024;

    private static final Source SOURCE = loadSource();

    private final JsRealm realm;

    private WebAssemblyJs(JsRealm realm) {
        this.realm = realm;
    }

    /** Applies the options and host access the API needs to a context builder; returns the builder. */
    public static Context.Builder configure(Context.Builder builder) {
        return builder.allowHostAccess(HOST_ACCESS)
                .allowExperimentalOptions(true)
                .option("js.debug-builtin", "true");
    }

    /** Defines {@code globalThis.WebAssembly} in {@code context}; promises settle through promise jobs. */
    public static WebAssemblyJs install(Context context) {
        return install(context, null);
    }

    /**
     * Defines {@code globalThis.WebAssembly} in {@code context}, compiling large modules in the background through
     * {@code loop} (may be null). Call on a thread that may enter the context, before running user code.
     */
    public static WebAssemblyJs install(Context context, HostEventLoop loop) {
        Value bindings = context.getBindings("js");
        Value detach = null;
        Value debug = bindings.getMember("Debug");
        if (debug != null && debug.hasMember("typedArrayDetachBuffer")) {
            detach = debug.getMember("typedArrayDetachBuffer");
            bindings.removeMember("Debug");
        }
        JsRealm realm = new JsRealm(loop);
        Value internals = context.eval(SOURCE).execute(new Bridges(realm), detach);
        realm.bind(internals);
        return new WebAssemblyJs(realm);
    }

    /**
     * A Java function as a WebAssembly exported function of this context: a JS function that wasm modules can
     * import (and call without going through JS), put in tables, or JS can call. {@code impl} receives and returns
     * values boxed as {@link HostFunction} describes.
     */
    public Value function(String name, FuncType type, HostFunction.Implementation impl) {
        HostFunction f = HostFunction.of(type, name, impl);
        realm.peers.nameFunction(f, 0);
        return realm.function(f);
    }

    private static Source loadSource() {
        try (InputStream in = WebAssemblyJs.class.getResourceAsStream("webassembly.js")) {
            if (in == null) {
                throw new IllegalStateException("webassembly.js is missing from the jsapi jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Internal: its frames stay out of error.stack (as node's built-ins do), see GeneratedCode.
            return Source.newBuilder("js", text, "wasmjs-webassembly.js").internal(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
