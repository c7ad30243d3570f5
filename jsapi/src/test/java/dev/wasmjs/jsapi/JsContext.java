package dev.wasmjs.jsapi;

import dev.wasmjs.engine.text.Wat;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/** A GraalJS context with wasmjs's WebAssembly installed, and helpers to run JS (including async JS) in it. */
final class JsContext implements AutoCloseable {
    final Context context;
    final WebAssemblyJs api;

    JsContext() {
        this(null);
    }

    JsContext(HostEventLoop loop) {
        context = WebAssemblyJs.configure(Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false")).build();
        api = WebAssemblyJs.install(context, loop);
    }

    Value eval(String js) {
        return context.eval("js", js);
    }

    /** Evaluates {@code js} and returns {@code String(result)}. */
    String str(String js) {
        return eval("String((() => { " + js + " })())").asString();
    }

    /**
     * Runs {@code body} as the body of an async function and returns String(its result), or "rejected: " + String(the
     * error). Promise jobs run when the evaluation returns, so the outcome is known then unless the code waits for a
     * host event.
     */
    String async(String body) {
        eval("globalThis.__outcome = 'pending'; (async () => { " + body + " })().then("
                + "v => { globalThis.__outcome = String(v); }, e => { globalThis.__outcome = 'rejected: ' + String(e); });");
        return eval("globalThis.__outcome").asString();
    }

    /** Defines global {@code name} as a Uint8Array of the module {@code wat} (text format) compiles to. */
    JsContext module(String name, String wat) {
        return bytes(name, Wat.toBinary(wat));
    }

    JsContext bytes(String name, byte[] bytes) {
        context.getBindings("js").putMember("__buffer", ByteBuffer.wrap(bytes));
        eval("globalThis." + name + " = new Uint8Array(new ArrayBuffer(__buffer).slice(0)); delete globalThis.__buffer;");
        return this;
    }

    @Override
    public void close() {
        context.close();
    }
}
