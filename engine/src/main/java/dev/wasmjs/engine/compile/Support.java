package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Numerics;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.types.DefType;

/**
 * Static helpers that generated code calls for everything that is more than a bytecode or two. They are small so
 * HotSpot inlines them into the compiled wasm function; keeping the logic here (and in {@link Memory},
 * {@link Numerics}, {@link Table}) means generated code stays short and no semantics are duplicated.
 *
 * <p>Operand order follows the wasm operand stack, with immediates and context objects pushed last.
 */
public final class Support {
    private Support() {
    }

    // ---- memory (32-bit addresses: the operand is unsigned) ---------------------------------------------

    public static int loadI32(int addr, long offset, Memory m) {
        return m.loadI32(addr, offset);
    }

    public static long loadI64(int addr, long offset, Memory m) {
        return m.loadI64(addr, offset);
    }

    public static float loadF32(int addr, long offset, Memory m) {
        return Float.intBitsToFloat(m.loadI32(addr, offset));
    }

    public static double loadF64(int addr, long offset, Memory m) {
        return Double.longBitsToDouble(m.loadI64(addr, offset));
    }

    public static int loadI8(int addr, long offset, Memory m) {
        return m.loadI8(addr, offset);
    }

    public static int loadU8(int addr, long offset, Memory m) {
        return m.loadU8(addr, offset);
    }

    public static int loadI16(int addr, long offset, Memory m) {
        return m.loadI16(addr, offset);
    }

    public static int loadU16(int addr, long offset, Memory m) {
        return m.loadU16(addr, offset);
    }

    public static void storeI32(int addr, int v, long offset, Memory m) {
        m.storeI32(addr, offset, v);
    }

    public static void storeI64(int addr, long v, long offset, Memory m) {
        m.storeI64(addr, offset, v);
    }

    public static void storeF32(int addr, float v, long offset, Memory m) {
        m.storeI32(addr, offset, Float.floatToRawIntBits(v));
    }

    public static void storeF64(int addr, double v, long offset, Memory m) {
        m.storeI64(addr, offset, Double.doubleToRawLongBits(v));
    }

    public static void storeI8(int addr, int v, long offset, Memory m) {
        m.storeI8(addr, offset, v);
    }

    public static void storeI16(int addr, int v, long offset, Memory m) {
        m.storeI16(addr, offset, v);
    }

    // ---- memory64: the address is a u64; address + offset beyond 2^63 is out of bounds for any memory --------

    public static long ea64(long addr, long offset) {
        long ea = addr + offset;
        if (Long.compareUnsigned(ea, addr) < 0 || ea < 0) {
            throw new Trap("out of bounds memory access");
        }
        return ea;
    }

    public static int loadI32(long addr, long offset, Memory m) {
        return m.loadI32(ea64(addr, offset));
    }

    public static long loadI64(long addr, long offset, Memory m) {
        return m.loadI64(ea64(addr, offset));
    }

    public static float loadF32(long addr, long offset, Memory m) {
        return Float.intBitsToFloat(m.loadI32(ea64(addr, offset)));
    }

    public static double loadF64(long addr, long offset, Memory m) {
        return Double.longBitsToDouble(m.loadI64(ea64(addr, offset)));
    }

    public static int loadI8(long addr, long offset, Memory m) {
        return m.loadI8(ea64(addr, offset));
    }

    public static int loadU8(long addr, long offset, Memory m) {
        return m.loadU8(ea64(addr, offset));
    }

    public static int loadI16(long addr, long offset, Memory m) {
        return m.loadI16(ea64(addr, offset));
    }

    public static int loadU16(long addr, long offset, Memory m) {
        return m.loadU16(ea64(addr, offset));
    }

    public static void storeI32(long addr, int v, long offset, Memory m) {
        m.storeI32(ea64(addr, offset), v);
    }

    public static void storeI64(long addr, long v, long offset, Memory m) {
        m.storeI64(ea64(addr, offset), v);
    }

    public static void storeF32(long addr, float v, long offset, Memory m) {
        m.storeI32(ea64(addr, offset), Float.floatToRawIntBits(v));
    }

    public static void storeF64(long addr, double v, long offset, Memory m) {
        m.storeI64(ea64(addr, offset), Double.doubleToRawLongBits(v));
    }

    public static void storeI8(long addr, int v, long offset, Memory m) {
        m.storeI8(ea64(addr, offset), v);
    }

    public static void storeI16(long addr, int v, long offset, Memory m) {
        m.storeI16(ea64(addr, offset), v);
    }

    // ---- memory instructions ----------------------------------------------------------------------------

    public static int memorySize(Memory m) {
        return (int) m.pages();
    }

    public static long memorySize64(Memory m) {
        return m.pages();
    }

    public static int memoryGrow(int delta, Memory m) {
        return (int) m.grow(Integer.toUnsignedLong(delta));
    }

    public static long memoryGrow64(long delta, Memory m) {
        return m.grow(delta);
    }

