package dev.wasmjs.jsapi.builtins;

import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.ArrayType;
import dev.wasmjs.engine.types.CompositeType;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FieldType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code js-string} builtin set of the JS API: its functions' names, their types, and new instances of them.
 *
 * <p>Each type is a function type alone in its recursion group, final and without supertype
 * ({@code (rec (type (func ...))).0}); the array type of {@code fromCharCodeArray} and {@code intoCharCodeArray} is
 * {@code (rec (type (array (mut i16)))).0}. The types are canonicalised like any module's, so an import matches a
 * builtin exactly when its declared type is the same canonical type (function subtyping is declared, and these
 * have no supertypes). They are held here, strongly, so they stay the canonical ones for the life of the JVM.
 *
 * <p>Results are {@code (ref extern)} where the spec's functions return a string; the spec text gives
 * {@code fromCodePoint} an {@code externref} result, but the conformance suite, V8 and the proposal's overview use
 * {@code (ref extern)} for it like for the others, and so does wasmjs.
 */
public final class JsStringBuiltins {
    /** The set's name in {@code WebAssemblyCompileOptions.builtins}. */
    public static final String NAME = "js-string";
    /** Its qualified name: the import module name that refers to it. */
    public static final String MODULE = "wasm:" + NAME;

    /** {@code (rec (type (array (mut i16)))).0}. */
    public static final DefType I16_ARRAY = canonical(new ArrayType(new FieldType(StorageType.Packed.I16, true)));

    private record Builtin(DefType type, Function<DefType, StringBuiltin> factory) {
    }

    private static final Map<String, Builtin> BUILTINS = new LinkedHashMap<>();

    static {
        ValType externref = ValType.EXTERNREF;
        ValType stringRef = ValType.ref(false, HeapType.Abstract.EXTERN);
        ValType i32 = ValType.I32;
        ValType array = ValType.ref(true, I16_ARRAY);
        define("cast", List.of(externref), List.of(stringRef), StringBuiltin.Cast::new);
        define("test", List.of(externref), List.of(i32), StringBuiltin.Test::new);
        define("fromCharCodeArray", List.of(array, i32, i32), List.of(stringRef), StringBuiltin.FromCharCodeArray::new);
        define("intoCharCodeArray", List.of(externref, array, i32), List.of(i32), StringBuiltin.IntoCharCodeArray::new);
        define("fromCharCode", List.of(i32), List.of(stringRef), StringBuiltin.FromCharCode::new);
        define("fromCodePoint", List.of(i32), List.of(stringRef), StringBuiltin.FromCodePoint::new);
        define("charCodeAt", List.of(externref, i32), List.of(i32), StringBuiltin.CharCodeAt::new);
        define("codePointAt", List.of(externref, i32), List.of(i32), StringBuiltin.CodePointAt::new);
        define("length", List.of(externref), List.of(i32), StringBuiltin.Length::new);
        define("concat", List.of(externref, externref), List.of(stringRef), StringBuiltin.Concat::new);
        define("substring", List.of(externref, i32, i32), List.of(stringRef), StringBuiltin.Substring::new);
        define("equals", List.of(externref, externref), List.of(i32), StringBuiltin.Equals::new);
        define("compare", List.of(externref, externref), List.of(i32), StringBuiltin.Compare::new);
    }

    private JsStringBuiltins() {
    }

    private static DefType canonical(CompositeType composite) {
        DefType t = new DefType();
        t.define(true, null, composite);
        return TypeRegistry.canonicalize(List.of(t)).get(0);
    }

    private static void define(String name, List<ValType> params, List<ValType> results,
            Function<DefType, StringBuiltin> factory) {
        BUILTINS.put(name, new Builtin(canonical(new FuncType(params, results)), factory));
    }

    /** The names of the set's functions, in the spec's order. */
    public static List<String> names() {
        return List.copyOf(BUILTINS.keySet());
    }

    /** The canonical function type of builtin {@code name}, or null when the set has no such function. */
    public static DefType type(String name) {
        Builtin b = BUILTINS.get(name);
        return b == null ? null : b.type();
    }

    /** A new function for builtin {@code name} (each instantiation of the set makes its own, as the spec says). */
    public static WasmFunction create(String name) {
        Builtin b = BUILTINS.get(name);
        if (b == null) {
            throw new IllegalArgumentException(MODULE + " has no function \"" + name + "\"");
        }
        return b.factory().apply(b.type());
    }
}
