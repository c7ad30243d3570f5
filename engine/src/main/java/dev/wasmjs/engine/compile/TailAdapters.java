package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.METHOD_HANDLE;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static dev.wasmjs.engine.compile.JvmTypes.TIERED_FUNCTION;
import static dev.wasmjs.engine.compile.JvmTypes.WASM_FUNCTION;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.runtime.WasmFunction;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tail-call adapters of one JVM signature {@code (params) -> results}, generated once per signature for the
 * whole JVM (see {@link TailCall} for the scheme):
 * <ul>
 * <li>{@code tail(params..., WasmFunction fn, TailCall tc, int depth)}: a tail call of any function object from a
 * body at {@code depth}: a compiled function with a body is called at {@code depth + 1} (its prologue stashes the
 * call when that is too deep); anything else is called directly below {@link TailCall#LIMIT} and stashed at it.</li>
 * <li>{@code stash(params..., WasmFunction fn, TailCall tc)}: records the call as pending and returns a dummy
 * result.</li>
 * <li>{@code resume(TailCall tc)}: what an entry runs for a pending call: reads the arguments and makes the call at
 * depth 0.</li>
 * </ul>
 */
final class TailAdapters {
    private TailAdapters() {
    }

    static final ClassDesc TAIL_CALL = JvmTypes.desc(TailCall.class);
    private static final ClassDesc CLASS = ClassDesc.of(TailAdapters.class.getPackageName() + ".TailAdapter");
    private static final DirectMethodHandleDesc BOOTSTRAP_ANY = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, JvmTypes.desc(Linkage.class), "any",
            MethodTypeDesc.of(ConstantDescs.CD_CallSite, ConstantDescs.CD_MethodHandles_Lookup,
                    ConstantDescs.CD_String, ConstantDescs.CD_MethodType, CD_int));

    private record Key(MethodType signature, int resultSlots) {
    }

    private static final ConcurrentHashMap<Key, MethodHandles.Lookup> CACHE = new ConcurrentHashMap<>();

    /** Adapter {@code name} ("tail", "stash" or "resume") for {@code signature} = (params) -> results. */
    static MethodHandle adapter(MethodType signature, int resultSlots, String name) {
        MethodHandles.Lookup l = CACHE.computeIfAbsent(new Key(signature, resultSlots),
                k -> generate(signature, resultSlots));
        MethodType type = switch (name) {
            case "tail" -> signature.appendParameterTypes(WasmFunction.class, TailCall.class, int.class);
            case "stash" -> signature.appendParameterTypes(WasmFunction.class, TailCall.class);
            default -> MethodType.methodType(signature.returnType(), TailCall.class);
        };
        try {
            return l.findStatic(l.lookupClass(), name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no tail adapter " + name + type, e);
        }
    }

    private static MethodHandles.Lookup generate(MethodType signature, int resultSlots) {
        int n = signature.parameterCount();
        ClassDesc[] params = new ClassDesc[n];
        for (int i = 0; i < n; i++) {
            params[i] = signature.parameterType(i).describeConstable().orElseThrow();
        }
        ClassDesc ret = signature.returnType().describeConstable().orElseThrow();
        MethodTypeDesc sig = MethodTypeDesc.of(ret, params);
        MethodTypeDesc tail = sig.insertParameterTypes(n, WASM_FUNCTION, TAIL_CALL, CD_int);
        MethodTypeDesc stash = sig.insertParameterTypes(n, WASM_FUNCTION, TAIL_CALL);
        MethodTypeDesc resume = MethodTypeDesc.of(ret, TAIL_CALL);
        TypeKind[] kinds = new TypeKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = TypeKind.from(signature.parameterType(i));
        }
        TypeKind rk = TypeKind.from(signature.returnType());
        byte[] bytes = ClassFile.of().build(CLASS, clb -> {
            clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withMethodBody("tail", tail, ClassFile.ACC_STATIC,
                    cb -> emitTail(cb, kinds, rk, sig, tail, stash, resultSlots));
            clb.withMethodBody("stash", stash, ClassFile.ACC_STATIC, cb -> emitStash(cb, kinds, rk, resume));
            clb.withMethodBody("resume", resume, ClassFile.ACC_STATIC, cb -> emitResume(cb, kinds, rk, tail));
        });
        try {
            return MethodHandles.lookup().defineHiddenClass(bytes, true);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot define tail adapter for " + signature, e);
        }
    }

    private static int loadParams(CodeBuilder cb, TypeKind[] kinds) {
        int slot = 0;
        for (TypeKind k : kinds) {
            cb.loadLocal(k, slot);
            slot += k.slotSize();
        }
        return slot;
    }

    private static void emitTail(CodeBuilder cb, TypeKind[] kinds, TypeKind rk, MethodTypeDesc sig,
            MethodTypeDesc tail, MethodTypeDesc stash, int resultSlots) {
        int fn = 0;
        for (TypeKind k : kinds) {
            fn += k.slotSize();
        }
        int tc = fn + 1;
        int depth = fn + 2;
        int body = fn + 3;
        Label noBody = cb.newLabel();
        cb.aload(fn);
        cb.instanceOf(TIERED_FUNCTION);
        cb.ifeq(noBody);
        cb.aload(fn);
        cb.checkcast(TIERED_FUNCTION);
        cb.getfield(TIERED_FUNCTION, "tailBody", METHOD_HANDLE);
        cb.astore(body);
        cb.aload(body);
        cb.ifnull(noBody);
        cb.aload(body);
        loadParams(cb, kinds);
        cb.aload(tc);
        cb.iload(depth);
        cb.iconst_1();
        cb.iadd();
        cb.invokevirtual(METHOD_HANDLE, "invokeExact", sig.insertParameterTypes(kinds.length, TAIL_CALL, CD_int));
        cb.return_(rk);

        cb.labelBinding(noBody);
        Label direct = cb.newLabel();
        cb.iload(depth);
        cb.loadConstant(TailCall.LIMIT);
        cb.if_icmplt(direct);
        loadParams(cb, kinds);
        cb.aload(fn);
        cb.aload(tc);
        cb.invokestatic(CLASS, "stash", stash);
        cb.return_(rk);

        cb.labelBinding(direct);
        loadParams(cb, kinds);
        cb.aload(fn);
        cb.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP_ANY, "callAny",
                sig.insertParameterTypes(kinds.length, WASM_FUNCTION), resultSlots));
        cb.return_(rk);
    }

    private static void emitStash(CodeBuilder cb, TypeKind[] kinds, TypeKind rk, MethodTypeDesc resume) {
        int tc = 1;
        for (TypeKind k : kinds) {
            tc += k.slotSize();
        }
        int fn = tc - 1;
        cb.aload(tc);
        cb.loadConstant(kinds.length);
        cb.invokevirtual(TAIL_CALL, "ensure", MethodTypeDesc.of(CD_void, CD_int));
        int slot = 0;
        for (int i = 0; i < kinds.length; i++) {
            TypeKind k = kinds[i];
            cb.aload(tc);
            if (k == TypeKind.REFERENCE) {
                cb.getfield(TAIL_CALL, "refs", OBJECT.arrayType());
                cb.loadConstant(i);
                cb.aload(slot);
                cb.aastore();
            } else {
                cb.getfield(TAIL_CALL, "bits", CD_long.arrayType());
                cb.loadConstant(i);
                cb.loadLocal(k, slot);
                SlotCodec.toBits(cb, k);
                cb.lastore();
            }
            slot += k.slotSize();
        }
        cb.aload(tc);
        cb.aload(fn);
        cb.putfield(TAIL_CALL, "fn", WASM_FUNCTION);
        cb.aload(tc);
        cb.loadConstant(MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, CLASS, "resume", resume));
        cb.putfield(TAIL_CALL, "resume", METHOD_HANDLE);
        dummy(cb, rk);
    }

    /** Returns a zero of the result kind: the value every body above a stash passes down to the entry, unused. */
    static void dummy(CodeBuilder cb, TypeKind rk) {
        switch (rk) {
            case VOID -> cb.return_();
            case INT -> {
                cb.iconst_0();
                cb.ireturn();
            }
            case LONG -> {
                cb.lconst_0();
                cb.lreturn();
            }
            case FLOAT -> {
                cb.fconst_0();
                cb.freturn();
            }
            case DOUBLE -> {
                cb.dconst_0();
                cb.dreturn();
            }
            default -> {
                cb.aconst_null();
                cb.areturn();
            }
        }
    }

    private static void emitResume(CodeBuilder cb, TypeKind[] kinds, TypeKind rk, MethodTypeDesc tail) {
        int tc = 0;
        int fn = 1;
        cb.aload(tc);
        cb.getfield(TAIL_CALL, "fn", WASM_FUNCTION);
        cb.astore(fn);
        cb.aload(tc);
        cb.aconst_null();
        cb.putfield(TAIL_CALL, "fn", WASM_FUNCTION);
        for (int i = 0; i < kinds.length; i++) {
            TypeKind k = kinds[i];
            cb.aload(tc);
            if (k == TypeKind.REFERENCE) {
                cb.loadConstant(i);
                cb.invokevirtual(TAIL_CALL, "takeRef", MethodTypeDesc.of(OBJECT, CD_int));
            } else {
                cb.getfield(TAIL_CALL, "bits", CD_long.arrayType());
                cb.loadConstant(i);
                cb.laload();
                SlotCodec.fromBits(cb, k);
            }
        }
        cb.aload(fn);
        cb.aload(tc);
        cb.iconst_m1();
        cb.invokestatic(CLASS, "tail", tail);
        cb.return_(rk);
    }
}
