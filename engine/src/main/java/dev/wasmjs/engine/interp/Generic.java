package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Numerics;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;

/**
 * Instructions the interpreter runs out of line: less frequent numeric operations, memory access to other
 * memories than a 32-bit memory 0, bulk memory, tables, exceptions. Keeping them here keeps the dispatch loop
 * small enough for the JIT.
 */
final class Generic {
    private static final Opcode[] OPCODES = Opcode.values();

    private Generic() {
    }

    private static float f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static long f32bits(float f) {
        return Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
    }

    private static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long f64bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /**
     * Numeric ops not inlined in the dispatch loop, in register form ({@code dst a} or {@code dst a b} at
     * {@code code[pc]}, frame-relative). Returns the pc after the op.
     */
    static int numeric(int op, long[] s, int fp, int[] code, int pc) {
        int dst = fp + code[pc];
        long a = s[fp + code[pc + 1]];
        long r;
        switch (op) {
            case Op.F32_ABS -> r = a & 0x7FFF_FFFFL;
            case Op.F32_NEG -> r = (a ^ 0x8000_0000L) & 0xFFFF_FFFFL;
            case Op.F32_CEIL -> r = Numerics.f32Ceil((int) a) & 0xFFFFFFFFL;
            case Op.F32_FLOOR -> r = Numerics.f32Floor((int) a) & 0xFFFFFFFFL;
            case Op.F32_TRUNC -> r = Numerics.f32Trunc((int) a) & 0xFFFFFFFFL;
            case Op.F32_NEAREST -> r = Numerics.f32Nearest((int) a) & 0xFFFFFFFFL;
            case Op.F32_SQRT -> r = Numerics.f32Sqrt((int) a) & 0xFFFFFFFFL;
            case Op.F64_CEIL -> r = Numerics.f64Ceil(a);
            case Op.F64_FLOOR -> r = Numerics.f64Floor(a);
            case Op.F64_TRUNC -> r = Numerics.f64Trunc(a);
            case Op.F64_NEAREST -> r = Numerics.f64Nearest(a);
            case Op.I64_CLZ -> r = Long.numberOfLeadingZeros(a);
            case Op.I64_CTZ -> r = Long.numberOfTrailingZeros(a);
            case Op.I64_POPCNT -> r = Long.bitCount(a);
            case Op.I32_POPCNT -> r = Integer.bitCount((int) a);
            case Op.I32_TRUNC_F32_S -> r = Numerics.i32TruncF32S(f32(a));
            case Op.I32_TRUNC_F32_U -> r = Numerics.i32TruncF32U(f32(a));
            case Op.I32_TRUNC_F64_S -> r = Numerics.i32TruncF64S(f64(a));
            case Op.I32_TRUNC_F64_U -> r = Numerics.i32TruncF64U(f64(a));
            case Op.I64_TRUNC_F32_S -> r = Numerics.i64TruncF32S(f32(a));
            case Op.I64_TRUNC_F32_U -> r = Numerics.i64TruncF32U(f32(a));
            case Op.I64_TRUNC_F64_S -> r = Numerics.i64TruncF64S(f64(a));
            case Op.I64_TRUNC_F64_U -> r = Numerics.i64TruncF64U(f64(a));
            case Op.I32_TRUNC_SAT_F32_S -> r = (int) f32(a);
            case Op.I32_TRUNC_SAT_F32_U -> r = Numerics.i32TruncSatF32U(f32(a));
            case Op.I32_TRUNC_SAT_F64_S -> r = (int) f64(a);
            case Op.I32_TRUNC_SAT_F64_U -> r = Numerics.i32TruncSatF64U(f64(a));
            case Op.I64_TRUNC_SAT_F32_S -> r = (long) f32(a);
            case Op.I64_TRUNC_SAT_F32_U -> r = Numerics.i64TruncSatF32U(f32(a));
            case Op.I64_TRUNC_SAT_F64_S -> r = (long) f64(a);
            case Op.I64_TRUNC_SAT_F64_U -> r = Numerics.i64TruncSatF64U(f64(a));
            case Op.F32_CONVERT_I32_S -> r = f32bits((int) a);
            case Op.F32_CONVERT_I32_U -> r = f32bits(a & 0xFFFFFFFFL);
            case Op.F32_CONVERT_I64_S -> r = f32bits(a);
            case Op.F32_CONVERT_I64_U -> r = f32bits(Numerics.f32ConvertI64U(a));
            case Op.F64_CONVERT_I32_U -> r = f64bits(a & 0xFFFFFFFFL);
            case Op.F64_CONVERT_I64_U -> r = f64bits(Numerics.f64ConvertI64U(a));
            case Op.F32_DEMOTE_F64 -> r = Numerics.f32Demote(a) & 0xFFFFFFFFL;
            case Op.F64_PROMOTE_F32 -> r = Numerics.f64Promote((int) a);
            case Op.I32_EXTEND8_S, Op.I64_EXTEND8_S -> r = (byte) a;
            case Op.I32_EXTEND16_S, Op.I64_EXTEND16_S -> r = (short) a;
            case Op.I64_EXTEND32_S -> r = (int) a;
            case Op.I64_REINTERPRET_F64, Op.F64_REINTERPRET_I64 -> r = a;
            default -> {
                s[dst] = binary(op, a, s[fp + code[pc + 2]]);
                return pc + 3;
            }
        }
        s[dst] = r;
        return pc + 2;
    }

