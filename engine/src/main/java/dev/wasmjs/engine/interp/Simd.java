package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.binary.Immediates;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.binary.SimdInfo;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.SimdFloats;
import dev.wasmjs.engine.runtime.SimdInts;
import dev.wasmjs.engine.runtime.SimdOps;

/**
 * SIMD instructions, run out of line from the dispatch loop ({@link Op#SIMD}, {@link Op#SIMD_IMM}). A v128 on the
 * stack is two slots, low half first. The lane arithmetic itself lives in the runtime's {@code Simd*} classes,
 * shared with the compiler; this class only moves operands and handles immediates and memory.
 */
final class Simd {
    private static final Opcode[] OPCODES = Opcode.values();

    private Simd() {
    }

    /** The immediate of {@link Op#SIMD}: the instruction and how to apply it ({@link SimdOps#shape}). */
    static int encode(Opcode op, int shape) {
        return op.ordinal() << 3 | shape;
    }

    /** Runs an {@link Op#SIMD} op (an instruction without immediates); returns the new stack pointer. */
    static int execute(int sub, long[] s, int sp) {
        Opcode op = OPCODES[sub >>> 3];
        switch (sub & 7) {
            case SimdOps.UNARY -> {
                s[sp - 2] = SimdOps.unary(op, s[sp - 2]);
                s[sp - 1] = SimdOps.unary(op, s[sp - 1]);
                return sp;
            }
            case SimdOps.BINARY -> {
                s[sp - 4] = SimdOps.binary(op, s[sp - 4], s[sp - 2]);
                s[sp - 3] = SimdOps.binary(op, s[sp - 3], s[sp - 1]);
                return sp - 2;
            }
            case SimdOps.TERNARY -> {
                s[sp - 6] = SimdOps.ternary(op, s[sp - 6], s[sp - 4], s[sp - 2]);
                s[sp - 5] = SimdOps.ternary(op, s[sp - 5], s[sp - 3], s[sp - 1]);
                return sp - 4;
            }
            case SimdOps.SHIFT -> {
                int count = (int) s[sp - 1];
                s[sp - 3] = SimdOps.shift(op, s[sp - 3], count);
                s[sp - 2] = SimdOps.shift(op, s[sp - 2], count);
                return sp - 1;
            }
            default -> {
                return SimdOps.other(op, s, sp);
            }
        }
    }

    /**
     * Runs an {@link Op#SIMD_IMM} op: {@code code[pc]} is the instruction's ordinal, then four ints: the 128-bit
     * constant or shuffle lanes (low int first); or the lane index; or memory index, 64-bit offset, lane index.
     * Returns the new stack pointer.
     */
    static int withImmediates(int[] code, int pc, long[] s, int sp, Instance inst) {
        Opcode op = OPCODES[code[pc]];
        switch (op) {
            case V128_CONST -> {
                s[sp] = longAt(code, pc + 1);
                s[sp + 1] = longAt(code, pc + 3);
                return sp + 2;
            }
            case I8X16_SHUFFLE -> {
                long aLo = s[sp - 4];
                long aHi = s[sp - 3];
                long bLo = s[sp - 2];
                long bHi = s[sp - 1];
                s[sp - 4] = SimdInts.shuffle(aLo, aHi, bLo, bHi, longAt(code, pc + 1));
                s[sp - 3] = SimdInts.shuffle(aLo, aHi, bLo, bHi, longAt(code, pc + 3));
                return sp - 2;
            }
            default -> {
                if (op.immediates == Immediates.LANE) {
                    return lane(op, code[pc + 1], s, sp);
                }
                Memory m = inst.memories[code[pc + 1]];
                return memory(op, m, longAt(code, pc + 2), code[pc + 4], s, sp);
            }
        }
    }

    private static long longAt(int[] code, int at) {
        return (code[at] & 0xFFFF_FFFFL) | ((long) code[at + 1] << 32);
    }

    /** extract_lane / replace_lane; {@code lane} is validated against the shape. */
    private static int lane(Opcode op, int lane, long[] s, int sp) {
        switch (op) {
            case I8X16_EXTRACT_LANE_S, I8X16_EXTRACT_LANE_U, I16X8_EXTRACT_LANE_S, I16X8_EXTRACT_LANE_U,
                 I32X4_EXTRACT_LANE, I64X2_EXTRACT_LANE, F32X4_EXTRACT_LANE, F64X2_EXTRACT_LANE -> {
                int lanes = laneCount(op);
                long half = lane < lanes / 2 ? s[sp - 2] : s[sp - 1];
                int i = lane & (lanes / 2 - 1);
                s[sp - 2] = switch (op) {
                    case I8X16_EXTRACT_LANE_S -> SimdInts.extract8S(half, i);
                    case I8X16_EXTRACT_LANE_U -> SimdInts.extract8U(half, i);
                    case I16X8_EXTRACT_LANE_S -> SimdInts.extract16S(half, i);
                    case I16X8_EXTRACT_LANE_U -> SimdInts.extract16U(half, i);
                    case I32X4_EXTRACT_LANE -> SimdInts.extract32(half, i);
                    case F32X4_EXTRACT_LANE -> SimdInts.extract32(half, i) & 0xFFFF_FFFFL;
                    default -> half;
                };
                return sp - 1;
            }
            default -> {
                // replace_lane: vector at sp-3, sp-2; scalar at sp-1.
                int lanes = laneCount(op);
                int at = lane < lanes / 2 ? sp - 3 : sp - 2;
                int i = lane & (lanes / 2 - 1);
                long x = s[sp - 1];
                s[at] = switch (op) {
                    case I8X16_REPLACE_LANE -> SimdInts.replace8(s[at], i, (int) x);
                    case I16X8_REPLACE_LANE -> SimdInts.replace16(s[at], i, (int) x);
                    case I32X4_REPLACE_LANE, F32X4_REPLACE_LANE -> SimdInts.replace32(s[at], i, (int) x);
                    default -> x;
                };
                return sp - 1;
            }
        }
    }

