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
 * The dispatch loop: one {@code switch} over pre-translated {@link Op}s per executed instruction, values in the
 * thread's {@link ValueStack} (numbers as raw 64-bit slots, references in the parallel object array).
 *
 * <p>The loop method must stay below HotSpot's 8000-byte limit for JIT compilation, so only frequent
 * instructions are handled inline; the rest go through {@link Op#GENERIC} to {@link Generic}.
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

    @SuppressWarnings("fallthrough")
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
            int sp = fp + c.localSlots;
            int pc = 0;
            Memory mem = inst.memories.length > 0 ? inst.memories[0] : null;
            WasmFunction[] funcs = inst.functions;
            Global[] globals = inst.globals;
            while (true) {
                try {
                    while (true) {
                        switch (code[pc++]) {
                            case Op.UNREACHABLE -> throw new Trap("unreachable");
                            case Op.NOP -> { }
                            case Op.BR -> pc = code[pc];
                            case Op.BR_IF -> pc = (int) s[--sp] != 0 ? code[pc] : pc + 1;
                            case Op.BR_UNLESS -> pc = (int) s[--sp] == 0 ? code[pc] : pc + 1;
                            case Op.BR_MOVE -> {
                                sp = move(s, r, sp, code[pc + 1], fp + code[pc + 2]);
                                pc = code[pc];
                            }
                            case Op.BR_IF_MOVE -> {
                                if ((int) s[--sp] != 0) {
                                    sp = move(s, r, sp, code[pc + 1], fp + code[pc + 2]);
                                    pc = code[pc];
                                } else {
                                    pc += 3;
                                }
                            }
                            case Op.BR_TABLE -> {
                                int n = code[pc];
                                int arity = code[pc + 1];
                                int i = (int) s[--sp];
                                int entry = pc + 2 + 2 * (Integer.compareUnsigned(i, n) < 0 ? i : n);
                                int height = code[entry + 1];
                                if (height >= 0) {
                                    sp = move(s, r, sp, arity, fp + height);
                                }
                                pc = code[entry];
                            }
                            case Op.BR_ON_NULL -> {
                                if (r[sp - 1] == null) {
                                    sp--;
                                    int height = code[pc + 2];
                                    if (height >= 0) {
                                        sp = move(s, r, sp, code[pc + 1], fp + height);
                                    }
                                    pc = code[pc];
                                } else {
                                    pc += 3;
                                }
                            }
                            case Op.BR_ON_NON_NULL -> {
                                if (r[sp - 1] != null) {
                                    int height = code[pc + 2];
                                    if (height >= 0) {
                                        sp = move(s, r, sp, code[pc + 1], fp + height);
                                    }
                                    pc = code[pc];
                                } else {
                                    r[--sp] = null;
                                    pc += 3;
                                }
                            }
                            case Op.RETURN -> {
                                int n = c.resultSlots;
                                System.arraycopy(s, sp - n, s, fp, n);
                                System.arraycopy(r, sp - n, r, fp, n);
                                return;
                            }
                            case Op.CALL -> {
                                WasmFunction callee = funcs[code[pc++]];
                                int base = sp - callee.paramSlots;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                                sp = base + callee.resultSlots;
                            }
                            case Op.CALL_INDIRECT -> {
                                WasmFunction callee = Generic.indirectCallee(inst, code[pc], code[pc + 1], s[--sp]);
                                pc += 2;
                                int base = sp - callee.paramSlots;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                                sp = base + callee.resultSlots;
                            }
                            case Op.CALL_REF -> {
                                WasmFunction callee = Generic.refCallee(r[--sp]);
                                r[sp] = null;
                                pc++;
                                int base = sp - callee.paramSlots;
                                call(st, callee, base, fp + c.frameSlots);
                                s = st.slots;
                                r = st.refs;
                                sp = base + callee.resultSlots;
                            }
                            case Op.RETURN_CALL, Op.RETURN_CALL_INDIRECT, Op.RETURN_CALL_REF -> {
                                int op = code[pc - 1];
                                WasmFunction callee;
                                if (op == Op.RETURN_CALL) {
                                    callee = funcs[code[pc]];
                                } else if (op == Op.RETURN_CALL_INDIRECT) {
                                    callee = Generic.indirectCallee(inst, code[pc], code[pc + 1], s[--sp]);
                                } else {
                                    callee = Generic.refCallee(r[--sp]);
                                }
                                int n = callee.paramSlots;
                                System.arraycopy(s, sp - n, s, fp, n);
                                System.arraycopy(r, sp - n, r, fp, n);
                                if (callee.tailCallTarget() instanceof InterpretedFunction next) {
                                    fn = next;
                                    continue tailCall;
                                }
                                call(st, callee, fp, fp + Math.max(n, callee.resultSlots));
                                return;
                            }
                            case Op.DROP -> sp--;
                            case Op.DROP2 -> sp -= 2;
                            case Op.SELECT -> {
                                sp -= 2;
                                if ((int) s[sp + 1] == 0) {
                                    s[sp - 1] = s[sp];
                                }
                            }
                            case Op.SELECT_REF -> {
                                sp -= 2;
                                if ((int) s[sp + 1] == 0) {
                                    r[sp - 1] = r[sp];
                                }
                                r[sp] = null;
                            }
                            case Op.SELECT_V128 -> {
                                sp -= 3;
                                if ((int) s[sp + 2] == 0) {
                                    s[sp - 2] = s[sp];
                                    s[sp - 1] = s[sp + 1];
                                }
                            }
                            case Op.LOCAL_GET -> s[sp++] = s[fp + code[pc++]];
                            case Op.LOCAL_SET -> s[fp + code[pc++]] = s[--sp];
                            case Op.LOCAL_TEE -> s[fp + code[pc++]] = s[sp - 1];
                            case Op.LOCAL_GET_REF -> r[sp++] = r[fp + code[pc++]];
                            case Op.LOCAL_SET_REF -> {
                                r[fp + code[pc++]] = r[--sp];
                                r[sp] = null;
                            }
                            case Op.LOCAL_TEE_REF -> r[fp + code[pc++]] = r[sp - 1];
                            case Op.LOCAL_GET_V128 -> {
                                int l = fp + code[pc++];
                                s[sp] = s[l];
                                s[sp + 1] = s[l + 1];
                                sp += 2;
                            }
                            case Op.LOCAL_SET_V128 -> {
                                int l = fp + code[pc++];
                                sp -= 2;
                                s[l] = s[sp];
                                s[l + 1] = s[sp + 1];
                            }
                            case Op.LOCAL_TEE_V128 -> {
                                int l = fp + code[pc++];
                                s[l] = s[sp - 2];
                                s[l + 1] = s[sp - 1];
                            }
                            case Op.GLOBAL_GET -> s[sp++] = globals[code[pc++]].bits;
                            case Op.GLOBAL_SET -> globals[code[pc++]].bits = s[--sp];
                            case Op.GLOBAL_GET_REF -> r[sp++] = globals[code[pc++]].ref;
                            case Op.GLOBAL_SET_REF -> {
                                globals[code[pc++]].ref = r[--sp];
                                r[sp] = null;
                            }
                            case Op.GLOBAL_GET_V128 -> {
                                Global g = globals[code[pc++]];
                                s[sp] = g.bits;
                                s[sp + 1] = g.bitsHigh;
                                sp += 2;
                            }
                            case Op.GLOBAL_SET_V128 -> {
                                Global g = globals[code[pc++]];
                                sp -= 2;
                                g.bits = s[sp];
                                g.bitsHigh = s[sp + 1];
                            }
                            case Op.I32_CONST, Op.F32_CONST -> s[sp++] = code[pc++];
                            case Op.I64_CONST, Op.F64_CONST -> {
                                s[sp++] = (code[pc] & 0xFFFFFFFFL) | ((long) code[pc + 1] << 32);
                                pc += 2;
                            }
                            case Op.REF_NULL -> r[sp++] = null;
                            case Op.REF_IS_NULL -> {
                                sp--;
                                s[sp] = r[sp] == null ? 1 : 0;
                                r[sp++] = null;
                            }
                            case Op.REF_FUNC -> r[sp++] = funcs[code[pc++]];
                            case Op.RETHROW -> throw (WasmThrow) r[fp + code[pc]];
                            case Op.REF_AS_NON_NULL -> {
                                if (r[sp - 1] == null) {
                                    throw new Trap("null reference");
                                }
                            }
                            case Op.SIMD -> sp = Simd.execute(code[pc++], s, sp);
                            case Op.SIMD_IMM -> {
                                sp = Simd.withImmediates(code, pc, s, sp, inst);
                                pc += 5;
                            }
                            case Op.GENERIC -> {
                                sp = Generic.execute(code, pc, st, sp, inst, c);
                                s = st.slots;
                                r = st.refs;
                                pc += 5;
                            }

                            // ---- memory 0 (32-bit) ----
                            case Op.I32_LOAD -> s[sp - 1] = mem.loadI32(addr(s[sp - 1], code[pc++]));
                            case Op.I64_LOAD -> s[sp - 1] = mem.loadI64(addr(s[sp - 1], code[pc++]));
                            case Op.F32_LOAD -> s[sp - 1] = mem.loadI32(addr(s[sp - 1], code[pc++])) & 0xFFFFFFFFL;
                            case Op.F64_LOAD -> s[sp - 1] = mem.loadI64(addr(s[sp - 1], code[pc++]));
                            case Op.I32_LOAD8_S, Op.I64_LOAD8_S -> s[sp - 1] = mem.loadI8(addr(s[sp - 1], code[pc++]));
                            case Op.I32_LOAD8_U, Op.I64_LOAD8_U -> s[sp - 1] = mem.loadU8(addr(s[sp - 1], code[pc++]));
                            case Op.I32_LOAD16_S, Op.I64_LOAD16_S -> s[sp - 1] = mem.loadI16(addr(s[sp - 1], code[pc++]));
                            case Op.I32_LOAD16_U, Op.I64_LOAD16_U -> s[sp - 1] = mem.loadU16(addr(s[sp - 1], code[pc++]));
                            case Op.I64_LOAD32_S -> s[sp - 1] = mem.loadI32(addr(s[sp - 1], code[pc++]));
                            case Op.I64_LOAD32_U -> s[sp - 1] = mem.loadI32(addr(s[sp - 1], code[pc++])) & 0xFFFFFFFFL;
                            case Op.I32_STORE, Op.F32_STORE -> {
                                sp -= 2;
                                mem.storeI32(addr(s[sp], code[pc++]), (int) s[sp + 1]);
                            }
                            case Op.I64_STORE, Op.F64_STORE -> {
                                sp -= 2;
                                mem.storeI64(addr(s[sp], code[pc++]), s[sp + 1]);
                            }
                            case Op.I32_STORE8, Op.I64_STORE8 -> {
                                sp -= 2;
                                mem.storeI8(addr(s[sp], code[pc++]), (int) s[sp + 1]);
                            }
                            case Op.I32_STORE16, Op.I64_STORE16 -> {
                                sp -= 2;
                                mem.storeI16(addr(s[sp], code[pc++]), (int) s[sp + 1]);
                            }
                            case Op.I64_STORE32 -> {
                                sp -= 2;
                                mem.storeI32(addr(s[sp], code[pc++]), (int) s[sp + 1]);
                            }

                            // ---- i32 ----
                            case Op.I32_EQZ -> s[sp - 1] = (int) s[sp - 1] == 0 ? 1 : 0;
                            case Op.I32_EQ -> { sp--; s[sp - 1] = (int) s[sp - 1] == (int) s[sp] ? 1 : 0; }
                            case Op.I32_NE -> { sp--; s[sp - 1] = (int) s[sp - 1] != (int) s[sp] ? 1 : 0; }
                            case Op.I32_LT_S -> { sp--; s[sp - 1] = (int) s[sp - 1] < (int) s[sp] ? 1 : 0; }
                            case Op.I32_LT_U -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) < 0 ? 1 : 0; }
                            case Op.I32_GT_S -> { sp--; s[sp - 1] = (int) s[sp - 1] > (int) s[sp] ? 1 : 0; }
                            case Op.I32_GT_U -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) > 0 ? 1 : 0; }
                            case Op.I32_LE_S -> { sp--; s[sp - 1] = (int) s[sp - 1] <= (int) s[sp] ? 1 : 0; }
                            case Op.I32_LE_U -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) <= 0 ? 1 : 0; }
                            case Op.I32_GE_S -> { sp--; s[sp - 1] = (int) s[sp - 1] >= (int) s[sp] ? 1 : 0; }
                            case Op.I32_GE_U -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) >= 0 ? 1 : 0; }
                            case Op.I32_CLZ -> s[sp - 1] = Integer.numberOfLeadingZeros((int) s[sp - 1]);
                            case Op.I32_CTZ -> s[sp - 1] = Integer.numberOfTrailingZeros((int) s[sp - 1]);
                            case Op.I32_POPCNT -> s[sp - 1] = Integer.bitCount((int) s[sp - 1]);
                            case Op.I32_ADD -> { sp--; s[sp - 1] = (int) s[sp - 1] + (int) s[sp]; }
                            case Op.I32_SUB -> { sp--; s[sp - 1] = (int) s[sp - 1] - (int) s[sp]; }
                            case Op.I32_MUL -> { sp--; s[sp - 1] = (int) s[sp - 1] * (int) s[sp]; }
                            case Op.I32_DIV_S -> { sp--; s[sp - 1] = Numerics.i32DivS((int) s[sp - 1], (int) s[sp]); }
                            case Op.I32_DIV_U -> { sp--; s[sp - 1] = Numerics.i32DivU((int) s[sp - 1], (int) s[sp]); }
                            case Op.I32_REM_S -> { sp--; s[sp - 1] = Numerics.i32RemS((int) s[sp - 1], (int) s[sp]); }
                            case Op.I32_REM_U -> { sp--; s[sp - 1] = Numerics.i32RemU((int) s[sp - 1], (int) s[sp]); }
                            case Op.I32_AND -> { sp--; s[sp - 1] = (int) s[sp - 1] & (int) s[sp]; }
                            case Op.I32_OR -> { sp--; s[sp - 1] = (int) s[sp - 1] | (int) s[sp]; }
                            case Op.I32_XOR -> { sp--; s[sp - 1] = (int) s[sp - 1] ^ (int) s[sp]; }
                            case Op.I32_SHL -> { sp--; s[sp - 1] = (int) s[sp - 1] << (int) s[sp]; }
                            case Op.I32_SHR_S -> { sp--; s[sp - 1] = (int) s[sp - 1] >> (int) s[sp]; }
                            case Op.I32_SHR_U -> { sp--; s[sp - 1] = (int) s[sp - 1] >>> (int) s[sp]; }
                            case Op.I32_ROTL -> { sp--; s[sp - 1] = Integer.rotateLeft((int) s[sp - 1], (int) s[sp]); }
                            case Op.I32_ROTR -> { sp--; s[sp - 1] = Integer.rotateRight((int) s[sp - 1], (int) s[sp]); }

                            // ---- i64 ----
                            case Op.I64_EQZ -> s[sp - 1] = s[sp - 1] == 0 ? 1 : 0;
                            case Op.I64_EQ -> { sp--; s[sp - 1] = s[sp - 1] == s[sp] ? 1 : 0; }
                            case Op.I64_NE -> { sp--; s[sp - 1] = s[sp - 1] != s[sp] ? 1 : 0; }
                            case Op.I64_LT_S -> { sp--; s[sp - 1] = s[sp - 1] < s[sp] ? 1 : 0; }
                            case Op.I64_LT_U -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) < 0 ? 1 : 0; }
                            case Op.I64_GT_S -> { sp--; s[sp - 1] = s[sp - 1] > s[sp] ? 1 : 0; }
                            case Op.I64_GT_U -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) > 0 ? 1 : 0; }
                            case Op.I64_LE_S -> { sp--; s[sp - 1] = s[sp - 1] <= s[sp] ? 1 : 0; }
                            case Op.I64_LE_U -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) <= 0 ? 1 : 0; }
                            case Op.I64_GE_S -> { sp--; s[sp - 1] = s[sp - 1] >= s[sp] ? 1 : 0; }
                            case Op.I64_GE_U -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) >= 0 ? 1 : 0; }
                            case Op.I64_CLZ -> s[sp - 1] = Long.numberOfLeadingZeros(s[sp - 1]);
                            case Op.I64_CTZ -> s[sp - 1] = Long.numberOfTrailingZeros(s[sp - 1]);
                            case Op.I64_POPCNT -> s[sp - 1] = Long.bitCount(s[sp - 1]);
                            case Op.I64_ADD -> { sp--; s[sp - 1] += s[sp]; }
                            case Op.I64_SUB -> { sp--; s[sp - 1] -= s[sp]; }
                            case Op.I64_MUL -> { sp--; s[sp - 1] *= s[sp]; }
                            case Op.I64_DIV_S -> { sp--; s[sp - 1] = Numerics.i64DivS(s[sp - 1], s[sp]); }
                            case Op.I64_DIV_U -> { sp--; s[sp - 1] = Numerics.i64DivU(s[sp - 1], s[sp]); }
                            case Op.I64_REM_S -> { sp--; s[sp - 1] = Numerics.i64RemS(s[sp - 1], s[sp]); }
                            case Op.I64_REM_U -> { sp--; s[sp - 1] = Numerics.i64RemU(s[sp - 1], s[sp]); }
                            case Op.I64_AND -> { sp--; s[sp - 1] &= s[sp]; }
                            case Op.I64_OR -> { sp--; s[sp - 1] |= s[sp]; }
                            case Op.I64_XOR -> { sp--; s[sp - 1] ^= s[sp]; }
                            case Op.I64_SHL -> { sp--; s[sp - 1] <<= s[sp]; }
                            case Op.I64_SHR_S -> { sp--; s[sp - 1] >>= s[sp]; }
                            case Op.I64_SHR_U -> { sp--; s[sp - 1] >>>= s[sp]; }
                            case Op.I64_ROTL -> { sp--; s[sp - 1] = Long.rotateLeft(s[sp - 1], (int) s[sp]); }
                            case Op.I64_ROTR -> { sp--; s[sp - 1] = Long.rotateRight(s[sp - 1], (int) s[sp]); }

                            // ---- f32 / f64 ----
                            case Op.F32_EQ -> { sp--; s[sp - 1] = f32(s[sp - 1]) == f32(s[sp]) ? 1 : 0; }
                            case Op.F32_NE -> { sp--; s[sp - 1] = f32(s[sp - 1]) != f32(s[sp]) ? 1 : 0; }
                            case Op.F32_LT -> { sp--; s[sp - 1] = f32(s[sp - 1]) < f32(s[sp]) ? 1 : 0; }
                            case Op.F32_GT -> { sp--; s[sp - 1] = f32(s[sp - 1]) > f32(s[sp]) ? 1 : 0; }
                            case Op.F32_LE -> { sp--; s[sp - 1] = f32(s[sp - 1]) <= f32(s[sp]) ? 1 : 0; }
                            case Op.F32_GE -> { sp--; s[sp - 1] = f32(s[sp - 1]) >= f32(s[sp]) ? 1 : 0; }
                            case Op.F64_EQ -> { sp--; s[sp - 1] = f64(s[sp - 1]) == f64(s[sp]) ? 1 : 0; }
                            case Op.F64_NE -> { sp--; s[sp - 1] = f64(s[sp - 1]) != f64(s[sp]) ? 1 : 0; }
                            case Op.F64_LT -> { sp--; s[sp - 1] = f64(s[sp - 1]) < f64(s[sp]) ? 1 : 0; }
                            case Op.F64_GT -> { sp--; s[sp - 1] = f64(s[sp - 1]) > f64(s[sp]) ? 1 : 0; }
                            case Op.F64_LE -> { sp--; s[sp - 1] = f64(s[sp - 1]) <= f64(s[sp]) ? 1 : 0; }
                            case Op.F64_GE -> { sp--; s[sp - 1] = f64(s[sp - 1]) >= f64(s[sp]) ? 1 : 0; }
                            case Op.F32_ADD -> { sp--; s[sp - 1] = f32bits(f32(s[sp - 1]) + f32(s[sp])); }
                            case Op.F32_SUB -> { sp--; s[sp - 1] = f32bits(f32(s[sp - 1]) - f32(s[sp])); }
                            case Op.F32_MUL -> { sp--; s[sp - 1] = f32bits(f32(s[sp - 1]) * f32(s[sp])); }
                            case Op.F32_DIV -> { sp--; s[sp - 1] = f32bits(f32(s[sp - 1]) / f32(s[sp])); }
                            case Op.F64_ADD -> { sp--; s[sp - 1] = f64bits(f64(s[sp - 1]) + f64(s[sp])); }
                            case Op.F64_SUB -> { sp--; s[sp - 1] = f64bits(f64(s[sp - 1]) - f64(s[sp])); }
                            case Op.F64_MUL -> { sp--; s[sp - 1] = f64bits(f64(s[sp - 1]) * f64(s[sp])); }
                            case Op.F64_DIV -> { sp--; s[sp - 1] = f64bits(f64(s[sp - 1]) / f64(s[sp])); }
                            case Op.F32_ABS -> s[sp - 1] &= 0x7FFF_FFFFL;
                            case Op.F32_NEG -> s[sp - 1] = (s[sp - 1] ^ 0x8000_0000L) & 0xFFFF_FFFFL;
                            case Op.F64_ABS -> s[sp - 1] &= Long.MAX_VALUE;
                            case Op.F64_NEG -> s[sp - 1] ^= Long.MIN_VALUE;
                            case Op.I32_WRAP_I64 -> s[sp - 1] = (int) s[sp - 1];
                            case Op.I64_EXTEND_I32_S -> s[sp - 1] = (int) s[sp - 1];
                            case Op.I64_EXTEND_I32_U -> s[sp - 1] &= 0xFFFF_FFFFL;
                            case Op.F64_CONVERT_I32_S -> s[sp - 1] = f64bits((int) s[sp - 1]);
                            case Op.F64_CONVERT_I64_S -> s[sp - 1] = f64bits(s[sp - 1]);
                            case Op.I32_REINTERPRET_F32, Op.F32_REINTERPRET_I32 -> s[sp - 1] &= 0xFFFF_FFFFL;
                            case Op.I64_REINTERPRET_F64, Op.F64_REINTERPRET_I64 -> { }
                            default -> sp = Generic.numeric(code[pc - 1], s, sp);
                        }
                    }
                } catch (WasmThrow ex) {
                    long caught = handle(ex, pc - 1, st, fp, sp, c, inst);
                    s = st.slots;
                    r = st.refs;
                    pc = (int) (caught >>> 32);
                    sp = (int) caught;
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
    private static long handle(WasmThrow ex, int at, ValueStack st, int fp, int sp, Code c, Instance inst) {
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
                    int base = height < 0 ? sp : fp + height;
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

    /** Moves the top {@code arity} slots down to {@code to}; returns the new stack pointer. */
    private static int move(long[] s, Object[] r, int sp, int arity, int to) {
        int from = sp - arity;
        if (from != to) {
            System.arraycopy(s, from, s, to, arity);
            System.arraycopy(r, from, r, to, arity);
        }
        return to + arity;
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