    private static long binary(int op, long a, long b) {
        return switch (op) {
            case Op.I64_DIV_S -> Numerics.i64DivS(a, b);
            case Op.I64_DIV_U -> Numerics.i64DivU(a, b);
            case Op.I64_REM_S -> Numerics.i64RemS(a, b);
            case Op.I64_REM_U -> Numerics.i64RemU(a, b);
            case Op.I64_GT_S -> a > b ? 1 : 0;
            case Op.I64_GT_U -> Long.compareUnsigned(a, b) > 0 ? 1 : 0;
            case Op.I64_LE_S -> a <= b ? 1 : 0;
            case Op.I64_LE_U -> Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
            case Op.I64_GE_S -> a >= b ? 1 : 0;
            case Op.I64_GE_U -> Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
            case Op.I32_ROTR -> Integer.rotateRight((int) a, (int) b);
            case Op.I64_ROTL -> Long.rotateLeft(a, (int) b);
            case Op.I64_ROTR -> Long.rotateRight(a, (int) b);
            case Op.F32_EQ -> f32(a) == f32(b) ? 1 : 0;
            case Op.F32_NE -> f32(a) != f32(b) ? 1 : 0;
            case Op.F32_LT -> f32(a) < f32(b) ? 1 : 0;
            case Op.F32_GT -> f32(a) > f32(b) ? 1 : 0;
            case Op.F32_LE -> f32(a) <= f32(b) ? 1 : 0;
            case Op.F32_GE -> f32(a) >= f32(b) ? 1 : 0;
            case Op.F32_MIN -> Numerics.f32Min((int) a, (int) b) & 0xFFFFFFFFL;
            case Op.F32_MAX -> Numerics.f32Max((int) a, (int) b) & 0xFFFFFFFFL;
            case Op.F32_COPYSIGN -> (a & 0x7FFF_FFFFL) | (b & 0x8000_0000L);
            case Op.F64_MIN -> Numerics.f64Min(a, b);
            case Op.F64_MAX -> Numerics.f64Max(a, b);
            case Op.F64_COPYSIGN -> (a & Long.MAX_VALUE) | (b & Long.MIN_VALUE);
            default -> throw new IllegalStateException("interpreter op " + Op.NAMES[op] + " has no implementation");
        };
    }

    static WasmFunction indirectCallee(Instance inst, int typeIndex, int tableIndex, long index) {
        Table table = inst.tables[tableIndex];
        long i = table.type().address64() ? index : index & 0xFFFFFFFFL;
        if (i < 0 || i >= table.size()) {
            throw new Trap("undefined element");
        }
        Object f = table.get(i);
        if (f == null) {
            throw new Trap("uninitialized element " + i);
        }
        WasmFunction fn = (WasmFunction) f;
        DefType expected = inst.types[typeIndex];
        if (fn.type() != expected && !fn.type().isSubtypeOf(expected)) {
            throw new Trap("indirect call type mismatch");
        }
        return fn;
    }