    private static int laneCount(Opcode op) {
        return SimdInfo.laneCount(op);
    }

    /** Loads and stores; {@code lane} only matters for the lane forms. */
    private static int memory(Opcode op, Memory m, long offset, int lane, long[] s, int sp) {
        switch (op) {
            case V128_STORE -> {
                long ea = Generic.effectiveAddress(m, s[sp - 3], offset);
                // High half first: if any byte is out of bounds this traps before memory changes.
                m.storeI64(ea + 8, s[sp - 1]);
                m.storeI64(ea, s[sp - 2]);
                return sp - 3;
            }
            case V128_STORE8_LANE, V128_STORE16_LANE, V128_STORE32_LANE, V128_STORE64_LANE -> {
                long ea = Generic.effectiveAddress(m, s[sp - 3], offset);
                int lanes = laneCount(op);
                long half = lane < lanes / 2 ? s[sp - 2] : s[sp - 1];
                int i = lane & (lanes / 2 - 1);
                switch (op) {
                    case V128_STORE8_LANE -> m.storeI8(ea, SimdInts.extract8U(half, i));
                    case V128_STORE16_LANE -> m.storeI16(ea, SimdInts.extract16U(half, i));
                    case V128_STORE32_LANE -> m.storeI32(ea, SimdInts.extract32(half, i));
                    default -> m.storeI64(ea, half);
                }
                return sp - 3;
            }
            case V128_LOAD8_LANE, V128_LOAD16_LANE, V128_LOAD32_LANE, V128_LOAD64_LANE -> {
                // address at sp-3, vector at sp-2, sp-1; the result vector replaces the address.
                long ea = Generic.effectiveAddress(m, s[sp - 3], offset);
                int lanes = laneCount(op);
                long lo = s[sp - 2];
                long hi = s[sp - 1];
                boolean low = lane < lanes / 2;
                long half = low ? lo : hi;
                int i = lane & (lanes / 2 - 1);
                half = switch (op) {
                    case V128_LOAD8_LANE -> SimdInts.replace8(half, i, m.loadU8(ea));
                    case V128_LOAD16_LANE -> SimdInts.replace16(half, i, m.loadU16(ea));
                    case V128_LOAD32_LANE -> SimdInts.replace32(half, i, m.loadI32(ea));
                    default -> m.loadI64(ea);
                };
                s[sp - 3] = low ? half : lo;
                s[sp - 2] = low ? hi : half;
                return sp - 1;
            }
            default -> {
                long ea = Generic.effectiveAddress(m, s[sp - 1], offset);
                long lo;
                long hi;
                switch (op) {
                    case V128_LOAD -> {
                        hi = m.loadI64(ea + 8);
                        lo = m.loadI64(ea);
                    }
                    case V128_LOAD8X8_S, V128_LOAD8X8_U, V128_LOAD16X4_S, V128_LOAD16X4_U, V128_LOAD32X2_S,
                         V128_LOAD32X2_U -> {
                        long x = m.loadI64(ea);
                        int q0 = (int) x;
                        int q1 = (int) (x >>> 32);
                        switch (op) {
                            case V128_LOAD8X8_S -> {
                                lo = SimdInts.widen8to16S(q0);
                                hi = SimdInts.widen8to16S(q1);
                            }
                            case V128_LOAD8X8_U -> {
                                lo = SimdInts.widen8to16U(q0);
                                hi = SimdInts.widen8to16U(q1);
                            }
                            case V128_LOAD16X4_S -> {
                                lo = SimdInts.widen16to32S(q0);
                                hi = SimdInts.widen16to32S(q1);
                            }
                            case V128_LOAD16X4_U -> {
                                lo = SimdInts.widen16to32U(q0);
                                hi = SimdInts.widen16to32U(q1);
                            }
                            case V128_LOAD32X2_S -> {
                                lo = q0;
                                hi = q1;
                            }
                            default -> {
                                lo = q0 & 0xFFFF_FFFFL;
                                hi = q1 & 0xFFFF_FFFFL;
                            }
                        }
                    }
                    case V128_LOAD8_SPLAT -> lo = hi = SimdInts.splat8(m.loadU8(ea));
                    case V128_LOAD16_SPLAT -> lo = hi = SimdInts.splat16(m.loadU16(ea));
                    case V128_LOAD32_SPLAT -> lo = hi = SimdFloats.f32x4Splat(m.loadI32(ea));
                    case V128_LOAD64_SPLAT -> lo = hi = m.loadI64(ea);
                    case V128_LOAD32_ZERO -> {
                        lo = m.loadI32(ea) & 0xFFFF_FFFFL;
                        hi = 0;
                    }
                    case V128_LOAD64_ZERO -> {
                        lo = m.loadI64(ea);
                        hi = 0;
                    }
                    default -> throw new IllegalStateException("not a SIMD memory instruction: " + op);
                }
                s[sp - 1] = lo;
                s[sp] = hi;
                return sp + 1;
            }
        }
    }
}
