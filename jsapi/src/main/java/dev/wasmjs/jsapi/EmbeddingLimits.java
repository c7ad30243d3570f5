package dev.wasmjs.jsapi;

import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.binary.ByteReader;
import dev.wasmjs.engine.syntax.ElementSegment;
import dev.wasmjs.engine.syntax.FunctionBody;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.StructType;
import dev.wasmjs.engine.types.TagType;

/**
 * The JS API's implementation-defined limits ("Implementation-defined Limits" in the WebAssembly JavaScript
 * Interface): a module over one of them is a CompileError in JS even though the core spec accepts it. The engine
 * enforces its own, wider limits; these are checked on the decoded module.
 *
 * <p>Memories follow the specification text (100), not the older js-api test that still expects 1.
 */
final class EmbeddingLimits {
    static final long MAX_MODULE_SIZE = 1L << 30;
    static final int MAX_TYPES = 1_000_000;
    static final int MAX_SUBTYPE_DEPTH = 63;
    static final int MAX_FUNCTIONS = 1_000_000;
    static final int MAX_IMPORTS = 1_000_000;
    static final int MAX_EXPORTS = 1_000_000;
    static final int MAX_GLOBALS = 1_000_000;
    static final int MAX_TAGS = 1_000_000;
    static final int MAX_DATA_SEGMENTS = 100_000;
    static final int MAX_TABLES = 100_000;
    static final int MAX_TABLE_INIT_ENTRIES = 10_000_000;
    /** Not in the specification's list, but the js-api tests (and V8) limit element segments like this. */
    static final int MAX_ELEMENT_SEGMENTS = 10_000_000;
    static final int MAX_MEMORIES = 100;
    static final int MAX_PARAMS = 1_000;
    static final int MAX_RESULTS = 1_000;
    static final int MAX_FUNCTION_SIZE = 7_654_321;
    static final int MAX_LOCALS = 50_000;
    static final int MAX_STRUCT_FIELDS = 10_000;

    /** Thrown for a module over a limit; JS reports it as a CompileError. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private EmbeddingLimits() {
    }

    static void checkSize(long length) {
        if (length > MAX_MODULE_SIZE) {
            throw new Exceeded("module of " + length + " bytes is larger than the limit of " + MAX_MODULE_SIZE);
        }
    }

    static void check(WasmModule wasm, byte[] bytes) {
        Module m = wasm.module();
        limit("types", m.types().size(), MAX_TYPES);
        for (DefType t : m.types()) {
            if (t.depth() > MAX_SUBTYPE_DEPTH) {
                throw new Exceeded("subtype depth " + t.depth() + " is over the limit of " + MAX_SUBTYPE_DEPTH);
            }
            if (t.composite() instanceof FuncType f) {
                limit("function parameters", f.params().size(), MAX_PARAMS);
                limit("function results", f.results().size(), MAX_RESULTS);
            } else if (t.composite() instanceof StructType s) {
                limit("struct fields", s.fields().size(), MAX_STRUCT_FIELDS);
            }
        }
        limit("functions", m.functionTypes().size() - m.importedFunctionCount(), MAX_FUNCTIONS);
        limit("imports", m.imports().size(), MAX_IMPORTS);
        limit("exports", m.exports().size(), MAX_EXPORTS);
        limit("globals", m.globals().size(), MAX_GLOBALS);
        long importedTags = m.imports().stream().filter(i -> i.type() instanceof TagType).count();
        limit("tags", m.tagTypes().size() - importedTags, MAX_TAGS);
        limit("data segments", m.datas().size(), MAX_DATA_SEGMENTS);
        limit("tables", m.tableTypes().size(), MAX_TABLES);
        limit("memories", m.memoryTypes().size(), MAX_MEMORIES);
        limit("element segments", m.elements().size(), MAX_ELEMENT_SEGMENTS);
        for (ElementSegment e : m.elements()) {
            limit("table initializer entries", e.items().size(), MAX_TABLE_INIT_ENTRIES);
        }
        for (int i = 0; i < m.bodies().size(); i++) {
            FunctionBody body = m.bodies().get(i);
            int params = m.functionTypes().get(m.importedFunctionCount() + i).funcType().params().size();
            limit("locals (including parameters) of a function", (long) params + body.locals().size(), MAX_LOCALS);
        }
        checkBodySizes(bytes);
    }

    private static void limit(String what, long count, long max) {
        if (count > max) {
            throw new Exceeded("too many " + what + ": " + count + " (the limit is " + max + ")");
        }
    }

    /** Function body sizes including the locals declarations, read from the (already decoded) code section. */
    private static void checkBodySizes(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, 8, bytes.length);
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            int end = in.pos() + size;
            if (id == 10) {
                int count = in.u32();
                for (int i = 0; i < count; i++) {
                    int bodySize = in.u32();
                    if (Integer.toUnsignedLong(bodySize) > MAX_FUNCTION_SIZE) {
                        throw new Exceeded("function body " + i + " is " + Integer.toUnsignedString(bodySize)
                                + " bytes, over the limit of " + MAX_FUNCTION_SIZE);
                    }
                    in.skip(bodySize);
                }
            }
            in.seek(end);
        }
    }
}
