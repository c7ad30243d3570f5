package dev.wasmjs.jsapi;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Compiles the JS that webassembly.js generates per signature (the exported-function and import-call wrappers) as
 * an internal source: GraalJS leaves frames of internal sources out of {@code error.stack}, as node leaves out its
 * own built-ins, so an error thrown through a wasm call shows the user's frames only. {@code new Function} would
 * give every wrapper a visible {@code <function>} frame.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class GeneratedCode {
    static final String SOURCE_NAME = "wasmjs-generated.js";
    static final String VISIBLE_SOURCE_NAME = "wasmjs-errors.js";

    /** {@code (function (params) { body })}, evaluated in the calling context as an internal source. */
    @HostAccess.Export
    public Value function(String params, String body) {
        return eval(params, body, SOURCE_NAME, true);
    }

    /**
     * The same as a visible source, for the error constructors: GraalJS starts an error's stack below the frame of
     * the constructor it was created for (new.target); in an internal source that frame is hidden, is never found,
     * and the stack would come out empty. A visible constructor's frame is found and dropped with those above it.
     */
    @HostAccess.Export
    public Value visibleFunction(String params, String body) {
        return eval(params, body, VISIBLE_SOURCE_NAME, false);
    }

    private static Value eval(String params, String body, String name, boolean internal) {
        String text = "(function (" + params + ") {\n" + body + "\n})";
        return Context.getCurrent().eval(Source.newBuilder("js", text, name).internal(internal).buildLiteral());
    }
}