    static WasmFunction refCallee(Object ref) {
        if (ref == null) {
            throw new Trap("null function reference");
        }
        return (WasmFunction) ref;
    }

    private static long address(Memory m, long slot) {
        return m.type().address64() ? slot : slot & 0xFFFFFFFFL;
    }

    private static long tableAddress(Table t, long slot) {
        return t.type().address64() ? slot : slot & 0xFFFFFFFFL;
    }

    /**
     * Runs a {@link Op#GENERIC} op on the operand stack ending at {@code sp} (absolute; from the validator's
     * height): {@code code[pc]} is the wasm opcode's ordinal, then index, index2 and the 64-bit value immediate.
     * Returns the new stack pointer.
     */
    static int execute(int[] code, int pc, ValueStack st, int sp, Instance inst, Code c) {
        Opcode op = OPCODES[code[pc]];
        int index = code[pc + 1];
        int index2 = code[pc + 2];
        long value = (code[pc + 3] & 0xFFFFFFFFL) | ((long) code[pc + 4] << 32);
        long[] s = st.slots;
        Object[] r = st.refs;
        switch (op) {
            case I32_LOAD, I64_LOAD, F32_LOAD, F64_LOAD, I32_LOAD8_S, I32_LOAD8_U, I32_LOAD16_S, I32_LOAD16_U,
                 I64_LOAD8_S, I64_LOAD8_U, I64_LOAD16_S, I64_LOAD16_U, I64_LOAD32_S, I64_LOAD32_U -> {
                Memory m = inst.memories[index2];
                long ea = effectiveAddress(m, s[sp - 1], value);
                s[sp - 1] = switch (op) {
                    case I32_LOAD, I64_LOAD32_S -> m.loadI32(ea);
                    case F32_LOAD, I64_LOAD32_U -> m.loadI32(ea) & 0xFFFFFFFFL;
                    case I64_LOAD, F64_LOAD -> m.loadI64(ea);
                    case I32_LOAD8_S, I64_LOAD8_S -> m.loadI8(ea);
                    case I32_LOAD8_U, I64_LOAD8_U -> m.loadU8(ea);
                    case I32_LOAD16_S, I64_LOAD16_S -> m.loadI16(ea);
                    default -> m.loadU16(ea);
                };
                return sp;
            }
            case I32_STORE, I64_STORE, F32_STORE, F64_STORE, I32_STORE8, I32_STORE16, I64_STORE8, I64_STORE16,
                 I64_STORE32 -> {
                Memory m = inst.memories[index2];
                long v = s[sp - 1];
                long ea = effectiveAddress(m, s[sp - 2], value);
                switch (op) {
                    case I32_STORE, F32_STORE, I64_STORE32 -> m.storeI32(ea, (int) v);
                    case I64_STORE, F64_STORE -> m.storeI64(ea, v);
                    case I32_STORE8, I64_STORE8 -> m.storeI8(ea, (int) v);
                    default -> m.storeI16(ea, (int) v);
                }
                return sp - 2;
            }
            case MEMORY_SIZE -> {
                s[sp] = inst.memories[index].pages();
                return sp + 1;
            }
            case MEMORY_GROW -> {
                Memory m = inst.memories[index];
                long delta = address(m, s[sp - 1]);
                long old = m.grow(delta);
                s[sp - 1] = m.type().address64() ? old : (int) old;
                return sp;
            }
            case MEMORY_FILL -> {
                Memory m = inst.memories[index];
                m.fill(address(m, s[sp - 3]), (int) s[sp - 2], address(m, s[sp - 1]));
                return sp - 3;
            }
            case MEMORY_COPY -> {
                Memory dst = inst.memories[index];
                Memory src = inst.memories[index2];
                boolean len64 = dst.type().address64() && src.type().address64();
                long n = len64 ? s[sp - 1] : s[sp - 1] & 0xFFFFFFFFL;
                Memory.copy(src, address(src, s[sp - 2]), dst, address(dst, s[sp - 3]), n);
                return sp - 3;
            }
            case MEMORY_INIT -> {
                Memory m = inst.memories[index2];
                long n = s[sp - 1] & 0xFFFFFFFFL;
                long from = s[sp - 2] & 0xFFFFFFFFL;
                long dst = address(m, s[sp - 3]);
                int start = inst.dataStart[index];
                int available = inst.dataLength[index];
                if (from > available - n || n < 0) {
                    throw new Trap("out of bounds memory access");
                }
                m.write(dst, inst.module().bytes(), start + from, n, start + available);
                return sp - 3;
            }
            case DATA_DROP -> {
                inst.dropData(index);
                return sp;
            }
            case TABLE_GET -> {
                Table t = inst.tables[index];
                r[sp - 1] = t.get(tableAddress(t, s[sp - 1]));
                return sp;
            }
            case TABLE_SET -> {
                Table t = inst.tables[index];
                t.set(tableAddress(t, s[sp - 2]), r[sp - 1]);
                r[sp - 1] = null;
                return sp - 2;
            }
            case TABLE_SIZE -> {
                s[sp] = inst.tables[index].size();
                r[sp] = null;
                return sp + 1;
            }
            case TABLE_GROW -> {
                Table t = inst.tables[index];
                long old = t.grow(tableAddress(t, s[sp - 1]), r[sp - 2]);
                r[sp - 2] = null;
                s[sp - 2] = t.type().address64() ? old : (int) old;
                return sp - 1;
            }
            case TABLE_FILL -> {
                Table t = inst.tables[index];
                t.fill(tableAddress(t, s[sp - 3]), r[sp - 2], tableAddress(t, s[sp - 1]));
                r[sp - 2] = null;
                return sp - 3;
            }
            case TABLE_COPY -> {
                Table dst = inst.tables[index];
                Table src = inst.tables[index2];
                boolean len64 = dst.type().address64() && src.type().address64();
                long n = len64 ? s[sp - 1] : s[sp - 1] & 0xFFFFFFFFL;
                Table.copy(src, tableAddress(src, s[sp - 2]), dst, tableAddress(dst, s[sp - 3]), n);
                return sp - 3;
            }
            case TABLE_INIT -> {
                Table t = inst.tables[index2];
                t.init(tableAddress(t, s[sp - 3]), inst.elements[index], s[sp - 2] & 0xFFFFFFFFL,
                        s[sp - 1] & 0xFFFFFFFFL);
                return sp - 3;
            }
            case ELEM_DROP -> {
                inst.dropElements(index);
                return sp;
            }
            case REF_EQ -> {
                s[sp - 2] = I31.refEq(r[sp - 2], r[sp - 1]) ? 1 : 0;
                r[sp - 2] = null;
                r[sp - 1] = null;
                return sp - 1;
            }
            case THROW -> {
                Tag tag = inst.tags[index];
                FuncType t = tag.type().funcType();
                int n = t.paramSlots();
                long[] bits = new long[n];
                Object[] refs = new Object[n];
                System.arraycopy(s, sp - n, bits, 0, n);
                System.arraycopy(r, sp - n, refs, 0, n);
                throw new WasmThrow(tag, bits, refs);
            }
            case THROW_REF -> {
                Object exn = r[sp - 1];
                if (exn == null) {
                    throw new Trap("null exception reference");
                }
                throw (WasmThrow) exn;
            }
            default -> {
                if (op.prefix == 0xFB) {
                    return Gc.execute(op, index, index2, value, st, sp, inst, c);
                }
                throw new UnsupportedOperationException("instruction " + op + " is not supported by the interpreter yet");
            }
        }
    }

    /** Address plus static offset; an address beyond any memory (including unsigned overflow) traps. */
    static long effectiveAddress(Memory m, long slot, long offset) {
        if (!m.type().address64()) {
            return (slot & 0xFFFFFFFFL) + offset;
        }
        long ea = slot + offset;
        if (Long.compareUnsigned(ea, slot) < 0 || ea < 0) {
            throw new Trap("out of bounds memory access");
        }
        return ea;
    }
}
