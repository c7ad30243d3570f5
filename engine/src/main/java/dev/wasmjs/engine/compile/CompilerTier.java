package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.interp.InterpreterTier;
import dev.wasmjs.engine.runtime.ExecutionTier;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.FunctionBody;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.engine.validate.ModuleContext;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiling execution tier of one module: functions start on the interpreter and are compiled to JVM
 * bytecode lazily, a group of neighbouring functions per hidden class (see {@link GroupCompiler}). Compiled code
 * depends only on the module, so it is shared by all its instances, which are passed to it as an argument.
 *
 * <p>Calls between compiled functions of the same class are {@code invokestatic}; calls to functions in other
 * classes go through one {@link MutableCallSite} per callee that points at the compiled method once it exists
 * (HotSpot inlines through it and deoptimises when it changes).
 */
public final class CompilerTier implements ExecutionTier {
    /** Wasm code bytes per generated class: keeps classes well inside constant-pool limits and compile pauses short. */
    static final int GROUP_CODE_BYTES = 32 * 1024;
    static final int GROUP_MAX_FUNCTIONS = 256;

    private static final MethodHandle FUNCTION_OF_INSTANCE;

    static {
        try {
            FUNCTION_OF_INSTANCE = MethodHandles.lookup().findStatic(Support.class, "function",
                    MethodType.methodType(WasmFunction.class, Instance.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A compiled function: its class's dispatcher and its static method (params..., Instance) → results. */
    record Entry(CompiledGroup group, MethodHandle method, MethodHandle tailBody) {
        MethodHandle boundTo(Instance instance) {
            return MethodHandles.insertArguments(method, method.type().parameterCount() - 1, instance);
        }

        /** The tail-calling body (params, Instance, TailCall, int) bound to {@code instance}, or null. */
        MethodHandle tailBodyBoundTo(Instance instance) {
            return tailBody == null ? null
                    : MethodHandles.insertArguments(tailBody, tailBody.type().parameterCount() - 3, instance);
        }
    }

    private static final Object REJECTED = new Object();

    private final ModuleContext context;
    private final Module module;
    private final InterpreterTier interpreter;
    private final int threshold;
    private final boolean strict;
    private final int[] groupStart;
    private final int[] groupOf;
    /** Per function index: null (not compiled yet), an {@link Entry}, or {@link #REJECTED}. */
    private final Object[] entries;
    private final MutableCallSite[] callSites;
    private final Map<Integer, String> rejections = Collections.synchronizedMap(new LinkedHashMap<>());
    private long compileNanos;
    private int classesDefined;

    /**
     * @param mode {@link ExecutionMode#COMPILE} (compile on first call) or {@link ExecutionMode#AUTO}
     */
    public CompilerTier(ModuleContext context, ExecutionMode mode) {
        this.context = context;
        this.module = context.module();
        this.interpreter = new InterpreterTier(context);
        this.threshold = mode == ExecutionMode.COMPILE ? 0 : ExecutionMode.autoThreshold();
        this.strict = Boolean.getBoolean("wasmjs.compile.strict");
        int total = module.functionTypes().size();
        this.entries = new Object[total];
        this.callSites = new MutableCallSite[total];
        this.groupOf = new int[total];
        List<Integer> starts = new ArrayList<>();
        int imported = module.importedFunctionCount();
        int bytes = 0;
        int count = 0;
        for (int f = imported; f < total; f++) {
            FunctionBody body = module.bodies().get(f - imported);
            int size = body.codeEnd() - body.codeStart();
            if (starts.isEmpty() || count >= GROUP_MAX_FUNCTIONS || (count > 0 && bytes + size > GROUP_CODE_BYTES)) {
                starts.add(f);
                bytes = 0;
                count = 0;
            }
            bytes += size;
            count++;
            groupOf[f] = starts.size() - 1;
        }
        starts.add(total);
        this.groupStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    ModuleContext context() {
        return context;
    }

    int threshold() {
        return threshold;
    }

    @Override
    public WasmFunction function(Instance instance, int funcIndex) {
        WasmFunction interpreted = interpreter.function(instance, funcIndex);
        return new TieredFunction(this, instance, funcIndex, interpreted);
    }

    @Override
    public void evaluate(Instance instance, ConstExpr.Code expr, ValType type, ValueStack stack, int base) {
        interpreter.evaluate(instance, expr, type, stack, base);
    }

    boolean isCompiled(int funcIndex) {
        return entries[funcIndex] instanceof Entry;
    }

    /** The compiled code of {@code funcIndex}, compiling its group first if needed; null when it is not compiled. */
    synchronized Entry entry(int funcIndex) {
        if (entries[funcIndex] == null) {
            compileGroup(groupOf[funcIndex]);
        }
        return entries[funcIndex] instanceof Entry e ? e : null;
    }

    /** The call site for direct calls to {@code funcIndex} from compiled code of another class. */
    synchronized CallSite callSite(int funcIndex, MethodType type) {
        Object e = entries[funcIndex];
        if (e instanceof Entry entry) {
            return new ConstantCallSite(entry.method());
        }
        MethodHandle bridge = bridge(funcIndex, type);
        if (e == REJECTED) {
            return new ConstantCallSite(bridge);
        }
        MutableCallSite site = callSites[funcIndex];
        if (site == null) {
            site = new MutableCallSite(bridge);
            callSites[funcIndex] = site;
        }
        return site;
    }

    /** (params..., Instance) → results: calls {@code instance.functions[funcIndex]} through its function object. */
    private MethodHandle bridge(int funcIndex, MethodType type) {
        FuncType ft = module.functionTypes().get(funcIndex).funcType();
        int n = type.parameterCount() - 1;
        MethodHandle any = CallAdapters.callAny(type.changeParameterType(n, WasmFunction.class), ft.resultSlots());
        return MethodHandles.filterArguments(any, n, MethodHandles.insertArguments(FUNCTION_OF_INSTANCE, 1, funcIndex));
    }

    private void compileGroup(int group) {
        int from = groupStart[group];
        int to = groupStart[group + 1];
        List<Integer> todo = new ArrayList<>();
        for (int f = from; f < to; f++) {
            if (entries[f] == null) {
                todo.add(f);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        GroupCompiler.Result r = GroupCompiler.compile(this, todo.stream().mapToInt(Integer::intValue).toArray(),
                strict);
        compileNanos += System.nanoTime() - start;
        if (r.group() != null) {
            classesDefined++;
        }
        List<MutableCallSite> changed = new ArrayList<>();
        for (Map.Entry<Integer, MethodHandle> m : r.methods().entrySet()) {
            int f = m.getKey();
            entries[f] = new Entry(r.group(), m.getValue(), r.tailBodies().get(f));
            if (callSites[f] != null) {
                callSites[f].setTarget(m.getValue());
                changed.add(callSites[f]);
                callSites[f] = null;
            }
        }
        for (Map.Entry<Integer, String> rej : r.rejected().entrySet()) {
            entries[rej.getKey()] = REJECTED;
            rejections.put(rej.getKey(), rej.getValue());
            if (Boolean.getBoolean("wasmjs.compile.verbose")) {
                System.err.println("wasmjs: function " + rej.getKey() + " stays interpreted: " + rej.getValue());
            }
        }
        if (!changed.isEmpty()) {
            MutableCallSite.syncAll(changed.toArray(new MutableCallSite[0]));
        }
    }

    /** Functions left to the interpreter so far, with the reason (for diagnostics and tests). */
    public Map<Integer, String> rejections() {
        synchronized (rejections) {
            return new LinkedHashMap<>(rejections);
        }
    }

    /** Time spent generating and defining classes so far, in nanoseconds. */
    public synchronized long compileNanos() {
        return compileNanos;
    }

    public synchronized int classesDefined() {
        return classesDefined;
    }
}
