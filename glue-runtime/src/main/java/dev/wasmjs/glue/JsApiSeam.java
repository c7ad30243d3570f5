package dev.wasmjs.glue;

import java.lang.reflect.Method;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;

/**
 * The seam to the jsapi module ({@code dev.wasmjs.jsapi.WebAssemblyJs}): its context options, its HostAccess
 * (which our own bridge objects share, so there is one policy per context) and {@code install}, which defines
 * {@code globalThis.WebAssembly}. Reached reflectively while jsapi is being built in parallel; when the class
 * is absent nothing is faked: scripts simply see no WebAssembly global.
 */
final class JsApiSeam {
    private static final Class<?> API = find();

    private static final HostAccess HOST_ACCESS = resolveHostAccess();

    private JsApiSeam() {
    }

    private static Class<?> find() {
        try {
            return Class.forName("dev.wasmjs.jsapi.WebAssemblyJs");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    static boolean available() {
        return API != null;
    }

    private static HostAccess resolveHostAccess() {
        if (API != null) {
            try {
                return (HostAccess) API.getField("HOST_ACCESS").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("dev.wasmjs.jsapi.WebAssemblyJs.HOST_ACCESS is not accessible", e);
            }
        }
        // The same policy jsapi uses: explicit exports only, plus zero-copy ArrayBuffers over ByteBuffers.
        return HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build();
    }

    static HostAccess hostAccess() {
        return HOST_ACCESS;
    }

    static void configure(Context.Builder builder) {
        call("configure", Context.Builder.class, builder);
    }

    static void install(Context context) {
        call("install", Context.class, context);
    }

    private static void call(String name, Class<?> type, Object arg) {
        if (API == null) {
            return;
        }
        try {
            Method m = API.getMethod(name, type);
            m.invoke(null, arg);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("dev.wasmjs.jsapi.WebAssemblyJs." + name + " is not callable", e);
        }
    }
}
