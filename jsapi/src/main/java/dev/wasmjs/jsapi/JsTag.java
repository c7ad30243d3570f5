package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TagType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * {@code WebAssembly.JSTag}: the tag of wasm exceptions that carry a JS exception (payload: one externref). One
 * per JVM, like the spec's one per agent, so exceptions keep their meaning when they pass between contexts.
 */
final class JsTag {
    static final Tag TAG = new Tag(new TagType(canonicalType(List.of(ValType.EXTERNREF))));

    private JsTag() {
    }

    /** The canonical function type {@code [params] -> []} of a tag. */
    static DefType canonicalType(List<ValType> params) {
        DefType shell = new DefType();
        shell.define(true, null, new FuncType(params, List.of()));
        return TypeRegistry.canonicalize(List.of(shell)).get(0);
    }
}
