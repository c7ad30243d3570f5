package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmStruct;
import dev.wasmjs.engine.types.DefType;

/**
 * Static helpers that compiled GC code calls (see {@link GcEmitter}): null checks with the spec's trap messages,
 * allocation of arrays with their initial contents, and type tests specialised by what the validator knows of the
 * target (a struct, array or function type, or an abstract heap type), so each test is one or two instanceof checks
 * and, for a concrete type, an identity comparison before any walk up the supertype chain.
 *
 * <p>Test methods return a wasm boolean (1 or 0) and take whether null passes.
 */
public final class GcSupport {
    private GcSupport() {
    }

    // ---- null checks ----------------------------------------------------------------------------------------

    public static WasmStruct struct(Object ref) {
        if (ref == null) {
            throw new Trap("null structure reference");
        }
        return (WasmStruct) ref;
    }

    public static WasmArray array(Object ref) {
        if (ref == null) {
            throw new Trap("null array reference");
        }
        return (WasmArray) ref;
    }

    public static I31 i31(Object ref) {
        if (ref == null) {
            throw new Trap("null i31 reference");
        }
        return (I31) ref;
    }

    public static Trap castFailure() {
        return new Trap("cast failure");
    }

    // ---- arrays -----------------------------------------------------------------------------------------------

    /** {@code array.new}: {@code length} copies of the value in slot form ({@code low}/{@code high}, or {@code ref}). */
    public static WasmArray arrayNew(long low, long high, Object ref, int length, DefType type) {
        long n = Integer.toUnsignedLong(length);
        WasmArray a = WasmArray.allocate(type, n);
        a.fill(0, low, high, ref, n);
        return a;
    }

    public static WasmArray arrayNewDefault(int length, DefType type) {
        return WasmArray.allocate(type, Integer.toUnsignedLong(length));
    }

    public static WasmArray arrayNewData(int from, int length, DefType type, Instance inst, int segment) {
        long n = Integer.toUnsignedLong(length);
        long f = Integer.toUnsignedLong(from);
        int elementBytes = WasmArray.elementBytes(WasmArray.kindOf(type.arrayType().element().storage()));
        checkData(inst, segment, f, n * elementBytes);
        WasmArray a = WasmArray.allocate(type, n);
        a.initFromBytes(0, inst.module().bytes(), inst.dataStart[segment] + (int) f, n);
        return a;
    }

    public static WasmArray arrayNewElem(int from, int length, DefType type, Instance inst, int segment) {
        long n = Integer.toUnsignedLong(length);
        long f = Integer.toUnsignedLong(from);
        if (f + n > inst.elements[segment].length) {
            throw new Trap("out of bounds table access");
        }
        WasmArray a = WasmArray.allocate(type, n);
        a.initFromRefs(0, inst.elements[segment], f, n);
        return a;
    }

    public static void arrayFill(Object ref, int offset, long low, long high, Object value, int length) {
        array(ref).fill(Integer.toUnsignedLong(offset), low, high, value, Integer.toUnsignedLong(length));
    }

    public static void arrayCopy(Object dst, int dstOffset, Object src, int srcOffset, int length) {
        WasmArray d = array(dst);
        WasmArray s = array(src);
        WasmArray.copy(d, Integer.toUnsignedLong(dstOffset), s, Integer.toUnsignedLong(srcOffset),
                Integer.toUnsignedLong(length));
    }

    public static void arrayInitData(Object ref, int dst, int from, int length, Instance inst, int segment) {
        WasmArray a = array(ref);
        long d = Integer.toUnsignedLong(dst);
        long n = Integer.toUnsignedLong(length);
        long f = Integer.toUnsignedLong(from);
        a.checkRange(d, n);
        checkData(inst, segment, f, n * a.elementBytes());
        a.initFromBytes(d, inst.module().bytes(), inst.dataStart[segment] + (int) f, n);
    }

    public static void arrayInitElem(Object ref, int dst, int from, int length, Instance inst, int segment) {
        WasmArray a = array(ref);
        long d = Integer.toUnsignedLong(dst);
        long n = Integer.toUnsignedLong(length);
        a.checkRange(d, n);
        a.initFromRefs(d, inst.elements[segment], Integer.toUnsignedLong(from), n);
    }

    private static void checkData(Instance inst, int segment, long from, long bytes) {
        if (from + bytes > inst.dataLength[segment]) {
            throw new Trap("out of bounds memory access");
        }
    }

    public static long v128(WasmArray a, int i, int half) {
        return a.getV128(Integer.toUnsignedLong(i), half);
    }

    public static void setV128(WasmArray a, int i, long low, long high) {
        a.setV128(Integer.toUnsignedLong(i), low, high);
    }

    // ---- type tests -------------------------------------------------------------------------------------------

    public static int testStructType(Object ref, DefType t, boolean nullable) {
        if (ref instanceof WasmStruct s) {
            return s.type == t || s.type.isSubtypeOf(t) ? 1 : 0;
        }
        return ref == null && nullable ? 1 : 0;
    }

    public static int testArrayType(Object ref, DefType t, boolean nullable) {
        if (ref instanceof WasmArray a) {
            return a.type == t || a.type.isSubtypeOf(t) ? 1 : 0;
        }
        return ref == null && nullable ? 1 : 0;
    }

    public static int testFuncType(Object ref, DefType t, boolean nullable) {
        if (ref instanceof WasmFunction f) {
            return f.type() == t || f.type().isSubtypeOf(t) ? 1 : 0;
        }
        return ref == null && nullable ? 1 : 0;
    }

    /** Tops ({@code any}, {@code func}, {@code extern}, {@code exn}): every non-null value of the hierarchy. */
    public static int testTop(Object ref, boolean nullable) {
        return ref != null || nullable ? 1 : 0;
    }

    /** Bottoms ({@code none}, ...): only null. */
    public static int testBottom(Object ref, boolean nullable) {
        return ref == null && nullable ? 1 : 0;
    }

    public static int testEq(Object ref, boolean nullable) {
        return ref instanceof WasmStruct || ref instanceof WasmArray || ref instanceof I31 || ref == null && nullable
                ? 1 : 0;
    }

    public static int testI31(Object ref, boolean nullable) {
        return ref instanceof I31 || ref == null && nullable ? 1 : 0;
    }

    public static int testStruct(Object ref, boolean nullable) {
        return ref instanceof WasmStruct || ref == null && nullable ? 1 : 0;
    }

    public static int testArray(Object ref, boolean nullable) {
        return ref instanceof WasmArray || ref == null && nullable ? 1 : 0;
    }
}
