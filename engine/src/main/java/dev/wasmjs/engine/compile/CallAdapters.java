package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.METHOD_HANDLE;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static dev.wasmjs.engine.compile.JvmTypes.SUPPORT;
import static dev.wasmjs.engine.compile.JvmTypes.TIERED_FUNCTION;
import static dev.wasmjs.engine.compile.JvmTypes.VALUE_STACK;
import static dev.wasmjs.engine.compile.JvmTypes.WASM_FUNCTION;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Call adapters, one per JVM signature: {@code call(params..., WasmFunction fn) -> results} calls any function
 * object from compiled code. A compiled callee is called through its typed method handle (no boxing, no stack);
 * anything else (host functions, interpreted functions, other tiers) through the {@link
 * dev.wasmjs.engine.runtime.ValueStack} convention. Used for imports, {@code call_indirect}, {@code call_ref} and
 * direct calls whose callee is not compiled yet. Generated once per signature for the whole JVM.
 */
final class CallAdapters {
    private CallAdapters() {
    }

    private static final ClassDesc CLASS = ClassDesc.of(CallAdapters.class.getPackageName() + ".CallAdapter");
    private record Key(MethodType type, int resultSlots) {
    }

    private static final ConcurrentHashMap<Key, MethodHandle> CACHE = new ConcurrentHashMap<>();

    /**
     * The adapter for {@code type} = (params..., WasmFunction) → result (void, one value, or {@link MultiValue}
     * of {@code resultSlots} slots).
     */
    static MethodHandle callAny(MethodType type, int resultSlots) {
        Key key = new Key(type, resultSlots);
        MethodHandle h = CACHE.get(key);
        if (h == null) {
            h = CACHE.computeIfAbsent(key, k -> generate(type, resultSlots));
        }
        return h;
    }

    private static MethodHandle generate(MethodType type, int resultSlots) {
        MethodTypeDesc desc = MethodTypeDesc.ofDescriptor(type.toMethodDescriptorString());
        byte[] bytes = ClassFile.of().build(CLASS, clb -> {
            clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withMethodBody("call", desc, ClassFile.ACC_STATIC, cb -> emit(cb, type, resultSlots));
        });
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return l.findStatic(l.lookupClass(), "call", type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define call adapter for " + type, e);
        }
    }

    private static TypeKind kindOf(Class<?> c) {
        return TypeKind.from(c);
    }

    private static void emit(CodeBuilder cb, MethodType type, int resultSlots) {
        int n = type.parameterCount() - 1;
        int[] slots = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            slots[i] = next;
            next += kindOf(type.parameterType(i)).slotSize();
        }
        int fn = next++;
        int handle = next++;
        int st = next++;
        int base = next++;
        int result = next;
        Class<?> ret = type.returnType();
        TypeKind rk = ret == MultiValue.class ? TypeKind.REFERENCE : TypeKind.from(ret);

        // Fast path: a linked compiled function, called through its typed handle.
        Label slow = cb.newLabel();
        cb.aload(fn);
        cb.instanceOf(TIERED_FUNCTION);
        cb.ifeq(slow);
        cb.aload(fn);
        cb.checkcast(TIERED_FUNCTION);
        cb.getfield(TIERED_FUNCTION, "typed", METHOD_HANDLE);
        cb.astore(handle);
        cb.aload(handle);
        cb.ifnull(slow);
        cb.aload(handle);
        for (int i = 0; i < n; i++) {
            cb.loadLocal(kindOf(type.parameterType(i)), slots[i]);
        }
        cb.invokevirtual(METHOD_HANDLE, "invokeExact",
                MethodTypeDesc.ofDescriptor(type.dropParameterTypes(n, n + 1).toMethodDescriptorString()));
        cb.return_(rk);

        // Slow path: arguments to the value stack, call, results back.
        cb.labelBinding(slow);
        cb.invokestatic(VALUE_STACK, "current", MethodTypeDesc.of(VALUE_STACK));
        cb.astore(st);
        cb.aload(st);
        cb.getfield(VALUE_STACK, "top", CD_int);
        cb.istore(base);
        cb.aload(st);
        cb.iload(base);
        cb.loadConstant(Math.max(n, resultSlots) + 1);
        cb.iadd();
        cb.invokevirtual(VALUE_STACK, "ensure", MethodTypeDesc.of(CD_void, CD_int));
        for (int i = 0; i < n; i++) {
            TypeKind k = kindOf(type.parameterType(i));
            cb.aload(st);
            if (k == TypeKind.REFERENCE) {
                cb.getfield(VALUE_STACK, "refs", OBJECT.arrayType());
            } else {
                cb.getfield(VALUE_STACK, "slots", CD_long.arrayType());
            }
            cb.iload(base);
            if (i > 0) {
                cb.loadConstant(i);
                cb.iadd();
            }
            cb.loadLocal(k, slots[i]);
            if (k == TypeKind.REFERENCE) {
                cb.aastore();
            } else {
                SlotCodec.toBits(cb, k);
                cb.lastore();
            }
        }
        cb.aload(fn);
        cb.aload(st);
        cb.iload(base);
        cb.invokestatic(SUPPORT, "invokeThroughStack", MethodTypeDesc.of(CD_void, WASM_FUNCTION, VALUE_STACK, CD_int));
        if (ret == void.class) {
            cb.return_();
        } else if (ret == MultiValue.class) {
            cb.aload(st);
            cb.iload(base);
            cb.loadConstant(resultSlots);
            cb.invokestatic(JvmTypes.MULTI_VALUE, "fromStack",
                    MethodTypeDesc.of(JvmTypes.MULTI_VALUE, VALUE_STACK, CD_int, CD_int));
            cb.areturn();
        } else if (rk == TypeKind.REFERENCE) {
            cb.aload(st);
            cb.getfield(VALUE_STACK, "refs", OBJECT.arrayType());
            cb.iload(base);
            cb.aaload();
            cb.astore(result);
            cb.aload(st);
            cb.getfield(VALUE_STACK, "refs", OBJECT.arrayType());
            cb.iload(base);
            cb.aconst_null();
            cb.aastore();
            cb.aload(result);
            cb.areturn();
        } else {
            cb.aload(st);
            cb.getfield(VALUE_STACK, "slots", CD_long.arrayType());
            cb.iload(base);
            cb.laload();
            SlotCodec.fromBits(cb, rk);
            cb.return_(rk);
        }
    }
}
