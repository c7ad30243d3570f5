package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Invoker;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of one Exported Function: the JS function webassembly.js generates for the signature converts the
 * arguments (ToInt32, ToNumber, ...) and calls one of these methods, which puts them on the thread's
 * {@link ValueStack} and runs the wasm function. No boxing and no ProxyExecutable: GraalJS calls (and in compiled
 * code inlines) these methods directly.
 *
 * <p>Two paths. Signatures whose parameters are all i32/f32/f64 (at most four) and whose result is none or one
 * such number call {@code v<n>}/{@code i<n>}/{@code d<n>} with the converted numbers as doubles. Everything else
 * pushes each argument ({@code pi/pl/pf/pd/pr}), then calls {@link #call()} (or {@link #callI64()}, whose BigInt
 * result JS reads from the i64 scratch buffer). Pushes write above the stack top; JS converts all arguments before
 * the first push, so no user code runs between the pushes and the call.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class ExportedFunction {
    private static final byte I32 = 0;
    private static final byte F32 = 1;
    private static final byte F64 = 2;

    private final JsRealm realm;
    private final WasmFunction fn;
    private final ValType[] params;
    private final ValType[] results;
    /** For the numeric fast path: I32, F32 or F64 per parameter. */
    private final byte[] numeric;
    private final boolean f32Result;
    private final int frameSlots;
    /** The result of the last numeric fast-path call, read by JS through {@link #ri()} / {@link #rd()}. */
    private long result;

    ExportedFunction(JsRealm realm, WasmFunction fn) {
        this.realm = realm;
        this.fn = fn;
        FuncType type = fn.funcType();
        this.params = type.params().toArray(new ValType[0]);
        this.results = type.results().toArray(new ValType[0]);
        this.numeric = new byte[params.length];
        for (int i = 0; i < params.length; i++) {
            numeric[i] = switch (params[i].kind()) {
                case F32 -> F32;
                case F64 -> F64;
                default -> I32;
            };
        }
        this.f32Result = results.length == 1 && results[0].kind() == ValType.Kind.F32;
        this.frameSlots = Math.max(fn.paramSlots, fn.resultSlots) + 1;
    }

    private long bits(int k, double v) {
        return switch (numeric[k]) {
            case I32 -> JsValues.i32Bits((int) v);
            case F32 -> JsValues.f32Bits(v);
            default -> JsValues.f64Bits(v);
        };
    }

    private double numberResult(long bits) {
        return f32Result ? JsValues.f32(bits) : JsValues.f64(bits);
    }

    private static int enter(ValueStack st, int slots) {
        int base = st.top;
        st.ensure(base + slots);
        return base;
    }

    private void run(ValueStack st, int base) {
        try {
            Invoker.invokeAt(fn, st, base);
        } catch (RuntimeException | StackOverflowError e) {
            throw realm.errors.toJs(e);
        }
    }

    // ---- numeric fast path: no result ----------------------------------------------------------------------

    @HostAccess.Export
    public void v0() {
        ValueStack st = realm.stack();
        run(st, enter(st, frameSlots));
    }

    @HostAccess.Export
    public void v1(double a) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        st.slots[base] = bits(0, a);
        run(st, base);
    }

    @HostAccess.Export
    public void v2(double a, double b) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        run(st, base);
    }

    @HostAccess.Export
    public void v3(double a, double b, double c) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        run(st, base);
    }

    @HostAccess.Export
    public void v4(double a, double b, double c, double d) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        s[base + 3] = bits(3, d);
        run(st, base);
    }

    // ---- numeric fast path: i32 result ---------------------------------------------------------------------

    @HostAccess.Export
    public void i0() {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void i1(double a) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        st.slots[base] = bits(0, a);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void i2(double a, double b) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void i3(double a, double b, double c) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void i4(double a, double b, double c, double d) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        s[base + 3] = bits(3, d);
        run(st, base);
        result = st.slots[base];
    }

    // ---- numeric fast path: f32/f64 result -----------------------------------------------------------------

    @HostAccess.Export
    public void d0() {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void d1(double a) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        st.slots[base] = bits(0, a);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void d2(double a, double b) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void d3(double a, double b, double c) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        run(st, base);
        result = st.slots[base];
    }

    @HostAccess.Export
    public void d4(double a, double b, double c, double d) {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        long[] s = st.slots;
        s[base] = bits(0, a);
        s[base + 1] = bits(1, b);
        s[base + 2] = bits(2, c);
        s[base + 3] = bits(3, d);
        run(st, base);
        result = st.slots[base];
    }

    /** The i32 result of the last {@code i<n>} call. Tiny on purpose: GraalJS inlines it, so the int is not boxed. */
    @HostAccess.Export
    public int ri() {
        return (int) result;
    }

    /** The f32/f64 result of the last {@code d<n>} call. */
    @HostAccess.Export
    public double rd() {
        return numberResult(result);
    }

    // ---- general path: push the arguments, then call -------------------------------------------------------

    private ValueStack pushTarget() {
        ValueStack st = realm.stack();
        st.ensure(st.top + frameSlots);
        return st;
    }

    @HostAccess.Export
    public void pi(int k, int v) {
        ValueStack st = pushTarget();
        st.slots[st.top + k] = JsValues.i32Bits(v);
    }

    @HostAccess.Export
    public void pl(int k, long v) {
        ValueStack st = pushTarget();
        st.slots[st.top + k] = v;
    }

    @HostAccess.Export
    public void pf(int k, double v) {
        ValueStack st = pushTarget();
        st.slots[st.top + k] = JsValues.f32Bits(v);
    }

    @HostAccess.Export
    public void pd(int k, double v) {
        ValueStack st = pushTarget();
        st.slots[st.top + k] = JsValues.f64Bits(v);
    }

    @HostAccess.Export
    public void pr(int k, boolean isNull, Value v) {
        Object ref = realm.values.reference(params[k], isNull, v);
        ValueStack st = pushTarget();
        st.slots[st.top + k] = 0;
        st.refs[st.top + k] = ref;
    }

    /** Runs the function on the pushed arguments; returns undefined, the result, or an array of the results. */
    @HostAccess.Export
    public Object call() {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        run(st, base);
        try {
            if (results.length == 0) {
                return null;
            }
            if (results.length == 1) {
                return realm.values.toJs(results[0], st.slots[base], st.refs[base]);
            }
            Object[] out = new Object[results.length];
            for (int i = 0, slot = base; i < out.length; slot += results[i].slots(), i++) {
                out[i] = realm.values.toJs(results[i], st.slots[slot], st.refs[slot]);
            }
            return realm.array(out);
        } finally {
            java.util.Arrays.fill(st.refs, base, base + frameSlots, null);
        }
    }

    /** Runs the function (one i64 result) and leaves the result in the i64 scratch buffer. */
    @HostAccess.Export
    public void callI64() {
        ValueStack st = realm.stack();
        int base = enter(st, frameSlots);
        run(st, base);
        java.util.Arrays.fill(st.refs, base, base + frameSlots, null);
        realm.i64Scratch.putLong(0, st.slots[base]);
    }
}
