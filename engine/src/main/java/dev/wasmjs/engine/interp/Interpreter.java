package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Numerics;
import dev.wasmjs.engine.runtime.StackExhausted;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;

/**
 * The dispatch loop: one {@code switch} over pre-translated {@link Op}s per executed op, values in the thread's
 * {@link ValueStack} (numbers as raw 64-bit slots, references in the parallel object array). Ops name the frame
 * slots they read and write (see {@link CodeBuilder}), so there is no operand-stack pointer to maintain.
 *
 * <p>The loop method must stay below HotSpot's 8000-byte limit for JIT compilation, so only frequent
 * instructions are handled inline; the rest go through {@link Op#GENERIC} to {@link Generic} (and rarer numeric
 * ops to {@link Generic#numeric}).
 * A wasm call is a Java call of {@link #execute}; call depth is bounded by {@link ValueStack#MAX_DEPTH}.
 */
final class Interpreter {
    private Interpreter() {
    }

    static void execute(ValueStack st, InterpretedFunction fn, int fp) {
        if (++st.depth > ValueStack.MAX_DEPTH) {
            st.depth--;
            throw new StackExhausted();
        }
        try {
            run(st, fn, fp);
        } catch (StackOverflowError e) {
            throw new StackExhausted();
        } finally {
            st.depth--;
        }
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

    private static long addr(long slot, int offset) {
        return (slot & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
    }

    /**
     * Runs {@code fn} with its frame at {@code fp}. Operands are frame slots named by the op ({@code fp + code[..]}),
     * so the loop keeps only {@code pc} and {@code fp}; the value arrays are re-read after anything that may grow
     * the stack (calls and out-of-line ops). {@code pc} stays at the op's start until it is done, so an exception
     * is matched against handlers by the position of the op that threw it.
     *
     * <p>Every op's first three immediates are read before the switch, into x, y and z: one uniform decode rather
     * than per-case {@code code[pc + k]} reads, which C2 hoisted above the dispatch and spilled.
     */
    private static void run(ValueStack st, InterpretedFunction fn, int fp) {
        tailCall:
        while (true) {
            // Only what nearly every op needs is kept in locals (s, code, fp, pc, mem): with more values live
            // across the loop C2 spilled them and reloaded them in every op. The rest is read through fn and st.
            int[] code = start(st, fn, fp);
            long[] s = st.slots;
            int pc = 0;
            Instance inst0 = fn.instance();
            Memory mem = inst0.memories.length > 0 ? inst0.memories[0] : null;
            while (true) {
                try {
                    while (true) {
                        // The op's first three immediates (the code array is padded so these reads stay in bounds).
                        int x = code[pc + 1];
                        int y = code[pc + 2];
                        int z = code[pc + 3];
                        int op = code[pc];
                        // Dispatch in five switches by op group rather than one: five indirect jumps, each
                        // predicted on its own, measured markedly faster than one jump table over all ops (C2
                        // also spilled less around the smaller jumps).
                        if (op < Op.COPY) {
                        switch (op) {
                            case Op.UNREACHABLE -> throw new Trap("unreachable");
                            case Op.BR -> pc = x;
                            case Op.BR_IF -> pc = (int) s[fp + x] != 0 ? y : pc + 3;
                            case Op.BR_UNLESS -> pc = (int) s[fp + x] == 0 ? y : pc + 3;
                            case Op.BR_MOVE -> {
                                move(s, st.refs, fp + z, y, fp + code[pc + 4]);
                                pc = x;
                            }
                            case Op.BR_IF_MOVE -> {
                                if ((int) s[fp + x] != 0) {
                                    move(s, st.refs, fp + code[pc + 4], z, fp + code[pc + 5]);
                                    pc = y;
                                } else {
                                    pc += 6;
                                }
                            }
                            case Op.BR_TABLE -> {
                                int i = (int) s[fp + x];
                                int n = y;
                                int entry = pc + 5 + 2 * (Integer.compareUnsigned(i, n) < 0 ? i : n);
                                move(s, st.refs, fp + code[pc + 4], z, fp + code[entry + 1]);
                                pc = code[entry];
                            }
                            case Op.BR_ON_NULL -> {
                                if (st.refs[fp + x] == null) {
                                    move(s, st.refs, fp + code[pc + 4], z, fp + code[pc + 5]);
                                    pc = y;
                                } else {
                                    pc += 6;
                                }
                            }
                            case Op.BR_ON_NON_NULL -> {
                                if (st.refs[fp + x] != null) {
                                    move(s, st.refs, fp + code[pc + 4], z, fp + code[pc + 5]);
                                    pc = y;
                                } else {
                                    pc += 6;
                                }
                            }
                            case Op.RETURN -> {
                                int from = fp + x;
                                if (fn.code().resultSlots == 1) {
                                    s[fp] = s[from];
                                    st.refs[fp] = st.refs[from];
                                } else {
                                    System.arraycopy(s, from, s, fp, fn.code().resultSlots);
                                    System.arraycopy(st.refs, from, st.refs, fp, fn.code().resultSlots);
                                }
                                return;
                            }
                            case Op.CALL -> {
                                WasmFunction callee = fn.instance().functions[x];
                                int base = fp + y;
                                call(st, callee, base, fp + fn.code().frameSlots);
                                s = st.slots;
                                pc += 3;
                            }
                            case Op.CALL_INDIRECT -> {
                                WasmFunction callee = Generic.indirectCallee(fn.instance(), x, y, s[fp + z]);
                                int base = fp + code[pc + 4];
                                call(st, callee, base, fp + fn.code().frameSlots);
                                s = st.slots;
                                pc += 5;
                            }
                            case Op.CALL_REF -> {
                                int ref = fp + x;
                                WasmFunction callee = Generic.refCallee(st.refs[ref]);
                                st.refs[ref] = null;
                                int base = fp + y;
                                call(st, callee, base, fp + fn.code().frameSlots);
                                s = st.slots;
                                pc += 3;
                            }
                            case Op.RETURN_CALL, Op.RETURN_CALL_INDIRECT, Op.RETURN_CALL_REF -> {
                                WasmFunction callee = tailCallee(code, pc, s, st.refs, fp, fn.instance());
                                if (callee.tailCallTarget() instanceof InterpretedFunction next) {
                                    fn = next;
                                    continue tailCall;
                                }
                                call(st, callee, fp, fp + Math.max(callee.paramSlots, callee.resultSlots));
                                return;
                            }

                            // ---- compare and branch: a b target / a k target ----
                            case Op.BR_IF_I32_EQ -> pc = (int) s[fp + x] == (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_NE -> pc = (int) s[fp + x] != (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_LT_S -> pc = (int) s[fp + x] < (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_LT_U -> pc = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) < 0 ? z : pc + 4;
                            case Op.BR_IF_I32_GT_S -> pc = (int) s[fp + x] > (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_GT_U -> pc = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) > 0 ? z : pc + 4;
                            case Op.BR_IF_I32_LE_S -> pc = (int) s[fp + x] <= (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_LE_U -> pc = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) <= 0 ? z : pc + 4;
                            case Op.BR_IF_I32_GE_S -> pc = (int) s[fp + x] >= (int) s[fp + y] ? z : pc + 4;
                            case Op.BR_IF_I32_GE_U -> pc = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) >= 0 ? z : pc + 4;
                            case Op.BR_IF_I32_EQ_K -> pc = (int) s[fp + x] == y ? z : pc + 4;
                            case Op.BR_IF_I32_NE_K -> pc = (int) s[fp + x] != y ? z : pc + 4;
                            case Op.BR_IF_I32_LT_S_K -> pc = (int) s[fp + x] < y ? z : pc + 4;
                            case Op.BR_IF_I32_LT_U_K -> pc = Integer.compareUnsigned((int) s[fp + x], y) < 0 ? z : pc + 4;
                            case Op.BR_IF_I32_GT_S_K -> pc = (int) s[fp + x] > y ? z : pc + 4;
                            case Op.BR_IF_I32_GT_U_K -> pc = Integer.compareUnsigned((int) s[fp + x], y) > 0 ? z : pc + 4;
                            case Op.BR_IF_I32_LE_S_K -> pc = (int) s[fp + x] <= y ? z : pc + 4;
                            case Op.BR_IF_I32_LE_U_K -> pc = Integer.compareUnsigned((int) s[fp + x], y) <= 0 ? z : pc + 4;
                            case Op.BR_IF_I32_GE_S_K -> pc = (int) s[fp + x] >= y ? z : pc + 4;
                            case Op.BR_IF_I32_GE_U_K -> pc = Integer.compareUnsigned((int) s[fp + x], y) >= 0 ? z : pc + 4;
                            default -> throw new IllegalStateException("no op " + op);
                        }
                        } else if (op < Op.I32_LOAD) {
                        switch (op) {
                            // ---- moves: dst src ----
                            case Op.COPY -> { s[fp + x] = s[fp + y]; pc += 3; }
                            case Op.COPY_REF -> { st.refs[fp + x] = st.refs[fp + y]; pc += 3; }
                            case Op.MOVE_REF -> {
                                int from = fp + y;
                                st.refs[fp + x] = st.refs[from];
                                st.refs[from] = null;
                                pc += 3;
                            }
                            case Op.COPY_V128 -> {
                                int to = fp + x;
                                int from = fp + y;
                                s[to] = s[from];
                                s[to + 1] = s[from + 1];
                                pc += 3;
                            }
                            case Op.CONST32 -> { s[fp + x] = y; pc += 3; }
                            case Op.CONST64 -> {
                                s[fp + x] = (y & 0xFFFFFFFFL) | ((long) z << 32);
                                pc += 4;
                            }
                            case Op.GLOBAL_GET -> { s[fp + x] = fn.instance().globals[y].bits; pc += 3; }
                            case Op.GLOBAL_SET -> { fn.instance().globals[x].bits = s[fp + y]; pc += 3; }
                            case Op.GLOBAL_GET_REF -> { st.refs[fp + x] = fn.instance().globals[y].ref; pc += 3; }
                            case Op.GLOBAL_SET_REF -> {
                                int from = fp + y;
                                fn.instance().globals[x].ref = st.refs[from];
                                st.refs[from] = null;
                                pc += 3;
                            }
                            case Op.GLOBAL_GET_V128 -> {
                                Global g = fn.instance().globals[y];
                                int to = fp + x;
                                s[to] = g.bits;
                                s[to + 1] = g.bitsHigh;
                                pc += 3;
                            }
                            case Op.GLOBAL_SET_V128 -> {
                                Global g = fn.instance().globals[x];
                                int from = fp + y;
                                g.bits = s[from];
                                g.bitsHigh = s[from + 1];
                                pc += 3;
                            }
                            case Op.SELECT -> {
                                s[fp + x] = (int) s[fp + code[pc + 4]] != 0 ? s[fp + y] : s[fp + z];
                                pc += 5;
                            }
                            case Op.SELECT_REF -> {
                                int b = fp + z;
                                st.refs[fp + x] = (int) s[fp + code[pc + 4]] != 0 ? st.refs[fp + y] : st.refs[b];
                                st.refs[b] = null;
                                pc += 5;
                            }
                            case Op.SELECT_V128 -> {
                                if ((int) s[fp + code[pc + 4]] == 0) {
                                    int to = fp + x;
                                    int from = fp + z;
                                    s[to] = s[from];
                                    s[to + 1] = s[from + 1];
                                }
                                pc += 5;
                            }
                            case Op.REF_NULL -> {
                                st.refs[fp + x] = null;
                                pc += 2;
                            }
                            case Op.REF_IS_NULL -> {
                                int to = fp + x;
                                s[to] = st.refs[fp + y] == null ? 1 : 0;
                                st.refs[to] = null;
                                pc += 3;
                            }
                            case Op.REF_FUNC -> { st.refs[fp + x] = fn.instance().functions[y]; pc += 3; }
                            case Op.REF_AS_NON_NULL -> {
                                if (st.refs[fp + x] == null) {
                                    throw new Trap("null reference");
                                }
                                pc += 2;
                            }
                            case Op.RETHROW -> throw (WasmThrow) st.refs[fp + x];
                            case Op.SIMD -> {
                                Simd.execute(y, s, fp + x);
                                pc += 3;
                            }
                            case Op.SIMD_IMM -> {
                                Simd.withImmediates(code, pc + 2, s, fp + x, fn.instance());
                                pc += 7;
                            }
                            case Op.GENERIC -> {
                                Generic.execute(code, pc + 2, st, fp + x, fn.instance(), fn.code());
                                s = st.slots;
                                pc += 7;
                            }
                            default -> throw new IllegalStateException("no op " + op);
                        }
                        } else if (op < Op.I32_EQZ) {
                        switch (op) {
                            // ---- memory 0 (32-bit): dst address offset / address value offset ----
                            case Op.I32_LOAD -> { s[fp + x] = mem.loadI32(addr(s[fp + y], z)); pc += 4; }
                            case Op.I64_LOAD -> { s[fp + x] = mem.loadI64(addr(s[fp + y], z)); pc += 4; }
                            case Op.F32_LOAD -> { s[fp + x] = mem.loadI32(addr(s[fp + y], z)) & 0xFFFFFFFFL; pc += 4; }
                            case Op.F64_LOAD -> { s[fp + x] = mem.loadI64(addr(s[fp + y], z)); pc += 4; }
                            case Op.I32_LOAD8_S, Op.I64_LOAD8_S -> { s[fp + x] = mem.loadI8(addr(s[fp + y], z)); pc += 4; }
                            case Op.I32_LOAD8_U, Op.I64_LOAD8_U -> { s[fp + x] = mem.loadU8(addr(s[fp + y], z)); pc += 4; }
                            case Op.I32_LOAD16_S, Op.I64_LOAD16_S -> { s[fp + x] = mem.loadI16(addr(s[fp + y], z)); pc += 4; }
                            case Op.I32_LOAD16_U, Op.I64_LOAD16_U -> { s[fp + x] = mem.loadU16(addr(s[fp + y], z)); pc += 4; }
                            case Op.I64_LOAD32_S -> { s[fp + x] = mem.loadI32(addr(s[fp + y], z)); pc += 4; }
                            case Op.I64_LOAD32_U -> { s[fp + x] = mem.loadI32(addr(s[fp + y], z)) & 0xFFFFFFFFL; pc += 4; }
                            case Op.I32_STORE, Op.F32_STORE, Op.I64_STORE32 -> { mem.storeI32(addr(s[fp + x], z), (int) s[fp + y]); pc += 4; }
                            case Op.I64_STORE, Op.F64_STORE -> { mem.storeI64(addr(s[fp + x], z), s[fp + y]); pc += 4; }
                            case Op.I32_STORE8, Op.I64_STORE8 -> { mem.storeI8(addr(s[fp + x], z), (int) s[fp + y]); pc += 4; }
                            case Op.I32_STORE16, Op.I64_STORE16 -> { mem.storeI16(addr(s[fp + x], z), (int) s[fp + y]); pc += 4; }
                            default -> throw new IllegalStateException("no op " + op);
                        }
                        } else if (op < Op.I64_EQZ) {
                        switch (op) {
                            // ---- i32 ----
                            case Op.I32_EQZ -> { s[fp + x] = (int) s[fp + y] == 0 ? 1 : 0; pc += 3; }
                            case Op.I32_EQ -> { s[fp + x] = (int) s[fp + y] == (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_NE -> { s[fp + x] = (int) s[fp + y] != (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_LT_S -> { s[fp + x] = (int) s[fp + y] < (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_LT_U -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], (int) s[fp + z]) < 0 ? 1 : 0; pc += 4; }
                            case Op.I32_GT_S -> { s[fp + x] = (int) s[fp + y] > (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_GT_U -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], (int) s[fp + z]) > 0 ? 1 : 0; pc += 4; }
                            case Op.I32_LE_S -> { s[fp + x] = (int) s[fp + y] <= (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_LE_U -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], (int) s[fp + z]) <= 0 ? 1 : 0; pc += 4; }
                            case Op.I32_GE_S -> { s[fp + x] = (int) s[fp + y] >= (int) s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I32_GE_U -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], (int) s[fp + z]) >= 0 ? 1 : 0; pc += 4; }
                            case Op.I32_CLZ -> { s[fp + x] = Integer.numberOfLeadingZeros((int) s[fp + y]); pc += 3; }
                            case Op.I32_CTZ -> { s[fp + x] = Integer.numberOfTrailingZeros((int) s[fp + y]); pc += 3; }
                            case Op.I32_ADD -> { s[fp + x] = (int) s[fp + y] + (int) s[fp + z]; pc += 4; }
                            case Op.I32_SUB -> { s[fp + x] = (int) s[fp + y] - (int) s[fp + z]; pc += 4; }
                            case Op.I32_MUL -> { s[fp + x] = (int) s[fp + y] * (int) s[fp + z]; pc += 4; }
                            case Op.I32_DIV_S -> { s[fp + x] = Numerics.i32DivS((int) s[fp + y], (int) s[fp + z]); pc += 4; }
                            case Op.I32_DIV_U -> { s[fp + x] = Numerics.i32DivU((int) s[fp + y], (int) s[fp + z]); pc += 4; }
                            case Op.I32_REM_S -> { s[fp + x] = Numerics.i32RemS((int) s[fp + y], (int) s[fp + z]); pc += 4; }
                            case Op.I32_REM_U -> { s[fp + x] = Numerics.i32RemU((int) s[fp + y], (int) s[fp + z]); pc += 4; }
                            case Op.I32_AND -> { s[fp + x] = (int) s[fp + y] & (int) s[fp + z]; pc += 4; }
                            case Op.I32_OR -> { s[fp + x] = (int) s[fp + y] | (int) s[fp + z]; pc += 4; }
                            case Op.I32_XOR -> { s[fp + x] = (int) s[fp + y] ^ (int) s[fp + z]; pc += 4; }
                            case Op.I32_SHL -> { s[fp + x] = (int) s[fp + y] << (int) s[fp + z]; pc += 4; }
                            case Op.I32_SHR_S -> { s[fp + x] = (int) s[fp + y] >> (int) s[fp + z]; pc += 4; }
                            case Op.I32_SHR_U -> { s[fp + x] = (int) s[fp + y] >>> (int) s[fp + z]; pc += 4; }
                            case Op.I32_ROTL -> { s[fp + x] = Integer.rotateLeft((int) s[fp + y], (int) s[fp + z]); pc += 4; }

                            // ---- i32 with a constant operand ----
                            case Op.I32_ADD_K -> { s[fp + x] = (int) s[fp + y] + z; pc += 4; }
                            case Op.I32_MUL_K -> { s[fp + x] = (int) s[fp + y] * z; pc += 4; }
                            case Op.I32_AND_K -> { s[fp + x] = (int) s[fp + y] & z; pc += 4; }
                            case Op.I32_OR_K -> { s[fp + x] = (int) s[fp + y] | z; pc += 4; }
                            case Op.I32_XOR_K -> { s[fp + x] = (int) s[fp + y] ^ z; pc += 4; }
                            case Op.I32_SHL_K -> { s[fp + x] = (int) s[fp + y] << z; pc += 4; }
                            case Op.I32_SHR_S_K -> { s[fp + x] = (int) s[fp + y] >> z; pc += 4; }
                            case Op.I32_SHR_U_K -> { s[fp + x] = (int) s[fp + y] >>> z; pc += 4; }
                            case Op.I32_ROTL_K -> { s[fp + x] = Integer.rotateLeft((int) s[fp + y], z); pc += 4; }
                            case Op.I32_EQ_K -> { s[fp + x] = (int) s[fp + y] == z ? 1 : 0; pc += 4; }
                            case Op.I32_NE_K -> { s[fp + x] = (int) s[fp + y] != z ? 1 : 0; pc += 4; }
                            case Op.I32_LT_S_K -> { s[fp + x] = (int) s[fp + y] < z ? 1 : 0; pc += 4; }
                            case Op.I32_LT_U_K -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], z) < 0 ? 1 : 0; pc += 4; }
                            case Op.I32_GT_S_K -> { s[fp + x] = (int) s[fp + y] > z ? 1 : 0; pc += 4; }
                            case Op.I32_GT_U_K -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], z) > 0 ? 1 : 0; pc += 4; }
                            case Op.I32_LE_S_K -> { s[fp + x] = (int) s[fp + y] <= z ? 1 : 0; pc += 4; }
                            case Op.I32_LE_U_K -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], z) <= 0 ? 1 : 0; pc += 4; }
                            case Op.I32_GE_S_K -> { s[fp + x] = (int) s[fp + y] >= z ? 1 : 0; pc += 4; }
                            case Op.I32_GE_U_K -> { s[fp + x] = Integer.compareUnsigned((int) s[fp + y], z) >= 0 ? 1 : 0; pc += 4; }
                            default -> pc = Generic.numeric(op, s, fp, code, pc + 1);
                        }
                        } else {
                        switch (op) {
                            // ---- i64 ----
                            case Op.I64_EQZ -> { s[fp + x] = s[fp + y] == 0 ? 1 : 0; pc += 3; }
                            case Op.I64_EQ -> { s[fp + x] = s[fp + y] == s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I64_NE -> { s[fp + x] = s[fp + y] != s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I64_LT_S -> { s[fp + x] = s[fp + y] < s[fp + z] ? 1 : 0; pc += 4; }
                            case Op.I64_LT_U -> { s[fp + x] = Long.compareUnsigned(s[fp + y], s[fp + z]) < 0 ? 1 : 0; pc += 4; }
                            case Op.I64_ADD -> { s[fp + x] = s[fp + y] + s[fp + z]; pc += 4; }
                            case Op.I64_SUB -> { s[fp + x] = s[fp + y] - s[fp + z]; pc += 4; }
                            case Op.I64_MUL -> { s[fp + x] = s[fp + y] * s[fp + z]; pc += 4; }
                            case Op.I64_AND -> { s[fp + x] = s[fp + y] & s[fp + z]; pc += 4; }
                            case Op.I64_OR -> { s[fp + x] = s[fp + y] | s[fp + z]; pc += 4; }
                            case Op.I64_XOR -> { s[fp + x] = s[fp + y] ^ s[fp + z]; pc += 4; }
                            case Op.I64_SHL -> { s[fp + x] = s[fp + y] << s[fp + z]; pc += 4; }
                            case Op.I64_SHR_S -> { s[fp + x] = s[fp + y] >> s[fp + z]; pc += 4; }
                            case Op.I64_SHR_U -> { s[fp + x] = s[fp + y] >>> s[fp + z]; pc += 4; }

                            // ---- f32 / f64 ----
                            case Op.F32_ADD -> { s[fp + x] = f32bits(f32(s[fp + y]) + f32(s[fp + z])); pc += 4; }
                            case Op.F32_SUB -> { s[fp + x] = f32bits(f32(s[fp + y]) - f32(s[fp + z])); pc += 4; }
                            case Op.F32_MUL -> { s[fp + x] = f32bits(f32(s[fp + y]) * f32(s[fp + z])); pc += 4; }
                            case Op.F32_DIV -> { s[fp + x] = f32bits(f32(s[fp + y]) / f32(s[fp + z])); pc += 4; }
                            case Op.F64_ADD -> { s[fp + x] = f64bits(f64(s[fp + y]) + f64(s[fp + z])); pc += 4; }
                            case Op.F64_SUB -> { s[fp + x] = f64bits(f64(s[fp + y]) - f64(s[fp + z])); pc += 4; }
                            case Op.F64_MUL -> { s[fp + x] = f64bits(f64(s[fp + y]) * f64(s[fp + z])); pc += 4; }
                            case Op.F64_DIV -> { s[fp + x] = f64bits(f64(s[fp + y]) / f64(s[fp + z])); pc += 4; }
                            case Op.F64_EQ -> { s[fp + x] = f64(s[fp + y]) == f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_NE -> { s[fp + x] = f64(s[fp + y]) != f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_LT -> { s[fp + x] = f64(s[fp + y]) < f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_GT -> { s[fp + x] = f64(s[fp + y]) > f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_LE -> { s[fp + x] = f64(s[fp + y]) <= f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_GE -> { s[fp + x] = f64(s[fp + y]) >= f64(s[fp + z]) ? 1 : 0; pc += 4; }
                            case Op.F64_ABS -> { s[fp + x] = s[fp + y] & Long.MAX_VALUE; pc += 3; }
                            case Op.F64_NEG -> { s[fp + x] = s[fp + y] ^ Long.MIN_VALUE; pc += 3; }
                            case Op.F64_SQRT -> { s[fp + x] = Numerics.f64Sqrt(s[fp + y]); pc += 3; }
                            case Op.I32_WRAP_I64 -> { s[fp + x] = (int) s[fp + y]; pc += 3; }
                            case Op.I64_EXTEND_I32_S -> { s[fp + x] = (int) s[fp + y]; pc += 3; }
                            case Op.I64_EXTEND_I32_U -> { s[fp + x] = s[fp + y] & 0xFFFF_FFFFL; pc += 3; }
                            case Op.F64_CONVERT_I32_S -> { s[fp + x] = f64bits((int) s[fp + y]); pc += 3; }
                            case Op.F64_CONVERT_I64_S -> { s[fp + x] = f64bits(s[fp + y]); pc += 3; }
                            case Op.I32_REINTERPRET_F32, Op.F32_REINTERPRET_I32 -> { s[fp + x] = s[fp + y] & 0xFFFF_FFFFL; pc += 3; }
                            default -> pc = Generic.numeric(op, s, fp, code, pc + 1);
                        }
                        }
                    }
                } catch (WasmThrow ex) {
                    long caught = handle(ex, pc, st, fp, fn.code(), fn.instance());
                    s = st.slots;
                    pc = (int) (caught >>> 32);
                }
            }
        }
    }

    /**
     * Finds the handler for an exception thrown at op position {@code at}: the innermost try_table or legacy try
     * covering it with a matching clause (delegate clauses continue the search elsewhere). Pushes what the
     * clause hands to its target and returns the target in the high half, the new stack pointer in the low half.
     * Rethrows {@code ex} when nothing in this function catches it.
     */
    private static long handle(WasmThrow ex, int at, ValueStack st, int fp, Code c, Instance inst) {
        int[] h = c.handlers;
        int i = 0;
        search:
        while (i < h.length) {
            int clauses = h[i + 2];
            if (at >= h[i] && at < h[i + 1]) {
                for (int k = 0, clause = i + 3; k < clauses; k++, clause += Code.CLAUSE) {
                    int kind = h[clause];
                    if (kind == Code.DELEGATE) {
                        int next = h[clause + 2];
                        if (next < 0) {
                            break search;
                        }
                        i = next;
                        at = h[next];
                        continue search;
                    }
                    boolean tagged = kind == Instruction.CATCH || kind == Instruction.CATCH_REF;
                    if (tagged && inst.tags[h[clause + 1]] != ex.tag()) {
                        continue;
                    }
                    int arity = h[clause + 3];
                    int height = h[clause + 4];
                    int base = fp + height;
                    st.ensure(Math.max(base + arity, fp + c.frameSlots));
                    if (tagged) {
                        ex.pushPayload(st, base);
                    }
                    if (kind == Instruction.CATCH_REF || kind == Instruction.CATCH_ALL_REF) {
                        st.refs[base + arity - 1] = ex;
                    }
                    if (h[clause + 5] >= 0) {
                        st.refs[fp + h[clause + 5]] = ex;
                    }
                    return ((long) h[clause + 2] << 32) | (base + arity);
                }
            }
            i += 3 + Code.CLAUSE * clauses;
        }
        throw ex;
    }

    /** Sets up a frame for {@code fn} at {@code fp}: stack space, zeroed locals. Returns the function's ops. */
    private static int[] start(ValueStack st, InterpretedFunction fn, int fp) {
        Code c = fn.code();
        st.ensure(fp + c.frameSlots);
        long[] s = st.slots;
        Object[] r = st.refs;
        for (int i = fp + c.paramSlots, e = fp + c.localSlots; i < e; i++) {
            s[i] = 0;
            r[i] = null;
        }
        return c.ops;
    }

    /**
     * The callee of the return_call op at {@code pc}, with its arguments already moved to the
     * frame base where the callee's frame will start.
     */
    private static WasmFunction tailCallee(int[] code, int pc, long[] s, Object[] r, int fp, Instance inst) {
        WasmFunction[] funcs = inst.functions;
        int op = code[pc];
        WasmFunction callee;
        int from;
        if (op == Op.RETURN_CALL) {
            callee = funcs[code[pc + 1]];
            from = fp + code[pc + 2];
        } else if (op == Op.RETURN_CALL_INDIRECT) {
            callee = Generic.indirectCallee(inst, code[pc + 1], code[pc + 2], s[fp + code[pc + 3]]);
            from = fp + code[pc + 4];
        } else {
            callee = Generic.refCallee(r[fp + code[pc + 1]]);
            from = fp + code[pc + 2];
        }
        int n = callee.paramSlots;
        System.arraycopy(s, from, s, fp, n);
        System.arraycopy(r, from, r, fp, n);
        return callee;
    }

    /** Moves {@code arity} slots from {@code from} to {@code to} (the values a branch carries to its label). */
    private static void move(long[] s, Object[] r, int from, int arity, int to) {
        if (from != to) {
            System.arraycopy(s, from, s, to, arity);
            System.arraycopy(r, from, r, to, arity);
        }
    }

    /**
     * Calls any function: interpreted ones directly; others (host functions, other tiers) with the stack top
     * moved past this frame so that a call back into wasm does not overwrite it.
     */
    private static void call(ValueStack st, WasmFunction callee, int base, int frameTop) {
        if (callee instanceof InterpretedFunction f) {
            execute(st, f, base);
            return;
        }
        int savedTop = st.top;
        st.top = Math.max(savedTop, frameTop);
        try {
            callee.invoke(st, base);
        } finally {
            st.top = savedTop;
        }
    }
}
