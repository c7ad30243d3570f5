package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.INSTANCE;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static dev.wasmjs.engine.compile.JvmTypes.WASM_FUNCTION;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TableType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Calls: direct calls ({@code invokestatic} within the class, an {@code invokedynamic} call site linked to the
 * callee's compiled method otherwise), calls of function objects (imports, {@code call_indirect},
 * {@code call_ref}) through the per-signature {@link CallAdapters}, and tail calls to other functions as
 * {@link TailCall} describes. Arguments are the top operands; results come back on the JVM stack, or in a
 * {@link MultiValue} unpacked into operand locals.
 */
final class CallEmitter {
    private static final DirectMethodHandleDesc BOOTSTRAP_DIRECT = bootstrap("direct");
    private static final DirectMethodHandleDesc BOOTSTRAP_TAIL = bootstrap("tail");
    private static final DirectMethodHandleDesc BOOTSTRAP_ANY = bootstrap("any");

    private static DirectMethodHandleDesc bootstrap(String name) {
        return MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, JvmTypes.desc(Linkage.class), name,
                MethodTypeDesc.of(ConstantDescs.CD_CallSite, ConstantDescs.CD_MethodHandles_Lookup,
                        ConstantDescs.CD_String, ConstantDescs.CD_MethodType, CD_int));
    }

    private final FunctionEmitter e;
    private final CodeBuilder cb;
    private final ClassDesc self;
    private final FunctionEmitter.CallTargets targets;
    private final Module module;
    private final int funcIndex;
    private final boolean tailBody;

    CallEmitter(FunctionEmitter e, CodeBuilder cb, ClassDesc self, FunctionEmitter.CallTargets targets, Module module,
            int funcIndex, boolean tailBody) {
        this.e = e;
        this.cb = cb;
        this.self = self;
        this.targets = targets;
        this.module = module;
        this.funcIndex = funcIndex;
        this.tailBody = tailBody;
    }

    /** A body called too deep on the JVM stack stashes its own call for the entry's trampoline and returns. */
    void tailPrologue() {
        Label run = cb.newLabel();
        e.loadDepth();
        cb.loadConstant(TailCall.LIMIT);
        cb.if_icmple(run);
        FuncType ft = module.functionTypes().get(funcIndex).funcType();
        int slot = 0;
        for (TypeKind k : JvmTypes.slotKinds(ft.params())) {
            cb.loadLocal(k, slot);
            slot += k.slotSize();
        }
        e.loadInstance();
        cb.getfield(INSTANCE, "functions", WASM_FUNCTION.arrayType());
        cb.loadConstant(funcIndex);
        cb.aaload();
        e.loadTailCall();
        cb.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP_TAIL, "stash",
                JvmTypes.methodDesc(ft, WASM_FUNCTION, TailAdapters.TAIL_CALL), ft.resultSlots()));
        cb.return_(TypeKind.from(JvmTypes.returnDesc(ft.results())));
        cb.labelBinding(run);
    }

    // ---- tail calls to other functions (see TailCall) -------------------------------------------------------

    private void requireTailBody() {
        if (!tailBody) {
            throw new IllegalStateException("function " + funcIndex + " makes tail calls but was not compiled as a body");
        }
    }

    private void returnResult() {
        cb.return_(TypeKind.from(JvmTypes.returnDesc(module.functionTypes().get(funcIndex).funcType().results())));
        e.unreachable();
    }

    void tailCall(int callee) {
        requireTailBody();
        FuncType ft = module.functionTypes().get(callee).funcType();
        e.need(ft.paramSlots());
        e.popN(ft.paramSlots());
        boolean defined = callee >= module.importedFunctionCount();
        if (defined && targets.inThisClass(callee) && !e.inTryBody()) {
            e.loadInstance();
            if (targets.makesTailCalls(callee)) {
                e.loadTailCall();
                e.loadDepth();
                cb.iconst_1();
                cb.iadd();
                cb.invokestatic(self, GroupCompiler.bodyName(callee), JvmTypes.tailBodyDesc(ft));
            } else {
                // A function without tail calls of its own cannot lengthen the chain: an ordinary call.
                cb.invokestatic(self, GroupCompiler.methodName(callee), JvmTypes.functionDesc(ft));
            }
            returnResult();
            return;
        }
        e.loadInstance();
        cb.getfield(INSTANCE, "functions", WASM_FUNCTION.arrayType());
        cb.loadConstant(callee);
        cb.aaload();
        tailThroughAdapter(ft);
    }

    void tailCallIndirect(int typeIndex, int tableIndex) {
        requireTailBody();
        FuncType ft = module.types().get(typeIndex).funcType();
        e.need(ft.paramSlots() + 1);
        e.popN(ft.paramSlots() + 1);
        if (!module.tableTypes().get(tableIndex).address64()) {
            e.support("extendU", CD_long, CD_int);
        }
        e.loadInstance();
        cb.loadConstant(tableIndex);
        cb.loadConstant(typeIndex);
        e.support("indirect", WASM_FUNCTION, CD_long, INSTANCE, CD_int, CD_int);
        tailThroughAdapter(ft);
    }

    void tailCallRef(int typeIndex) {
        requireTailBody();
        FuncType ft = module.types().get(typeIndex).funcType();
        e.need(ft.paramSlots() + 1);
        e.popN(ft.paramSlots() + 1);
        e.support("refCallee", WASM_FUNCTION, OBJECT);
        tailThroughAdapter(ft);
    }

    /** With the arguments and the callee on the JVM stack: the tail call through the signature's adapter. */
    private void tailThroughAdapter(FuncType ft) {
        e.loadTailCall();
        if (e.inTryBody()) {
            cb.loadConstant(TailCall.LIMIT);
        } else {
            e.loadDepth();
        }
        cb.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP_TAIL, "tail",
                JvmTypes.methodDesc(ft, WASM_FUNCTION, TailAdapters.TAIL_CALL, CD_int), ft.resultSlots()));
        returnResult();
    }

    // ---- calls --------------------------------------------------------------------------------------------

    void call(int callee) {
        FuncType ft = module.functionTypes().get(callee).funcType();
        prepareArguments(ft);
        if (callee < module.importedFunctionCount()) {
            e.loadInstance();
            cb.getfield(INSTANCE, "functions", WASM_FUNCTION.arrayType());
            cb.loadConstant(callee);
            cb.aaload();
            invokeAny(ft);
        } else if (targets.inThisClass(callee)) {
            e.loadInstance();
            cb.invokestatic(self, GroupCompiler.methodName(callee), JvmTypes.functionDesc(ft));
        } else {
            e.loadInstance();
            cb.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP_DIRECT, "call", JvmTypes.functionDesc(ft), callee));
        }
        takeResults(ft);
    }

    void callIndirect(int typeIndex, int tableIndex) {
        FuncType ft = module.types().get(typeIndex).funcType();
        TableType table = module.tableTypes().get(tableIndex);
        int n = ft.paramSlots();
        if (JvmTypes.multiValue(ft.results())) {
            e.spillAll();
        }
        e.need(n + 1);
        if (!table.address64()) {
            e.support("extendU", CD_long, CD_int);
        }
        e.loadInstance();
        cb.loadConstant(tableIndex);
        cb.loadConstant(typeIndex);
        e.support("indirect", WASM_FUNCTION, CD_long, INSTANCE, CD_int, CD_int);
        e.popN(1);
        invokeAny(ft);
        takeResults(ft);
    }

    void callRef(int typeIndex) {
        FuncType ft = module.types().get(typeIndex).funcType();
        int n = ft.paramSlots();
        if (JvmTypes.multiValue(ft.results())) {
            e.spillAll();
        }
        e.need(n + 1);
        e.support("refCallee", WASM_FUNCTION, OBJECT);
        e.popN(1);
        invokeAny(ft);
        takeResults(ft);
    }

    /** Calls the WasmFunction on top of the JVM stack (above its arguments), whatever it is. */
    private void invokeAny(FuncType ft) {
        cb.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP_ANY, "callAny", JvmTypes.methodDesc(ft, WASM_FUNCTION),
                ft.resultSlots()));
    }

    /** Arguments on the JVM stack; for several results, nothing else is (they are stored to locals afterwards). */
    private void prepareArguments(FuncType ft) {
        if (JvmTypes.multiValue(ft.results())) {
            e.spillAll();
        }
        e.need(ft.paramSlots());
    }

    private void takeResults(FuncType ft) {
        e.popN(ft.paramSlots());
        TypeKind[] results = JvmTypes.slotKinds(ft.results());
        if (results.length <= 1) {
            for (TypeKind k : results) {
                e.push(k);
            }
            return;
        }
        // A MultiValue on the JVM stack, nothing below it: unpack into the result slots.
        int h = e.sp();
        for (int i = 0; i < results.length; i++) {
            TypeKind k = results[i];
            if (i < results.length - 1) {
                cb.dup();
            }
            if (k == TypeKind.REFERENCE) {
                cb.getfield(JvmTypes.MULTI_VALUE, "refs", OBJECT.arrayType());
                cb.loadConstant(i);
                cb.aaload();
            } else {
                cb.getfield(JvmTypes.MULTI_VALUE, "bits", CD_long.arrayType());
                cb.loadConstant(i);
                cb.laload();
                SlotCodec.fromBits(cb, k);
            }
            // Below the value sits the MultiValue (if more results follow): store the value under it.
            cb.storeLocal(k, e.slot(h + i, k));
        }
        for (TypeKind k : results) {
            e.push(k);
        }
        e.allSpilled();
    }
}
