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
     * the stack (calls and out-of-line ops).
     */
    private static void run(ValueStack st, InterpretedFunction fn, int fp) {
        tailCall:
        while (true) {
            Code c = fn.code();
            Instance inst = fn.instance();
            int[] code = c.ops;
            st.ensure(fp + c.frameSlots);
            long[] s = st.slots;
            Object[] r = st.refs;
            for (int i = fp + c.paramSlots, e = fp + c.localSlots; i < e; i++) {
                s[i] = 0;
                r[i] = null;
            }
            int pc = 0;
            Memory mem = inst.memories.length > 0 ? inst.memories[0] : null;
            WasmFunction[] funcs = inst.functions;
            Global[] globals = inst.globals;
            while (true) {
                try {
                    while (true) {
                        switch (code[pc++]) {
                            case Op.UNREACHABLE -> throw new Trap("unreachable");
                            case Op.BR -> pc = code[pc];
                            case Op.BR_IF -> pc = (int) s[fp + code[pc]] != 0 ? code[pc + 1] : pc + 2;
                            case Op.BR_UNLESS -> pc = (int) s[fp + code[pc]] == 0 ? code[pc + 1] : pc + 2;
                            case Op.BR_MOVE -> {
                                move(s, r, fp + code[pc + 2], code[pc + 1], fp + code[pc + 3]);
                                pc = code[pc];
                            }
                            case Op.BR_IF_MOVE -> {
                                if ((int) s[fp + code[pc]] != 0) {
                                    move(s, r, fp + code[pc + 3], code[pc + 2], fp + code[pc + 4]);
                                    pc = code[pc + 1];
                                } else {
                                    pc += 5;
                                }
                            }
                            case Op.BR_TABLE -> {
                                int i = (int) s[fp + code[pc]];
                                int n = code[pc + 1];
                                int entry = pc + 4 + 2 * (Integer.compareUnsigned(i, n) < 0 ? i : n);
                                move(s, r, fp + code[pc + 3], code[pc + 2], fp + code[entry + 1]);
                                pc = code[entry];
                            }
                            case Op.BR_ON_NULL -> {
                                if (r[fp + code[pc]] == null) {
                                    move(s, r, fp + code[pc + 3], code[pc + 2], fp + code[pc + 4]);
                                    pc = code[pc + 1];
                                } else {
                                    pc += 5;
                                }
                            }
                            case Op.BR_ON_NON_NULL -> {
                                if (r[fp + code[pc]] != null) {
                                    move(s, r, fp + code[pc + 3], code[pc + 2], fp + code[pc + 4]);
                                    pc = code[pc + 1];
                                } else {
                                    pc += 5;
                                }
                            }
                            case Op.RETURN -> {
                                int from = fp + code[pc];
                                if (c.resultSlots == 1) {
                                    s[fp] = s[from];
                                    r[fp] = r[from];
                                } else {
                                    System.arraycopy(s, from, s, fp, c.resultSlots);
                                    System.arraycopy(r, from, r, fp, c.resultSlots);
                                }
                                return;
                            }
                            case Op.CALL -> {
                                WasmFunction callee = funcs[code[pc]];
                                int base = fp + code[pc + 1];
                                pc += 2;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                            }
                            case Op.CALL_INDIRECT -> {
                                WasmFunction callee = Generic.indirectCallee(inst, code[pc], code[pc + 1], s[fp + code[pc + 2]]);
                                int base = fp + code[pc + 3];
                                pc += 4;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                            }
                            case Op.CALL_REF -> {
                                int ref = fp + code[pc];
                                WasmFunction callee = Generic.refCallee(r[ref]);
                                r[ref] = null;
                                int base = fp + code[pc + 1];
                                pc += 2;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                            }
                            case Op.RETURN_CALL, Op.RETURN_CALL_INDIRECT, Op.RETURN_CALL_REF -> {
                                WasmFunction callee = tailCallee(code, pc, s, r, fp, funcs, inst);
                                if (callee.tailCallTarget() instanceof InterpretedFunction next) {
                                    fn = next;
                                    continue tailCall;
                                }
                                call(st, callee, fp, fp + Math.max(callee.paramSlots, callee.resultSlots));
                                return;
                            }

                            // ---- compare and branch: a b target / a k target ----
                            case Op.BR_IF_I32_EQ -> pc = (int) s[fp + code[pc]] == (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_NE -> pc = (int) s[fp + code[pc]] != (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LT_S -> pc = (int) s[fp + code[pc]] < (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LT_U -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], (int) s[fp + code[pc + 1]]) < 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GT_S -> pc = (int) s[fp + code[pc]] > (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GT_U -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], (int) s[fp + code[pc + 1]]) > 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LE_S -> pc = (int) s[fp + code[pc]] <= (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LE_U -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], (int) s[fp + code[pc + 1]]) <= 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GE_S -> pc = (int) s[fp + code[pc]] >= (int) s[fp + code[pc + 1]] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GE_U -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], (int) s[fp + code[pc + 1]]) >= 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_EQ_K -> pc = (int) s[fp + code[pc]] == code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_NE_K -> pc = (int) s[fp + code[pc]] != code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LT_S_K -> pc = (int) s[fp + code[pc]] < code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LT_U_K -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], code[pc + 1]) < 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GT_S_K -> pc = (int) s[fp + code[pc]] > code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GT_U_K -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], code[pc + 1]) > 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LE_S_K -> pc = (int) s[fp + code[pc]] <= code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_LE_U_K -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], code[pc + 1]) <= 0 ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GE_S_K -> pc = (int) s[fp + code[pc]] >= code[pc + 1] ? code[pc + 2] : pc + 3;
                            case Op.BR_IF_I32_GE_U_K -> pc = Integer.compareUnsigned((int) s[fp + code[pc]], code[pc + 1]) >= 0 ? code[pc + 2] : pc + 3;

                            // ---- moves: dst src ----
                            case Op.COPY -> { s[fp + code[pc]] = s[fp + code[pc + 1]]; pc += 2; }
                            case Op.COPY_REF -> { r[fp + code[pc]] = r[fp + code[pc + 1]]; pc += 2; }
                            case Op.MOVE_REF -> {
                                int from = fp + code[pc + 1];
                                r[fp + code[pc]] = r[from];
                                r[from] = null;
                                pc += 2;
                            }
                            case Op.COPY_V128 -> {
                                int to = fp + code[pc];
                                int from = fp + code[pc + 1];
                                s[to] = s[from];
                                s[to + 1] = s[from + 1];
                                pc += 2;
                            }
                            case Op.CONST32 -> { s[fp + code[pc]] = code[pc + 1]; pc += 2; }
                            case Op.CONST64 -> {
                                s[fp + code[pc]] = (code[pc + 1] & 0xFFFFFFFFL) | ((long) code[pc + 2] << 32);
                                pc += 3;
                            }
                            case Op.GLOBAL_GET -> { s[fp + code[pc]] = globals[code[pc + 1]].bits; pc += 2; }
                            case Op.GLOBAL_SET -> { globals[code[pc]].bits = s[fp + code[pc + 1]]; pc += 2; }
                            case Op.GLOBAL_GET_REF -> { r[fp + code[pc]] = globals[code[pc + 1]].ref; pc += 2; }
                            case Op.GLOBAL_SET_REF -> {
                                int from = fp + code[pc + 1];
                                globals[code[pc]].ref = r[from];
                                r[from] = null;
                                pc += 2;
                            }
                            case Op.GLOBAL_GET_V128 -> {
                                Global g = globals[code[pc + 1]];
                                int to = fp + code[pc];
                                s[to] = g.bits;
                                s[to + 1] = g.bitsHigh;
                                pc += 2;
                            }
                            case Op.GLOBAL_SET_V128 -> {
                                Global g = globals[code[pc]];
                                int from = fp + code[pc + 1];
                                g.bits = s[from];
                                g.bitsHigh = s[from + 1];
                                pc += 2;
                            }
                            case Op.SELECT -> {
                                s[fp + code[pc]] = (int) s[fp + code[pc + 3]] != 0 ? s[fp + code[pc + 1]] : s[fp + code[pc + 2]];
                                pc += 4;
                            }
                            case Op.SELECT_REF -> {
                                int b = fp + code[pc + 2];
                                r[fp + code[pc]] = (int) s[fp + code[pc + 3]] != 0 ? r[fp + code[pc + 1]] : r[b];
                                r[b] = null;
                                pc += 4;
                            }
                            case Op.SELECT_V128 -> {
                                if ((int) s[fp + code[pc + 3]] == 0) {
                                    int to = fp + code[pc];
                                    int from = fp + code[pc + 2];
                                    s[to] = s[from];
                                    s[to + 1] = s[from + 1];
                                }
                                pc += 4;
                            }
                            case Op.REF_NULL -> r[fp + code[pc++]] = null;
                            case Op.REF_IS_NULL -> {
                                int to = fp + code[pc];
                                s[to] = r[fp + code[pc + 1]] == null ? 1 : 0;
                                r[to] = null;
                                pc += 2;
                            }
                            case Op.REF_FUNC -> { r[fp + code[pc]] = funcs[code[pc + 1]]; pc += 2; }
                            case Op.REF_AS_NON_NULL -> {
                                if (r[fp + code[pc++]] == null) {
                                    throw new Trap("null reference");
                                }
                            }
                            case Op.RETHROW -> throw (WasmThrow) r[fp + code[pc]];
                            case Op.SIMD -> {
                                Simd.execute(code[pc + 1], s, fp + code[pc]);
                                pc += 2;
                            }
                            case Op.SIMD_IMM -> {
                                Simd.withImmediates(code, pc + 1, s, fp + code[pc], inst);
                                pc += 6;
                            }
                            case Op.GENERIC -> {
                                Generic.execute(code, pc + 1, st, fp + code[pc], inst, c);
                                s = st.slots;
                                r = st.refs;
                                pc += 6;
                            }

                            // ---- memory 0 (32-bit): dst address offset / address value offset ----
                            case Op.I32_LOAD -> { s[fp + code[pc]] = mem.loadI32(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I64_LOAD -> { s[fp + code[pc]] = mem.loadI64(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.F32_LOAD -> { s[fp + code[pc]] = mem.loadI32(addr(s[fp + code[pc + 1]], code[pc + 2])) & 0xFFFFFFFFL; pc += 3; }
                            case Op.F64_LOAD -> { s[fp + code[pc]] = mem.loadI64(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I32_LOAD8_S, Op.I64_LOAD8_S -> { s[fp + code[pc]] = mem.loadI8(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I32_LOAD8_U, Op.I64_LOAD8_U -> { s[fp + code[pc]] = mem.loadU8(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I32_LOAD16_S, Op.I64_LOAD16_S -> { s[fp + code[pc]] = mem.loadI16(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I32_LOAD16_U, Op.I64_LOAD16_U -> { s[fp + code[pc]] = mem.loadU16(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I64_LOAD32_S -> { s[fp + code[pc]] = mem.loadI32(addr(s[fp + code[pc + 1]], code[pc + 2])); pc += 3; }
                            case Op.I64_LOAD32_U -> { s[fp + code[pc]] = mem.loadI32(addr(s[fp + code[pc + 1]], code[pc + 2])) & 0xFFFFFFFFL; pc += 3; }
                            case Op.I32_STORE, Op.F32_STORE, Op.I64_STORE32 -> { mem.storeI32(addr(s[fp + code[pc]], code[pc + 2]), (int) s[fp + code[pc + 1]]); pc += 3; }
                            case Op.I64_STORE, Op.F64_STORE -> { mem.storeI64(addr(s[fp + code[pc]], code[pc + 2]), s[fp + code[pc + 1]]); pc += 3; }
                            case Op.I32_STORE8, Op.I64_STORE8 -> { mem.storeI8(addr(s[fp + code[pc]], code[pc + 2]), (int) s[fp + code[pc + 1]]); pc += 3; }
                            case Op.I32_STORE16, Op.I64_STORE16 -> { mem.storeI16(addr(s[fp + code[pc]], code[pc + 2]), (int) s[fp + code[pc + 1]]); pc += 3; }

                            // ---- i32 ----
                            case Op.I32_EQZ -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] == 0 ? 1 : 0; pc += 2; }
                            case Op.I32_EQ -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] == (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_NE -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] != (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_LT_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] < (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_LT_U -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]) < 0 ? 1 : 0; pc += 3; }
                            case Op.I32_GT_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] > (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_GT_U -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]) > 0 ? 1 : 0; pc += 3; }
                            case Op.I32_LE_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] <= (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_LE_U -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]) <= 0 ? 1 : 0; pc += 3; }
                            case Op.I32_GE_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >= (int) s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I32_GE_U -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]) >= 0 ? 1 : 0; pc += 3; }
                            case Op.I32_CLZ -> { s[fp + code[pc]] = Integer.numberOfLeadingZeros((int) s[fp + code[pc + 1]]); pc += 2; }
                            case Op.I32_CTZ -> { s[fp + code[pc]] = Integer.numberOfTrailingZeros((int) s[fp + code[pc + 1]]); pc += 2; }
                            case Op.I32_ADD -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] + (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_SUB -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] - (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_MUL -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] * (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_DIV_S -> { s[fp + code[pc]] = Numerics.i32DivS((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]); pc += 3; }
                            case Op.I32_DIV_U -> { s[fp + code[pc]] = Numerics.i32DivU((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]); pc += 3; }
                            case Op.I32_REM_S -> { s[fp + code[pc]] = Numerics.i32RemS((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]); pc += 3; }
                            case Op.I32_REM_U -> { s[fp + code[pc]] = Numerics.i32RemU((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]); pc += 3; }
                            case Op.I32_AND -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] & (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_OR -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] | (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_XOR -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] ^ (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_SHL -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] << (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_SHR_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >> (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_SHR_U -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >>> (int) s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I32_ROTL -> { s[fp + code[pc]] = Integer.rotateLeft((int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]]); pc += 3; }

                            // ---- i32 with a constant operand ----
                            case Op.I32_ADD_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] + code[pc + 2]; pc += 3; }
                            case Op.I32_MUL_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] * code[pc + 2]; pc += 3; }
                            case Op.I32_AND_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] & code[pc + 2]; pc += 3; }
                            case Op.I32_OR_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] | code[pc + 2]; pc += 3; }
                            case Op.I32_XOR_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] ^ code[pc + 2]; pc += 3; }
                            case Op.I32_SHL_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] << code[pc + 2]; pc += 3; }
                            case Op.I32_SHR_S_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >> code[pc + 2]; pc += 3; }
                            case Op.I32_SHR_U_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >>> code[pc + 2]; pc += 3; }
                            case Op.I32_ROTL_K -> { s[fp + code[pc]] = Integer.rotateLeft((int) s[fp + code[pc + 1]], code[pc + 2]); pc += 3; }
                            case Op.I32_EQ_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] == code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_NE_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] != code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_LT_S_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] < code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_LT_U_K -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], code[pc + 2]) < 0 ? 1 : 0; pc += 3; }
                            case Op.I32_GT_S_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] > code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_GT_U_K -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], code[pc + 2]) > 0 ? 1 : 0; pc += 3; }
                            case Op.I32_LE_S_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] <= code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_LE_U_K -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], code[pc + 2]) <= 0 ? 1 : 0; pc += 3; }
                            case Op.I32_GE_S_K -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]] >= code[pc + 2] ? 1 : 0; pc += 3; }
                            case Op.I32_GE_U_K -> { s[fp + code[pc]] = Integer.compareUnsigned((int) s[fp + code[pc + 1]], code[pc + 2]) >= 0 ? 1 : 0; pc += 3; }

                            // ---- i64 ----
                            case Op.I64_EQZ -> { s[fp + code[pc]] = s[fp + code[pc + 1]] == 0 ? 1 : 0; pc += 2; }
                            case Op.I64_EQ -> { s[fp + code[pc]] = s[fp + code[pc + 1]] == s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I64_NE -> { s[fp + code[pc]] = s[fp + code[pc + 1]] != s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I64_LT_S -> { s[fp + code[pc]] = s[fp + code[pc + 1]] < s[fp + code[pc + 2]] ? 1 : 0; pc += 3; }
                            case Op.I64_LT_U -> { s[fp + code[pc]] = Long.compareUnsigned(s[fp + code[pc + 1]], s[fp + code[pc + 2]]) < 0 ? 1 : 0; pc += 3; }
                            case Op.I64_ADD -> { s[fp + code[pc]] = s[fp + code[pc + 1]] + s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_SUB -> { s[fp + code[pc]] = s[fp + code[pc + 1]] - s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_MUL -> { s[fp + code[pc]] = s[fp + code[pc + 1]] * s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_AND -> { s[fp + code[pc]] = s[fp + code[pc + 1]] & s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_OR -> { s[fp + code[pc]] = s[fp + code[pc + 1]] | s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_XOR -> { s[fp + code[pc]] = s[fp + code[pc + 1]] ^ s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_SHL -> { s[fp + code[pc]] = s[fp + code[pc + 1]] << s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_SHR_S -> { s[fp + code[pc]] = s[fp + code[pc + 1]] >> s[fp + code[pc + 2]]; pc += 3; }
                            case Op.I64_SHR_U -> { s[fp + code[pc]] = s[fp + code[pc + 1]] >>> s[fp + code[pc + 2]]; pc += 3; }

                            // ---- f32 / f64 ----
                            case Op.F32_ADD -> { s[fp + code[pc]] = f32bits(f32(s[fp + code[pc + 1]]) + f32(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F32_SUB -> { s[fp + code[pc]] = f32bits(f32(s[fp + code[pc + 1]]) - f32(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F32_MUL -> { s[fp + code[pc]] = f32bits(f32(s[fp + code[pc + 1]]) * f32(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F32_DIV -> { s[fp + code[pc]] = f32bits(f32(s[fp + code[pc + 1]]) / f32(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F64_ADD -> { s[fp + code[pc]] = f64bits(f64(s[fp + code[pc + 1]]) + f64(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F64_SUB -> { s[fp + code[pc]] = f64bits(f64(s[fp + code[pc + 1]]) - f64(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F64_MUL -> { s[fp + code[pc]] = f64bits(f64(s[fp + code[pc + 1]]) * f64(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F64_DIV -> { s[fp + code[pc]] = f64bits(f64(s[fp + code[pc + 1]]) / f64(s[fp + code[pc + 2]])); pc += 3; }
                            case Op.F64_EQ -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) == f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_NE -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) != f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_LT -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) < f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_GT -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) > f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_LE -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) <= f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_GE -> { s[fp + code[pc]] = f64(s[fp + code[pc + 1]]) >= f64(s[fp + code[pc + 2]]) ? 1 : 0; pc += 3; }
                            case Op.F64_ABS -> { s[fp + code[pc]] = s[fp + code[pc + 1]] & Long.MAX_VALUE; pc += 2; }
                            case Op.F64_NEG -> { s[fp + code[pc]] = s[fp + code[pc + 1]] ^ Long.MIN_VALUE; pc += 2; }
                            case Op.F64_SQRT -> { s[fp + code[pc]] = Numerics.f64Sqrt(s[fp + code[pc + 1]]); pc += 2; }
                            case Op.I32_WRAP_I64 -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]]; pc += 2; }
                            case Op.I64_EXTEND_I32_S -> { s[fp + code[pc]] = (int) s[fp + code[pc + 1]]; pc += 2; }
                            case Op.I64_EXTEND_I32_U -> { s[fp + code[pc]] = s[fp + code[pc + 1]] & 0xFFFF_FFFFL; pc += 2; }
                            case Op.F64_CONVERT_I32_S -> { s[fp + code[pc]] = f64bits((int) s[fp + code[pc + 1]]); pc += 2; }
                            case Op.F64_CONVERT_I64_S -> { s[fp + code[pc]] = f64bits(s[fp + code[pc + 1]]); pc += 2; }
                            case Op.I32_REINTERPRET_F32, Op.F32_REINTERPRET_I32 -> { s[fp + code[pc]] = s[fp + code[pc + 1]] & 0xFFFF_FFFFL; pc += 2; }
                            default -> pc = Generic.numeric(code[pc - 1], s, fp, code, pc);
                        }
                    }
                } catch (WasmThrow ex) {
                    long caught = handle(ex, pc - 1, st, fp, c, inst);
                    s = st.slots;
                    r = st.refs;
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

    /**
     * The callee of a return_call op at {@code pc} (its immediates), with its arguments already moved to the
     * frame base where the callee's frame will start.
     */
    private static WasmFunction tailCallee(int[] code, int pc, long[] s, Object[] r, int fp, WasmFunction[] funcs,
            Instance inst) {
        int op = code[pc - 1];
        WasmFunction callee;
        int from;
        if (op == Op.RETURN_CALL) {
            callee = funcs[code[pc]];
            from = fp + code[pc + 1];
        } else if (op == Op.RETURN_CALL_INDIRECT) {
            callee = Generic.indirectCallee(inst, code[pc], code[pc + 1], s[fp + code[pc + 2]]);
            from = fp + code[pc + 3];
        } else {
            callee = Generic.refCallee(r[fp + code[pc]]);
            from = fp + code[pc + 1];
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
