package dev.wasmjs.jsapi;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.RefCasts;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmStruct;
import dev.wasmjs.engine.runtime.WasmThrow;
import org.graalvm.polyglot.Value;

/**
 * The Java half of the spec's value conversions. webassembly.js does the JS half of ToWebAssemblyValue (ToInt32,
 * ToBigInt64, ToNumber, which can run user code), so a value arrives here as a primitive of the right kind, or for
 * references as {@code (isNull, value)} (JS null and undefined are both "null" to Java, but only null is wasm's
 * null reference). This class checks what JS cannot see (non-nullable and typed references) and does ToJSValue.
 *
 * <p>Slot representation follows the engine: i32 sign-extended, f32 as its raw bits zero-extended, i64 and f64 as
 * raw 64 bits; references are {@code null}, a {@link WasmFunction}, or the JS value itself (a {@link Value}).
 */
final class JsValues {
    private static final String INCOMPATIBLE = "type incompatibility when transforming from/to JS";
    private final JsRealm realm;

    JsValues(JsRealm realm) {
        this.realm = realm;
    }

    static long i32Bits(int v) {
        return v;
    }

    static long f32Bits(double v) {
        return Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL;
    }

    static long f64Bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    static double f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** Slot bits of a number webassembly.js has converted to {@code t} already. */
    long numberBits(ValType t, Value v) {
        return switch (t.kind()) {
            case I32 -> i32Bits(v.asInt());
            case I64 -> v.asLong();
            case F32 -> f32Bits(v.asDouble());
            case F64 -> f64Bits(v.asDouble());
            default -> throw realm.raise("TypeError", INCOMPATIBLE);
        };
    }

    /** The engine reference for a converted JS value of reference type {@code t}; TypeError when it does not fit. */
    Object reference(ValType t, boolean isNull, Value v) {
        if (isNull) {
            if (!t.nullable()) {
                throw realm.raise("TypeError", "cannot pass null to a non-nullable " + t + " reference");
            }
            return null;
        }
        switch (TypeCodes.of(t)) {
            case 'e' -> {
                if (TypeCodes.isBottom(t)) {
                    throw realm.raise("TypeError", "only null is a valid " + t + " value");
                }
                return v.isHostObject() ? v.asHostObject() : v;
            }
            case 'g' -> {
                Object r = v.isHostObject() ? v.asHostObject() : v;
                if (!RefCasts.matches(r, t.heapType(), false)) {
                    throw realm.raise("TypeError", "the value does not match " + t);
                }
                return r;
            }
            case 'r' -> {
                Object h = v.isHostObject() ? v.asHostObject() : null;
                if (!(h instanceof WasmFunction f)) {
                    throw realm.raise("TypeError",
                            "function-typed object must be null (if nullable) or a Wasm function object");
                }
                if (TypeCodes.isBottom(t) || (t.heapType() instanceof DefType d && !f.type().isSubtypeOf(d))) {
                    throw realm.raise("TypeError", "the function's type does not match " + t);
                }
                return f;
            }
            default -> throw realm.raise("TypeError", INCOMPATIBLE);
        }
    }

    /** Stores a converted JS value of type {@code t} as slot bits and reference. */
    void store(ValType t, boolean isNull, Value v, long[] bits, Object[] refs, int at) {
        if (t.isRef()) {
            refs[at] = reference(t, isNull, v);
            bits[at] = 0;
        } else {
            bits[at] = numberBits(t, v);
            refs[at] = null;
        }
    }

    /** ToJSValue. */
    Object toJs(ValType t, long bits, Object ref) {
        return switch (t.kind()) {
            case I32 -> (int) bits;
            case I64 -> realm.bigint(bits);
            case F32 -> f32(bits);
            case F64 -> f64(bits);
            case REF -> referenceToJs(ref);
            default -> throw realm.raise("TypeError", INCOMPATIBLE);
        };
    }

    Object referenceToJs(Object ref) {
        if (ref instanceof WasmFunction f) {
            return realm.function(f);
        }
        if (ref instanceof WasmThrow) {
            throw realm.raise("TypeError", INCOMPATIBLE);
        }
        if (ref instanceof I31 i) {
            return i.signed();
        }
        if (ref instanceof WasmStruct || ref instanceof WasmArray) {
            return realm.gcObject(ref);
        }
        return ref;
    }
}
