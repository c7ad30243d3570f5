package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.HeapType;

/**
 * Run-time type tests of references ({@code ref.test}, {@code ref.cast}, {@code br_on_cast}). The validator has
 * already placed the value in the target's hierarchy, so only the finer distinctions are checked here.
 *
 * <p>Representation: functions are {@link WasmFunction}s, GC objects {@link WasmStruct}s / {@link WasmArray}s,
 * i31 references {@link I31}s, exceptions {@link WasmThrow}s; any other object is a host value. Converting
 * between {@code extern} and {@code any} ({@code extern.convert_any}, {@code any.convert_extern}) keeps the object,
 * so a value converted there and back is the same reference.
 */
public final class RefCasts {
    private RefCasts() {
    }

    /** Whether {@code ref} is a value of type {@code (ref null? target)}. */
    public static boolean matches(Object ref, HeapType target, boolean nullable) {
        if (ref == null) {
            return nullable;
        }
        if (target instanceof DefType d) {
            DefType actual = switch (ref) {
                case WasmStruct s -> s.type;
                case WasmArray a -> a.type;
                case WasmFunction f -> f.type();
                default -> null;
            };
            return actual != null && (actual == d || actual.isSubtypeOf(d));
        }
        return switch ((HeapType.Abstract) target) {
            case ANY, FUNC, EXTERN, EXN -> true;
            case EQ -> ref instanceof WasmStruct || ref instanceof WasmArray || ref instanceof I31;
            case I31 -> ref instanceof I31;
            case STRUCT -> ref instanceof WasmStruct;
            case ARRAY -> ref instanceof WasmArray;
            case NONE, NOFUNC, NOEXTERN, NOEXN -> false;
        };
    }
}
