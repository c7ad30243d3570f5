package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * How wasm values look on the JVM: i32 → int, i64 → long, f32 → float, f64 → double, references → Object.
 * Floats are JVM floats; every operation that must see NaN bits goes through raw-bit conversions, which HotSpot
 * turns into register moves.
 *
 * A v128 is two longs (low half first) wherever it goes: operand stack, locals, parameters; so a JVM parameter
 * or operand list is exactly the slot list of the {@link ValueStack} convention ({@link #slotKinds}).
 *
 * <p>A compiled function is a static method taking its wasm parameters and then the {@link Instance}, returning
 * nothing, its single one-slot result, or a {@link MultiValue} (several results, or a v128).
 */
final class JvmTypes {
    private JvmTypes() {
    }

    static final ClassDesc OBJECT = ConstantDescs.CD_Object;
    static final ClassDesc INSTANCE = desc(Instance.class);
    static final ClassDesc MEMORY = desc(Memory.class);
    static final ClassDesc GLOBAL = desc(Global.class);
    static final ClassDesc WASM_FUNCTION = desc(WasmFunction.class);
    static final ClassDesc WASM_THROW = desc(WasmThrow.class);
    static final ClassDesc VALUE_STACK = desc(ValueStack.class);
    static final ClassDesc MULTI_VALUE = desc(MultiValue.class);
    static final ClassDesc SUPPORT = desc(Support.class);
    static final ClassDesc TIERED_FUNCTION = desc(TieredFunction.class);
    static final ClassDesc METHOD_HANDLE = ConstantDescs.CD_MethodHandle;

    static ClassDesc desc(Class<?> c) {
        return ClassDesc.of(c.getName());
    }

    static TypeKind kind(ValType t) {
        return switch (t.kind()) {
            case I32 -> TypeKind.INT;
            case I64 -> TypeKind.LONG;
            case F32 -> TypeKind.FLOAT;
            case F64 -> TypeKind.DOUBLE;
            case REF -> TypeKind.REFERENCE;
            case V128 -> throw new IllegalArgumentException("a v128 is two slots: use slotKinds");
            case BOT -> throw new NotCompilable("values of type " + t + " have no JVM representation");
        };
    }

    static ClassDesc classDesc(TypeKind k) {
        return switch (k) {
            case INT -> ConstantDescs.CD_int;
            case LONG -> ConstantDescs.CD_long;
            case FLOAT -> ConstantDescs.CD_float;
            case DOUBLE -> ConstantDescs.CD_double;
            case REFERENCE -> OBJECT;
            case VOID -> ConstantDescs.CD_void;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    static Class<?> javaClass(TypeKind k) {
        return switch (k) {
            case INT -> int.class;
            case LONG -> long.class;
            case FLOAT -> float.class;
            case DOUBLE -> double.class;
            case REFERENCE -> Object.class;
            case VOID -> void.class;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    static ClassDesc classDesc(ValType t) {
        return classDesc(kind(t));
    }

    /** The JVM return type for a wasm result list. */
    static ClassDesc returnDesc(List<ValType> results) {
        TypeKind[] ks = slotKinds(results);
        return switch (ks.length) {
            case 0 -> ConstantDescs.CD_void;
            case 1 -> classDesc(ks[0]);
            default -> MULTI_VALUE;
        };
    }

    static Class<?> returnClass(List<ValType> results) {
        TypeKind[] ks = slotKinds(results);
        return switch (ks.length) {
            case 0 -> void.class;
            case 1 -> javaClass(ks[0]);
            default -> MultiValue.class;
        };
    }

    /** Whether a function with these results returns a {@link MultiValue} (more than one slot). */
    static boolean multiValue(List<ValType> results) {
        int slots = 0;
        for (ValType t : results) {
            slots += t.slots();
        }
        return slots > 1;
    }

    /** The JVM kinds of a list of wasm values, slot by slot: a v128 is two longs (low, high). */
    static TypeKind[] slotKinds(List<ValType> types) {
        int n = 0;
        for (ValType t : types) {
            n += t.slots();
        }
        TypeKind[] ks = new TypeKind[n];
        int i = 0;
        for (ValType t : types) {
            if (t.kind() == ValType.Kind.V128) {
                ks[i++] = TypeKind.LONG;
                ks[i++] = TypeKind.LONG;
            } else {
                ks[i++] = kind(t);
            }
        }
        return ks;
    }

    /** The static method type of a compiled function: wasm params, then the Instance. */
    static MethodTypeDesc functionDesc(FuncType f) {
        return methodDesc(f, INSTANCE);
    }

    /** The body of a tail-calling function: wasm params, Instance, TailCall, depth (see {@link TailCall}). */
    static MethodTypeDesc tailBodyDesc(FuncType f) {
        return methodDesc(f, INSTANCE, desc(TailCall.class), ConstantDescs.CD_int);
    }

    /** Wasm params followed by {@code last}, returning the wasm results. */
    static MethodTypeDesc methodDesc(FuncType f, ClassDesc... last) {
        TypeKind[] ks = slotKinds(f.params());
        ClassDesc[] params = new ClassDesc[ks.length + last.length];
        for (int i = 0; i < ks.length; i++) {
            params[i] = classDesc(ks[i]);
        }
        System.arraycopy(last, 0, params, ks.length, last.length);
        return MethodTypeDesc.of(returnDesc(f.results()), params);
    }

    static MethodType methodType(FuncType f, Class<?>... last) {
        TypeKind[] ks = slotKinds(f.params());
        Class<?>[] params = new Class<?>[ks.length + last.length];
        for (int i = 0; i < ks.length; i++) {
            params[i] = javaClass(ks[i]);
        }
        System.arraycopy(last, 0, params, ks.length, last.length);
        return MethodType.methodType(returnClass(f.results()), params);
    }

    /** JVM local-variable slots a value of this kind takes. */
    static int size(TypeKind k) {
        return k.slotSize();
    }
}
