package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Invoker;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of one Exported Function. The JS function webassembly.js generates for the signature converts every
 * argument first (ToInt32, ToBigInt64, ToNumber, ... which may run user code), then calls one method here that runs
 * the wasm function, then reads the result with a getter ({@code ri/rl/rf/rd/rv/rm}).
 *
 * <p>The shapes, chosen by measurement (bench/run.sh): GraalJS inlines a host method into the compiled JS only
 * when the method is small; otherwise it goes through a generic path that boxes arguments and result, which costs
 * more for doubles than for ints. So the call methods are kept small (the work is in {@link Invoker}), return
 * nothing (getters read the result, unboxed), and come in shapes: all-i32 signatures (the common case: pointers and
 * ints) pass ints ({@code cI0..cI6}), other signatures of up to four i32/f32/f64 parameters pass doubles
 * ({@code cD1..cD4}), and everything else sets each argument with a setter ({@code ai/al/af/ad/ar}) before
 * {@link #call()}. Nothing runs between setting arguments and the call, or between the call and reading its
 * results, so nested calls (user code run by a conversion may call this function again) cannot mix them up. No
 * ProxyExecutable anywhere.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class ExportedFunction {
    private final JsRealm realm;
    private final WasmFunction fn;
    private final ValType[] params;
    private final ValType[] results;
    private final int frameSlots;
    /** For {@code cD<n>}: whether parameter k is f32 (else i32 or f64, told apart by {@link #paramIsI32}). */
    private final boolean[] paramIsF32;
    private final boolean[] paramIsI32;
    /** Arguments in slot form, set by the setters, copied to the value stack by {@link #call()}. */
    private final long[] argBits;
    private final Object[] argRefs;
    /** The first result of the last call in slot form, and where on the value stack all its results are. */
    private long result;
    private int resultBase;

    ExportedFunction(JsRealm realm, WasmFunction fn) {
        this.realm = realm;
        this.fn = fn;
        FuncType type = fn.funcType();
        this.params = type.params().toArray(new ValType[0]);
        this.results = type.results().toArray(new ValType[0]);
        this.frameSlots = Math.max(fn.paramSlots, fn.resultSlots) + 1;
        this.paramIsF32 = new boolean[params.length];
        this.paramIsI32 = new boolean[params.length];
        for (int i = 0; i < params.length; i++) {
            paramIsF32[i] = params[i].kind() == ValType.Kind.F32;
            paramIsI32[i] = params[i].kind() == ValType.Kind.I32;
        }
        this.argBits = new long[fn.paramSlots];
        this.argRefs = new Object[fn.paramSlots];
    }

    // ---- arguments (parameter k is slot k: signatures with v128 never get here) ------------------------------

    @HostAccess.Export
    public void ai(int k, int v) {
        argBits[k] = JsValues.i32Bits(v);
    }

    @HostAccess.Export
    public void al(int k, long v) {
        argBits[k] = v;
    }

    @HostAccess.Export
    public void af(int k, double v) {
        argBits[k] = JsValues.f32Bits(v);
    }

    @HostAccess.Export
    public void ad(int k, double v) {
        argBits[k] = JsValues.f64Bits(v);
    }

    @HostAccess.Export
    public void ar(int k, boolean isNull, Value v) {
        argRefs[k] = realm.values.reference(params[k], isNull, v);
    }

    // ---- the call --------------------------------------------------------------------------------------------

    /** Runs the function on the arguments set with the setters; the results are then read with the getters. */
    @HostAccess.Export
    public void call() {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] bits = argBits;
        Object[] refs = argRefs;
        long[] s = st.slots;
        Object[] r = st.refs;
        for (int i = 0; i < bits.length; i++) {
            s[base + i] = bits[i];
            r[base + i] = refs[i];
            refs[i] = null;
        }
        run(st, base);
        // Reference arguments the callee left on the stack would otherwise stay reachable; keep the results.
        for (int i = results.length; i < bits.length; i++) {
            st.refs[base + i] = null;
        }
    }

    private int enter(ValueStack st) {
        int base = st.top;
        st.ensure(base + frameSlots);
        return base;
    }

    /**
     * Runs the function with its arguments at {@code base}. Kept small, like the call methods, so that GraalJS
     * inlines them into the calling JS (which saves boxing); the getters find the results where they are left.
     */
    private void run(ValueStack st, int base) {
        try {
            Invoker.invokeAt(fn, st, base);
        } catch (RuntimeException | StackOverflowError e) {
            throw realm.errors.toJs(e);
        }
        resultBase = base;
        result = st.slots[base];
    }

    // ---- all-i32 parameters --------------------------------------------------------------------------------

    @HostAccess.Export
    public void cI0() {
        ValueStack st = realm.stack();
        run(st, enter(st));
    }

    @HostAccess.Export
    public void cI1(int a) {
        ValueStack st = realm.stack();
        int base = enter(st);
        st.slots[base] = a;
        run(st, base);
    }

    @HostAccess.Export
    public void cI2(int a, int b) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = a;
        s[base + 1] = b;
        run(st, base);
    }

    @HostAccess.Export
    public void cI3(int a, int b, int c) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = a;
        s[base + 1] = b;
        s[base + 2] = c;
        run(st, base);
    }

    @HostAccess.Export
    public void cI4(int a, int b, int c, int d) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = a;
        s[base + 1] = b;
        s[base + 2] = c;
        s[base + 3] = d;
        run(st, base);
    }

    @HostAccess.Export
    public void cI5(int a, int b, int c, int d, int e) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = a;
        s[base + 1] = b;
        s[base + 2] = c;
        s[base + 3] = d;
        s[base + 4] = e;
        run(st, base);
    }

    @HostAccess.Export
    public void cI6(int a, int b, int c, int d, int e, int f) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = a;
        s[base + 1] = b;
        s[base + 2] = c;
        s[base + 3] = d;
        s[base + 4] = e;
        s[base + 5] = f;
        run(st, base);
    }

    // ---- up to four i32/f32/f64 parameters, as doubles -----------------------------------------------------

    private long bits(int k, double v) {
        return paramIsI32[k] ? JsValues.i32Bits((int) v) : paramIsF32[k] ? JsValues.f32Bits(v) : JsValues.f64Bits(v);
    }

    @HostAccess.Export
    public void cD1(double a) {
        ValueStack st = realm.stack();
        int base = enter(st);
        st.slots[base] = bits(0, a);
        run(st, base);
    }

    @HostAccess.Export
    public void cD2(double a, double b) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        run(st, base);
    }

    @HostAccess.Export
    public void cD3(double a, double b, double c) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        run(st, base);
    }

    @HostAccess.Export
    public void cD4(double a, double b, double c, double d) {
        ValueStack st = realm.stack();
        int base = enter(st);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        s[base + 3] = bits(3, d);
        run(st, base);
    }

    // ---- results ---------------------------------------------------------------------------------------------

    @HostAccess.Export
    public int ri() {
        return (int) result;
    }

    /** The i64 result, through the i64 scratch buffer (JS reads it as a BigInt). */
    @HostAccess.Export
    public void rl() {
        realm.i64Scratch.putLong(0, result);
    }

    @HostAccess.Export
    public double rf() {
        return JsValues.f32(result);
    }

    @HostAccess.Export
    public double rd() {
        return JsValues.f64(result);
    }

    /** The single reference result, as its JS value. */
    @HostAccess.Export
    public Object rv() {
        ValueStack st = realm.stack();
        Object ref = st.refs[resultBase];
        st.refs[resultBase] = null;
        return realm.values.toJs(results[0], result, ref);
    }

    /** All results (two or more), as a JS array. */
    @HostAccess.Export
    public Object rm() {
        ValueStack st = realm.stack();
        Object[] out = new Object[results.length];
        for (int i = 0, slot = resultBase; i < out.length; slot += results[i].slots(), i++) {
            Object ref = st.refs[slot];
            st.refs[slot] = null;
            out[i] = realm.values.toJs(results[i], st.slots[slot], ref);
        }
        return realm.array(out);
    }
}
