package dev.wasmjs.engine.compile;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Bootstrap methods of the {@code invokedynamic} call sites in generated code. A generated class carries its
 * module's {@link CompilerTier} as class data, so a call site can find the module's per-function call sites.
 */
public final class Linkage {
    private Linkage() {
    }

    /**
     * A direct call to defined function {@code funcIndex} of the caller's module, in another generated class:
     * linked to the compiled method, or (until it is compiled) to an adapter that runs it through its function
     * object; the target switches when the callee's class is compiled.
     */
    public static CallSite direct(MethodHandles.Lookup caller, String name, MethodType type, int funcIndex)
            throws IllegalAccessException {
        CompilerTier tier = MethodHandles.classData(caller, ConstantDescs.DEFAULT_NAME, CompilerTier.class);
        return tier.callSite(funcIndex, type);
    }

    /** A dynamic constant: the module's (canonical) defined type {@code typeIndex}. */
    public static dev.wasmjs.engine.types.DefType type(MethodHandles.Lookup caller, String name, Class<?> type,
            int typeIndex) throws IllegalAccessException {
        CompilerTier tier = MethodHandles.classData(caller, ConstantDescs.DEFAULT_NAME, CompilerTier.class);
        return tier.context().module().types().get(typeIndex);
    }

    /**
     * A tail-call adapter ({@link TailAdapters}): {@code name} is "tail" (type: params, WasmFunction, TailCall, int)
     * or "stash" (params, WasmFunction, TailCall).
     */
    public static CallSite tail(MethodHandles.Lookup caller, String name, MethodType type, int resultSlots) {
        int extra = name.equals("tail") ? 3 : 2;
        int n = type.parameterCount();
        MethodType signature = type.dropParameterTypes(n - extra, n);
        return new ConstantCallSite(TailAdapters.adapter(signature, resultSlots, name));
    }

    /** A call of a function object on top of the arguments: see {@link CallAdapters}. */
    public static CallSite any(MethodHandles.Lookup caller, String name, MethodType type, int resultSlots) {
        return new ConstantCallSite(CallAdapters.callAny(type, resultSlots));
    }
}