    public static void memoryFill(int dst, int value, int length, Memory m) {
        m.fill(Integer.toUnsignedLong(dst), value, Integer.toUnsignedLong(length));
    }

    public static void memoryFill64(long dst, int value, long length, Memory m) {
        m.fill(dst, value, length);
    }

    /** memory.copy with each operand already widened to an unsigned long by the caller's address type. */
    public static void memoryCopy(long dst, long src, long length, Memory dstMem, Memory srcMem) {
        Memory.copy(srcMem, src, dstMem, dst, length);
    }

    public static void memoryInit(long dst, int from, int length, Instance inst, int dataIndex, int memoryIndex) {
        long n = Integer.toUnsignedLong(length);
        long f = Integer.toUnsignedLong(from);
        int start = inst.dataStart[dataIndex];
        int available = inst.dataLength[dataIndex];
        if (f > available - n) {
            throw new Trap("out of bounds memory access");
        }
        inst.memories[memoryIndex].write(dst, inst.module().bytes(), start + f, n, start + available);
    }

    public static void dataDrop(Instance inst, int dataIndex) {
        inst.dropData(dataIndex);
    }

    // ---- tables -----------------------------------------------------------------------------------------

    public static Object tableGet(long index, Instance inst, int tableIndex) {
        return inst.tables[tableIndex].get(index);
    }

    public static void tableSet(long index, Object value, Instance inst, int tableIndex) {
        inst.tables[tableIndex].set(index, value);
    }

    public static long tableSize(Instance inst, int tableIndex) {
        return inst.tables[tableIndex].size();
    }

    public static long tableGrow(Object init, long delta, Instance inst, int tableIndex) {
        return inst.tables[tableIndex].grow(delta, init);
    }

    public static void tableFill(long offset, Object value, long length, Instance inst, int tableIndex) {
        inst.tables[tableIndex].fill(offset, value, length);
    }

    public static void tableCopy(long dst, long src, long length, Instance inst, int dstTable, int srcTable) {
        Table.copy(inst.tables[srcTable], src, inst.tables[dstTable], dst, length);
    }

    public static void tableInit(long dst, int from, int length, Instance inst, int elemIndex, int tableIndex) {
        inst.tables[tableIndex].init(dst, inst.elements[elemIndex], Integer.toUnsignedLong(from),
                Integer.toUnsignedLong(length));
    }

    public static void elemDrop(Instance inst, int elemIndex) {
        inst.dropElements(elemIndex);
    }

    // ---- calls ------------------------------------------------------------------------------------------

    /**
     * The callee of {@code call_indirect}: bounds, null and signature checks. The signature check is one
     * reference comparison of canonical types in the common case; only a mismatch looks at subtyping.
     */
    public static WasmFunction indirect(long index, Instance inst, int tableIndex, int typeIndex) {
        Table table = inst.tables[tableIndex];
        if (index < 0 || index >= table.size()) {
            throw new Trap("undefined element");
        }
        Object f = table.get(index);
        if (f == null) {
            throw new Trap("uninitialized element " + index);
        }
        WasmFunction fn = (WasmFunction) f;
        DefType expected = inst.types[typeIndex];
        if (fn.type() != expected && !fn.type().isSubtypeOf(expected)) {
            throw new Trap("indirect call type mismatch");
        }
        return fn;
    }

    public static WasmFunction refCallee(Object ref) {
        if (ref == null) {
            throw new Trap("null function reference");
        }
        return (WasmFunction) ref;
    }

    /** Calls any function through the stack convention, arguments at {@code base} = the stack's top. */
    public static void invokeThroughStack(WasmFunction fn, ValueStack st, int base) {
        fn.invoke(st, base);
    }

    /** For the dispatch method of a generated class: it was asked for a function it does not hold. */
    public static RuntimeException notCompiled(int funcIndex) {
        return new IllegalStateException("function " + funcIndex + " is not compiled in this class");
    }

    public static WasmFunction function(Instance inst, int index) {
        return inst.functions[index];
    }

    // ---- references and exceptions ------------------------------------------------------------------------

    public static Object refAsNonNull(Object ref) {
        if (ref == null) {
            throw new Trap("null reference");
        }
        return ref;
    }

    public static int isNull(Object ref) {
        return ref == null ? 1 : 0;
    }

    public static int refEq(Object a, Object b) {
        return dev.wasmjs.engine.runtime.I31.refEq(a, b) ? 1 : 0;
    }

    public static Trap unreachable() {
        return new Trap("unreachable");
    }

    public static WasmThrow newThrow(Instance inst, int tagIndex, long[] bits, Object[] refs) {
        return new WasmThrow(inst.tags[tagIndex], bits, refs);
    }

    public static Throwable throwRef(Object exn) {
        if (exn == null) {
            return new Trap("null exception reference");
        }
        return (WasmThrow) exn;
    }

    public static boolean tagMatches(WasmThrow ex, Instance inst, int tagIndex) {
        return ex.tag() == inst.tags[tagIndex];
    }

