package dev.wasmjs.jsapi;

import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * One-letter codes for value types, as webassembly.js dispatches on them: {@code i} i32, {@code I} i64,
 * {@code f} f32, {@code F} f64, {@code v} v128, {@code e} extern references, {@code r} function references,
 * {@code x} exception references, {@code g} GC references (any, eq, i31, struct, array, none and their concrete
 * types). A function signature is its parameter codes, a colon, its result codes ({@code "iF:i"}).
 */
final class TypeCodes {
    private TypeCodes() {
    }

    static char of(ValType t) {
        return switch (t.kind()) {
            case I32 -> 'i';
            case I64 -> 'I';
            case F32 -> 'f';
            case F64 -> 'F';
            case V128 -> 'v';
            case REF -> switch (t.heapType().top()) {
                case FUNC -> 'r';
                case EXTERN -> 'e';
                case EXN -> 'x';
                default -> 'g';
            };
            case BOT -> throw new IllegalArgumentException("bot is not a value type");
        };
    }

    static String of(List<ValType> types) {
        StringBuilder sb = new StringBuilder(types.size());
        for (ValType t : types) {
            sb.append(of(t));
        }
        return sb.toString();
    }

    static String signature(FuncType f) {
        return of(f.params()) + ":" + of(f.results());
    }

    /** The value type a JS API {@code ValueType} string names ({@code "anyfunc"} is funcref). */
    static ValType fromName(String name) {
        return switch (name) {
            case "i32" -> ValType.I32;
            case "i64" -> ValType.I64;
            case "f32" -> ValType.F32;
            case "f64" -> ValType.F64;
            case "v128" -> ValType.V128;
            case "externref" -> ValType.EXTERNREF;
            case "anyfunc", "funcref" -> ValType.FUNCREF;
            default -> throw new IllegalArgumentException("not a value type: " + name);
        };
    }

    /** Whether only null inhabits this reference type (the bottom types). */
    static boolean isBottom(ValType t) {
        return t.heapType() instanceof HeapType.Abstract a && a.isBottom();
    }
}