    // ---- SIMD reductions that combine both halves of an i64x2 ------------------------------------------------

    public static int i64x2AllTrue(long lo, long hi) {
        return lo != 0 && hi != 0 ? 1 : 0;
    }

    public static int i64x2Bitmask(long lo, long hi) {
        return (int) (lo >>> 63) | (int) (hi >>> 63) << 1;
    }

    // ---- selects (cond != 0 picks the first operand); small enough to become conditional moves ----------------

    public static int selectI(int a, int b, int cond) {
        return cond != 0 ? a : b;
    }

    public static long selectJ(long a, long b, int cond) {
        return cond != 0 ? a : b;
    }

    public static float selectF(float a, float b, int cond) {
        return cond != 0 ? a : b;
    }

    public static double selectD(double a, double b, int cond) {
        return cond != 0 ? a : b;
    }

    public static Object selectA(Object a, Object b, int cond) {
        return cond != 0 ? a : b;
    }

    // ---- comparisons producing wasm booleans ----------------------------------------------------------------

    public static int eqz(int a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtS(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(int a, int b) {
        return Integer.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leS(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geS(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static int eqz(long a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtS(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(long a, long b) {
        return Long.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leS(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geS(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static int eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(float a, float b) {
        return a >= b ? 1 : 0;
    }

    public static int eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    // ---- integer arithmetic --------------------------------------------------------------------------------

    public static long clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    public static long ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    public static long popcnt(long a) {
        return Long.bitCount(a);
    }

    public static long rotl(long a, long n) {
        return Long.rotateLeft(a, (int) n);
    }

    public static long rotr(long a, long n) {
        return Long.rotateRight(a, (int) n);
    }

    public static long extendU(int a) {
        return Integer.toUnsignedLong(a);
    }

    // ---- floats: bit-level operations keep NaN payloads exactly; the rest reuses the interpreter's Numerics ------

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFF_FFFF);
    }

    public static float neg(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ 0x8000_0000);
    }

    public static float copysign(float a, float b) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(a) & 0x7FFF_FFFF) | (Float.floatToRawIntBits(b) & 0x8000_0000));
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
    }

    public static double neg(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ Long.MIN_VALUE);
    }

    public static double copysign(double a, double b) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & Long.MAX_VALUE)
                | (Double.doubleToRawLongBits(b) & Long.MIN_VALUE));
    }

    public static float ceil(float a) {
        return Float.intBitsToFloat(Numerics.f32Ceil(Float.floatToRawIntBits(a)));
    }

    public static float floor(float a) {
        return Float.intBitsToFloat(Numerics.f32Floor(Float.floatToRawIntBits(a)));
    }

    public static float trunc(float a) {
        return Float.intBitsToFloat(Numerics.f32Trunc(Float.floatToRawIntBits(a)));
    }

    public static float nearest(float a) {
        return Float.intBitsToFloat(Numerics.f32Nearest(Float.floatToRawIntBits(a)));
    }

    public static float sqrt(float a) {
        return Float.intBitsToFloat(Numerics.f32Sqrt(Float.floatToRawIntBits(a)));
    }

    public static float min(float a, float b) {
        return Float.intBitsToFloat(Numerics.f32Min(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
    }

    public static float max(float a, float b) {
        return Float.intBitsToFloat(Numerics.f32Max(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
    }

    public static double ceil(double a) {
        return Double.longBitsToDouble(Numerics.f64Ceil(Double.doubleToRawLongBits(a)));
    }

    public static double floor(double a) {
        return Double.longBitsToDouble(Numerics.f64Floor(Double.doubleToRawLongBits(a)));
    }

    public static double trunc(double a) {
        return Double.longBitsToDouble(Numerics.f64Trunc(Double.doubleToRawLongBits(a)));
    }

    public static double nearest(double a) {
        return Double.longBitsToDouble(Numerics.f64Nearest(Double.doubleToRawLongBits(a)));
    }

    public static double sqrt(double a) {
        double r = Math.sqrt(a);
        // sqrt of a number is a number except below zero; only NaN results need the wasm NaN rules.
        return r == r ? r : Double.longBitsToDouble(Numerics.f64Sqrt(Double.doubleToRawLongBits(a)));
    }

    public static double min(double a, double b) {
        return Double.longBitsToDouble(Numerics.f64Min(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)));
    }

    public static double max(double a, double b) {
        return Double.longBitsToDouble(Numerics.f64Max(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)));
    }

    public static float demote(double a) {
        return Float.intBitsToFloat(Numerics.f32Demote(Double.doubleToRawLongBits(a)));
    }

    public static double promote(float a) {
        return Double.longBitsToDouble(Numerics.f64Promote(Float.floatToRawIntBits(a)));
    }

    public static float f32ConvertU(int a) {
        return (float) Integer.toUnsignedLong(a);
    }

    public static double f64ConvertU(int a) {
        return (double) Integer.toUnsignedLong(a);
    }
}
