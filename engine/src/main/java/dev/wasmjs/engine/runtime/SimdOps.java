package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.binary.Immediates;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.types.ValType;

/**
 * Every SIMD instruction without immediates, by opcode: the single mapping from an instruction to the lane
 * arithmetic of {@link SimdInts}, {@link SimdFloats} and {@link SimdRelaxed}.
 *
 * <p>Instructions are grouped by {@link #shape}: most work on each 64-bit half independently, so a tier applies
 * {@link #unary}, {@link #binary}, {@link #ternary} or {@link #shift} to the low halves and then to the high
 * halves; the rest ({@link #OTHER}) combine halves or change type and run on a slot stack via {@link #other}.
 * Instructions with immediates (constants, shuffles, lanes, memory) are the tiers' own business.
 *
 * <p>For a compiler keeping a v128 in two long locals: a halfwise instruction is two calls of the method this
 * class's switch names for it ({@code r.lo = f(a.lo, b.lo)}, {@code r.hi = f(a.hi, b.hi)}; v128 bitwise and
 * i64x2 add/sub/mul/neg are plain long arithmetic), or, generically, two calls of {@link #binary} etc. with the
 * opcode as a constant. The {@link #OTHER} ones, spelled out in {@link #other}, each take one or two calls per
 * half: splats call {@code SimdInts.splat8/16/32} once for both halves; widening ops split the source half
 * ({@code lo} for {@code _low}, {@code hi} for {@code _high}) into two ints and widen each into one result half;
 * narrowing ops and the {@code _zero} conversions make a result half from a whole input vector. The interpreter's
 * {@code interp.Simd} shows the immediate forms: lane access picks the half by lane index and calls
 * {@code SimdInts.extract*}/{@code replace*} with the lane within the half; loads and stores use {@link Memory}'s
 * little-endian accessors (a {@code v128.store} writes the high half first, so an out-of-bounds store traps
 * before writing anything).
 */
public final class SimdOps {
    private SimdOps() {
    }

    /** {@code v128 -> v128}, each half alone: {@code r.lo = unary(a.lo)}, {@code r.hi = unary(a.hi)}. */
    public static final int UNARY = 1;
    /** {@code v128 v128 -> v128}, half by half. */
    public static final int BINARY = 2;
    /** {@code v128 v128 v128 -> v128}, half by half. */
    public static final int TERNARY = 3;
    /** {@code v128 i32 -> v128} shifts, half by half with the same count. */
    public static final int SHIFT = 4;
    /** Everything else without immediates: see {@link #other}. */
    public static final int OTHER = 5;
    /** Instructions with immediates: v128.const, shuffle, lane access, loads and stores. */
    public static final int IMMEDIATE = 6;

    /** How a tier applies a SIMD instruction (one of {@link #UNARY} ... {@link #IMMEDIATE}). */
    public static int shape(Opcode op) {
        if (op.prefix != 0xFD) {
            throw new IllegalArgumentException(op + " is not a SIMD instruction");
        }
        if (op.immediates != Immediates.NONE) {
            return IMMEDIATE;
        }
        ValType[] p = op.params();
        ValType[] r = op.results();
        boolean vectorResult = r.length == 1 && r[0] == ValType.V128;
        if (!vectorResult || combinesHalves(op)) {
            return OTHER;
        }
        if (p.length == 2 && p[0] == ValType.V128 && p[1] == ValType.I32) {
            return SHIFT;
        }
        for (ValType t : p) {
            if (t != ValType.V128) {
                return OTHER; // splats
            }
        }
        return p.length == 1 ? UNARY : p.length == 2 ? BINARY : TERNARY;
    }

    /** Vector-to-vector instructions whose result halves depend on both input halves (or only on the low one). */
    private static boolean combinesHalves(Opcode op) {
        return switch (op) {
            case I8X16_SWIZZLE, I8X16_RELAXED_SWIZZLE, I8X16_NARROW_I16X8_S, I8X16_NARROW_I16X8_U,
                 I16X8_NARROW_I32X4_S, I16X8_NARROW_I32X4_U,
                 I16X8_EXTEND_LOW_I8X16_S, I16X8_EXTEND_HIGH_I8X16_S, I16X8_EXTEND_LOW_I8X16_U,
                 I16X8_EXTEND_HIGH_I8X16_U, I32X4_EXTEND_LOW_I16X8_S, I32X4_EXTEND_HIGH_I16X8_S,
                 I32X4_EXTEND_LOW_I16X8_U, I32X4_EXTEND_HIGH_I16X8_U, I64X2_EXTEND_LOW_I32X4_S,
                 I64X2_EXTEND_HIGH_I32X4_S, I64X2_EXTEND_LOW_I32X4_U, I64X2_EXTEND_HIGH_I32X4_U,
                 I16X8_EXTMUL_LOW_I8X16_S, I16X8_EXTMUL_HIGH_I8X16_S, I16X8_EXTMUL_LOW_I8X16_U,
                 I16X8_EXTMUL_HIGH_I8X16_U, I32X4_EXTMUL_LOW_I16X8_S, I32X4_EXTMUL_HIGH_I16X8_S,
                 I32X4_EXTMUL_LOW_I16X8_U, I32X4_EXTMUL_HIGH_I16X8_U, I64X2_EXTMUL_LOW_I32X4_S,
                 I64X2_EXTMUL_HIGH_I32X4_S, I64X2_EXTMUL_LOW_I32X4_U, I64X2_EXTMUL_HIGH_I32X4_U,
                 F32X4_DEMOTE_F64X2_ZERO, F64X2_PROMOTE_LOW_F32X4, F64X2_CONVERT_LOW_I32X4_S,
                 F64X2_CONVERT_LOW_I32X4_U, I32X4_TRUNC_SAT_F64X2_S_ZERO, I32X4_TRUNC_SAT_F64X2_U_ZERO,
                 I32X4_RELAXED_TRUNC_F64X2_S_ZERO, I32X4_RELAXED_TRUNC_F64X2_U_ZERO -> true;
            default -> false;
        };
    }

    private static IllegalArgumentException notShape(Opcode op, String shape) {
        return new IllegalArgumentException(op + " is not a " + shape + " SIMD instruction");
    }

    /** One half of a {@link #UNARY} instruction. */
    public static long unary(Opcode op, long a) {
        return switch (op) {
            case V128_NOT -> ~a;
            case I8X16_ABS -> SimdInts.i8x16Abs(a);
            case I8X16_NEG -> SimdInts.i8x16Neg(a);
            case I8X16_POPCNT -> SimdInts.i8x16Popcnt(a);
            case I16X8_ABS -> SimdInts.i16x8Abs(a);
            case I16X8_NEG -> SimdInts.i16x8Neg(a);
            case I32X4_ABS -> SimdInts.i32x4Abs(a);
            case I32X4_NEG -> SimdInts.i32x4Neg(a);
            case I64X2_ABS -> SimdInts.i64x2Abs(a);
            case I64X2_NEG -> -a;
            case I16X8_EXTADD_PAIRWISE_I8X16_S -> SimdInts.i16x8ExtaddPairwiseS(a);
            case I16X8_EXTADD_PAIRWISE_I8X16_U -> SimdInts.i16x8ExtaddPairwiseU(a);
            case I32X4_EXTADD_PAIRWISE_I16X8_S -> SimdInts.i32x4ExtaddPairwiseS(a);
            case I32X4_EXTADD_PAIRWISE_I16X8_U -> SimdInts.i32x4ExtaddPairwiseU(a);
            case F32X4_ABS -> SimdFloats.f32x4Abs(a);
            case F32X4_NEG -> SimdFloats.f32x4Neg(a);
            case F32X4_SQRT -> SimdFloats.f32x4Sqrt(a);
            case F32X4_CEIL -> SimdFloats.f32x4Ceil(a);
            case F32X4_FLOOR -> SimdFloats.f32x4Floor(a);
            case F32X4_TRUNC -> SimdFloats.f32x4Trunc(a);
            case F32X4_NEAREST -> SimdFloats.f32x4Nearest(a);
            case F64X2_ABS -> SimdFloats.f64x2Abs(a);
            case F64X2_NEG -> SimdFloats.f64x2Neg(a);
            case F64X2_SQRT -> SimdFloats.f64x2Sqrt(a);
            case F64X2_CEIL -> SimdFloats.f64x2Ceil(a);
            case F64X2_FLOOR -> SimdFloats.f64x2Floor(a);
            case F64X2_TRUNC -> SimdFloats.f64x2Trunc(a);
            case F64X2_NEAREST -> SimdFloats.f64x2Nearest(a);
            case I32X4_TRUNC_SAT_F32X4_S -> SimdFloats.i32x4TruncSatF32x4S(a);
            case I32X4_TRUNC_SAT_F32X4_U -> SimdFloats.i32x4TruncSatF32x4U(a);
            case F32X4_CONVERT_I32X4_S -> SimdFloats.f32x4ConvertI32x4S(a);
            case F32X4_CONVERT_I32X4_U -> SimdFloats.f32x4ConvertI32x4U(a);
            case I32X4_RELAXED_TRUNC_F32X4_S -> SimdRelaxed.i32x4TruncF32x4S(a);
            case I32X4_RELAXED_TRUNC_F32X4_U -> SimdRelaxed.i32x4TruncF32x4U(a);
            default -> throw notShape(op, "unary");
        };
    }

    /** One half of a {@link #BINARY} instruction. */
    public static long binary(Opcode op, long a, long b) {
        return switch (op) {
            case V128_AND -> a & b;
            case V128_ANDNOT -> a & ~b;
            case V128_OR -> a | b;
            case V128_XOR -> a ^ b;
            case I8X16_EQ, I8X16_NE, I8X16_LT_S, I8X16_LT_U, I8X16_GT_S, I8X16_GT_U, I8X16_LE_S, I8X16_LE_U,
                 I8X16_GE_S, I8X16_GE_U -> SimdInts.i8x16Compare(op.code - Opcode.I8X16_EQ.code, a, b);
            case I16X8_EQ, I16X8_NE, I16X8_LT_S, I16X8_LT_U, I16X8_GT_S, I16X8_GT_U, I16X8_LE_S, I16X8_LE_U,
                 I16X8_GE_S, I16X8_GE_U -> SimdInts.i16x8Compare(op.code - Opcode.I16X8_EQ.code, a, b);
            case I32X4_EQ, I32X4_NE, I32X4_LT_S, I32X4_LT_U, I32X4_GT_S, I32X4_GT_U, I32X4_LE_S, I32X4_LE_U,
                 I32X4_GE_S, I32X4_GE_U -> SimdInts.i32x4Compare(op.code - Opcode.I32X4_EQ.code, a, b);
            case I64X2_EQ -> SimdInts.i64x2Compare(SimdInts.EQ, a, b);
            case I64X2_NE -> SimdInts.i64x2Compare(SimdInts.NE, a, b);
            case I64X2_LT_S -> SimdInts.i64x2Compare(SimdInts.LT_S, a, b);
            case I64X2_GT_S -> SimdInts.i64x2Compare(SimdInts.GT_S, a, b);
            case I64X2_LE_S -> SimdInts.i64x2Compare(SimdInts.LE_S, a, b);
            case I64X2_GE_S -> SimdInts.i64x2Compare(SimdInts.GE_S, a, b);
            case F32X4_EQ, F32X4_NE, F32X4_LT, F32X4_GT, F32X4_LE, F32X4_GE ->
                    SimdFloats.f32x4Compare(op.code - Opcode.F32X4_EQ.code, a, b);
            case F64X2_EQ, F64X2_NE, F64X2_LT, F64X2_GT, F64X2_LE, F64X2_GE ->
                    SimdFloats.f64x2Compare(op.code - Opcode.F64X2_EQ.code, a, b);
            case I8X16_ADD -> SimdInts.i8x16Add(a, b);
            case I8X16_ADD_SAT_S -> SimdInts.i8x16AddSatS(a, b);
            case I8X16_ADD_SAT_U -> SimdInts.i8x16AddSatU(a, b);
            case I8X16_SUB -> SimdInts.i8x16Sub(a, b);
            case I8X16_SUB_SAT_S -> SimdInts.i8x16SubSatS(a, b);
            case I8X16_SUB_SAT_U -> SimdInts.i8x16SubSatU(a, b);
            case I8X16_MIN_S -> SimdInts.i8x16MinS(a, b);
            case I8X16_MIN_U -> SimdInts.i8x16MinU(a, b);
            case I8X16_MAX_S -> SimdInts.i8x16MaxS(a, b);
            case I8X16_MAX_U -> SimdInts.i8x16MaxU(a, b);
            case I8X16_AVGR_U -> SimdInts.i8x16AvgrU(a, b);
            case I16X8_ADD -> SimdInts.i16x8Add(a, b);
            case I16X8_ADD_SAT_S -> SimdInts.i16x8AddSatS(a, b);
            case I16X8_ADD_SAT_U -> SimdInts.i16x8AddSatU(a, b);
            case I16X8_SUB -> SimdInts.i16x8Sub(a, b);
            case I16X8_SUB_SAT_S -> SimdInts.i16x8SubSatS(a, b);
            case I16X8_SUB_SAT_U -> SimdInts.i16x8SubSatU(a, b);
            case I16X8_MUL -> SimdInts.i16x8Mul(a, b);
            case I16X8_MIN_S -> SimdInts.i16x8MinS(a, b);
            case I16X8_MIN_U -> SimdInts.i16x8MinU(a, b);
            case I16X8_MAX_S -> SimdInts.i16x8MaxS(a, b);
            case I16X8_MAX_U -> SimdInts.i16x8MaxU(a, b);
            case I16X8_AVGR_U -> SimdInts.i16x8AvgrU(a, b);
            case I16X8_Q15MULR_SAT_S -> SimdInts.i16x8Q15MulrSatS(a, b);
            case I32X4_ADD -> SimdInts.i32x4Add(a, b);
            case I32X4_SUB -> SimdInts.i32x4Sub(a, b);
            case I32X4_MUL -> SimdInts.i32x4Mul(a, b);
            case I32X4_MIN_S -> SimdInts.i32x4MinS(a, b);
            case I32X4_MIN_U -> SimdInts.i32x4MinU(a, b);
            case I32X4_MAX_S -> SimdInts.i32x4MaxS(a, b);
            case I32X4_MAX_U -> SimdInts.i32x4MaxU(a, b);
            case I32X4_DOT_I16X8_S -> SimdInts.i32x4DotI16x8S(a, b);
            case I64X2_ADD -> a + b;
            case I64X2_SUB -> a - b;
            case I64X2_MUL -> a * b;
            case F32X4_ADD -> SimdFloats.f32x4Add(a, b);
            case F32X4_SUB -> SimdFloats.f32x4Sub(a, b);
            case F32X4_MUL -> SimdFloats.f32x4Mul(a, b);
            case F32X4_DIV -> SimdFloats.f32x4Div(a, b);
            case F32X4_MIN -> SimdFloats.f32x4Min(a, b);
            case F32X4_MAX -> SimdFloats.f32x4Max(a, b);
            case F32X4_PMIN -> SimdFloats.f32x4Pmin(a, b);
            case F32X4_PMAX -> SimdFloats.f32x4Pmax(a, b);
            case F64X2_ADD -> SimdFloats.f64x2Add(a, b);
            case F64X2_SUB -> SimdFloats.f64x2Sub(a, b);
            case F64X2_MUL -> SimdFloats.f64x2Mul(a, b);
            case F64X2_DIV -> SimdFloats.f64x2Div(a, b);
            case F64X2_MIN -> SimdFloats.f64x2Min(a, b);
            case F64X2_MAX -> SimdFloats.f64x2Max(a, b);
            case F64X2_PMIN -> SimdFloats.f64x2Pmin(a, b);
            case F64X2_PMAX -> SimdFloats.f64x2Pmax(a, b);
            case F32X4_RELAXED_MIN -> SimdRelaxed.f32x4Min(a, b);
            case F32X4_RELAXED_MAX -> SimdRelaxed.f32x4Max(a, b);
            case F64X2_RELAXED_MIN -> SimdRelaxed.f64x2Min(a, b);
            case F64X2_RELAXED_MAX -> SimdRelaxed.f64x2Max(a, b);
            case I16X8_RELAXED_Q15MULR_S -> SimdRelaxed.i16x8Q15mulrS(a, b);
            case I16X8_RELAXED_DOT_I8X16_I7X16_S -> SimdRelaxed.i16x8DotI8x16I7x16S(a, b);
            default -> throw notShape(op, "binary");
        };
    }

    /** One half of a {@link #TERNARY} instruction. */
    public static long ternary(Opcode op, long a, long b, long c) {
        return switch (op) {
            case V128_BITSELECT -> SimdInts.bitselect(a, b, c);
            case F32X4_RELAXED_MADD -> SimdRelaxed.f32x4Madd(a, b, c);
            case F32X4_RELAXED_NMADD -> SimdRelaxed.f32x4Nmadd(a, b, c);
            case F64X2_RELAXED_MADD -> SimdRelaxed.f64x2Madd(a, b, c);
            case F64X2_RELAXED_NMADD -> SimdRelaxed.f64x2Nmadd(a, b, c);
            case I8X16_RELAXED_LANESELECT, I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT,
                 I64X2_RELAXED_LANESELECT -> SimdRelaxed.laneselect(a, b, c);
            case I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S -> SimdRelaxed.i32x4DotI8x16I7x16AddS(a, b, c);
            default -> throw notShape(op, "ternary");
        };
    }

    /** One half of a {@link #SHIFT} instruction. */
    public static long shift(Opcode op, long a, int count) {
        return switch (op) {
            case I8X16_SHL -> SimdInts.i8x16Shl(a, count);
            case I8X16_SHR_S -> SimdInts.i8x16ShrS(a, count);
            case I8X16_SHR_U -> SimdInts.i8x16ShrU(a, count);
            case I16X8_SHL -> SimdInts.i16x8Shl(a, count);
            case I16X8_SHR_S -> SimdInts.i16x8ShrS(a, count);
            case I16X8_SHR_U -> SimdInts.i16x8ShrU(a, count);
            case I32X4_SHL -> SimdInts.i32x4Shl(a, count);
            case I32X4_SHR_S -> SimdInts.i32x4ShrS(a, count);
            case I32X4_SHR_U -> SimdInts.i32x4ShrU(a, count);
            case I64X2_SHL -> SimdInts.i64x2Shl(a, count);
            case I64X2_SHR_S -> SimdInts.i64x2ShrS(a, count);
            case I64X2_SHR_U -> SimdInts.i64x2ShrU(a, count);
            default -> throw notShape(op, "shift");
        };
    }

    /**
     * Runs an {@link #OTHER} instruction on the top of a slot stack ({@code s[sp - 1]} is the top slot; a v128
     * takes two slots, low half first; scalars one slot, i32 and f32 zero-extended as everywhere in the engine).
     * Returns the new stack pointer.
     */
    public static int other(Opcode op, long[] s, int sp) {
        switch (op) {
            case I8X16_SPLAT, I16X8_SPLAT, I32X4_SPLAT, F32X4_SPLAT -> {
                int x = (int) s[sp - 1];
                long h = op == Opcode.I8X16_SPLAT ? SimdInts.splat8(x)
                        : op == Opcode.I16X8_SPLAT ? SimdInts.splat16(x) : SimdInts.splat32(x);
                s[sp - 1] = h;
                s[sp] = h;
                return sp + 1;
            }
            case I64X2_SPLAT, F64X2_SPLAT -> {
                s[sp] = s[sp - 1];
                return sp + 1;
            }
            case V128_ANY_TRUE -> {
                s[sp - 2] = SimdInts.anyTrue(s[sp - 2], s[sp - 1]) ? 1 : 0;
                return sp - 1;
            }
            case I8X16_ALL_TRUE, I16X8_ALL_TRUE, I32X4_ALL_TRUE, I64X2_ALL_TRUE -> {
                long lo = s[sp - 2];
                long hi = s[sp - 1];
                boolean all = switch (op) {
                    case I8X16_ALL_TRUE -> SimdInts.i8x16AllTrue(lo) && SimdInts.i8x16AllTrue(hi);
                    case I16X8_ALL_TRUE -> SimdInts.i16x8AllTrue(lo) && SimdInts.i16x8AllTrue(hi);
                    case I32X4_ALL_TRUE -> SimdInts.i32x4AllTrue(lo) && SimdInts.i32x4AllTrue(hi);
                    default -> lo != 0 && hi != 0;
                };
                s[sp - 2] = all ? 1 : 0;
                return sp - 1;
            }
            case I8X16_BITMASK, I16X8_BITMASK, I32X4_BITMASK, I64X2_BITMASK -> {
                long lo = s[sp - 2];
                long hi = s[sp - 1];
                s[sp - 2] = switch (op) {
                    case I8X16_BITMASK -> SimdInts.i8x16Bitmask(lo) | SimdInts.i8x16Bitmask(hi) << 8;
                    case I16X8_BITMASK -> SimdInts.i16x8Bitmask(lo) | SimdInts.i16x8Bitmask(hi) << 4;
                    case I32X4_BITMASK -> SimdInts.i32x4Bitmask(lo) | SimdInts.i32x4Bitmask(hi) << 2;
                    default -> (int) (lo >>> 63) | (int) (hi >>> 63) << 1;
                };
                return sp - 1;
            }
            default -> {
                return otherVector(op, s, sp);
            }
        }
    }

    /** Which widening instructions read the high half of their inputs (the {@code *_high_*} forms). */
    private static final boolean[] HIGH = new boolean[Opcode.values().length];

    static {
        for (Opcode op : Opcode.values()) {
            HIGH[op.ordinal()] = op.prefix == 0xFD && op.text.contains("_high_");
        }
    }

    /** The {@link #OTHER} instructions with a v128 result. */
    private static int otherVector(Opcode op, long[] s, int sp) {
        // Unary ones read (lo, hi) at sp-2; binary ones read a at sp-4 and b at sp-2 and leave the result at sp-4.
        switch (op) {
            case I8X16_SWIZZLE, I8X16_RELAXED_SWIZZLE, I8X16_NARROW_I16X8_S, I8X16_NARROW_I16X8_U,
                 I16X8_NARROW_I32X4_S, I16X8_NARROW_I32X4_U -> {
                long aLo = s[sp - 4];
                long aHi = s[sp - 3];
                long bLo = s[sp - 2];
                long bHi = s[sp - 1];
                switch (op) {
                    case I8X16_SWIZZLE -> {
                        s[sp - 4] = SimdInts.swizzle(aLo, aHi, bLo);
                        s[sp - 3] = SimdInts.swizzle(aLo, aHi, bHi);
                    }
                    case I8X16_RELAXED_SWIZZLE -> {
                        s[sp - 4] = SimdRelaxed.swizzle(aLo, aHi, bLo);
                        s[sp - 3] = SimdRelaxed.swizzle(aLo, aHi, bHi);
                    }
                    case I8X16_NARROW_I16X8_S -> {
                        s[sp - 4] = SimdInts.narrow16to8S(aLo, aHi);
                        s[sp - 3] = SimdInts.narrow16to8S(bLo, bHi);
                    }
                    case I8X16_NARROW_I16X8_U -> {
                        s[sp - 4] = SimdInts.narrow16to8U(aLo, aHi);
                        s[sp - 3] = SimdInts.narrow16to8U(bLo, bHi);
                    }
                    case I16X8_NARROW_I32X4_S -> {
                        s[sp - 4] = SimdInts.narrow32to16S(aLo, aHi);
                        s[sp - 3] = SimdInts.narrow32to16S(bLo, bHi);
                    }
                    default -> {
                        s[sp - 4] = SimdInts.narrow32to16U(aLo, aHi);
                        s[sp - 3] = SimdInts.narrow32to16U(bLo, bHi);
                    }
                }
                return sp - 2;
            }
            case I16X8_EXTMUL_LOW_I8X16_S, I16X8_EXTMUL_HIGH_I8X16_S, I16X8_EXTMUL_LOW_I8X16_U,
                 I16X8_EXTMUL_HIGH_I8X16_U, I32X4_EXTMUL_LOW_I16X8_S, I32X4_EXTMUL_HIGH_I16X8_S,
                 I32X4_EXTMUL_LOW_I16X8_U, I32X4_EXTMUL_HIGH_I16X8_U, I64X2_EXTMUL_LOW_I32X4_S,
                 I64X2_EXTMUL_HIGH_I32X4_S, I64X2_EXTMUL_LOW_I32X4_U, I64X2_EXTMUL_HIGH_I32X4_U -> {
                // The "high" forms read the high halves; each input half holds two quarters (ints).
                boolean high = HIGH[op.ordinal()];
                long a = s[sp - (high ? 3 : 4)];
                long b = s[sp - (high ? 1 : 2)];
                int a0 = (int) a;
                int a1 = (int) (a >>> 32);
                int b0 = (int) b;
                int b1 = (int) (b >>> 32);
                switch (op) {
                    case I16X8_EXTMUL_LOW_I8X16_S, I16X8_EXTMUL_HIGH_I8X16_S -> {
                        s[sp - 4] = SimdInts.extmul8to16S(a0, b0);
                        s[sp - 3] = SimdInts.extmul8to16S(a1, b1);
                    }
                    case I16X8_EXTMUL_LOW_I8X16_U, I16X8_EXTMUL_HIGH_I8X16_U -> {
                        s[sp - 4] = SimdInts.extmul8to16U(a0, b0);
                        s[sp - 3] = SimdInts.extmul8to16U(a1, b1);
                    }
                    case I32X4_EXTMUL_LOW_I16X8_S, I32X4_EXTMUL_HIGH_I16X8_S -> {
                        s[sp - 4] = SimdInts.extmul16to32S(a0, b0);
                        s[sp - 3] = SimdInts.extmul16to32S(a1, b1);
                    }
                    case I32X4_EXTMUL_LOW_I16X8_U, I32X4_EXTMUL_HIGH_I16X8_U -> {
                        s[sp - 4] = SimdInts.extmul16to32U(a0, b0);
                        s[sp - 3] = SimdInts.extmul16to32U(a1, b1);
                    }
                    case I64X2_EXTMUL_LOW_I32X4_S, I64X2_EXTMUL_HIGH_I32X4_S -> {
                        s[sp - 4] = SimdInts.extmul32to64S(a0, b0);
                        s[sp - 3] = SimdInts.extmul32to64S(a1, b1);
                    }
                    default -> {
                        s[sp - 4] = SimdInts.extmul32to64U(a0, b0);
                        s[sp - 3] = SimdInts.extmul32to64U(a1, b1);
                    }
                }
                return sp - 2;
            }
            default -> {
                long lo = s[sp - 2];
                long hi = s[sp - 1];
                long half = HIGH[op.ordinal()] ? hi : lo;
                int q0 = (int) half;
                int q1 = (int) (half >>> 32);
                long rLo;
                long rHi;
                switch (op) {
                    case I16X8_EXTEND_LOW_I8X16_S, I16X8_EXTEND_HIGH_I8X16_S -> {
                        rLo = SimdInts.widen8to16S(q0);
                        rHi = SimdInts.widen8to16S(q1);
                    }
                    case I16X8_EXTEND_LOW_I8X16_U, I16X8_EXTEND_HIGH_I8X16_U -> {
                        rLo = SimdInts.widen8to16U(q0);
                        rHi = SimdInts.widen8to16U(q1);
                    }
                    case I32X4_EXTEND_LOW_I16X8_S, I32X4_EXTEND_HIGH_I16X8_S -> {
                        rLo = SimdInts.widen16to32S(q0);
                        rHi = SimdInts.widen16to32S(q1);
                    }
                    case I32X4_EXTEND_LOW_I16X8_U, I32X4_EXTEND_HIGH_I16X8_U -> {
                        rLo = SimdInts.widen16to32U(q0);
                        rHi = SimdInts.widen16to32U(q1);
                    }
                    case I64X2_EXTEND_LOW_I32X4_S, I64X2_EXTEND_HIGH_I32X4_S -> {
                        rLo = q0;
                        rHi = q1;
                    }
                    case I64X2_EXTEND_LOW_I32X4_U, I64X2_EXTEND_HIGH_I32X4_U -> {
                        rLo = q0 & 0xFFFF_FFFFL;
                        rHi = q1 & 0xFFFF_FFFFL;
                    }
                    case F64X2_PROMOTE_LOW_F32X4 -> {
                        rLo = SimdFloats.f64Promote(q0);
                        rHi = SimdFloats.f64Promote(q1);
                    }
                    case F64X2_CONVERT_LOW_I32X4_S -> {
                        rLo = SimdFloats.f64ConvertI32S(q0);
                        rHi = SimdFloats.f64ConvertI32S(q1);
                    }
                    case F64X2_CONVERT_LOW_I32X4_U -> {
                        rLo = SimdFloats.f64ConvertI32U(q0);
                        rHi = SimdFloats.f64ConvertI32U(q1);
                    }
                    case F32X4_DEMOTE_F64X2_ZERO -> {
                        rLo = SimdFloats.f32x4DemoteF64x2Zero(lo, hi);
                        rHi = 0;
                    }
                    case I32X4_TRUNC_SAT_F64X2_S_ZERO -> {
                        rLo = SimdFloats.i32x4TruncSatF64x2SZero(lo, hi);
                        rHi = 0;
                    }
                    case I32X4_TRUNC_SAT_F64X2_U_ZERO -> {
                        rLo = SimdFloats.i32x4TruncSatF64x2UZero(lo, hi);
                        rHi = 0;
                    }
                    case I32X4_RELAXED_TRUNC_F64X2_S_ZERO -> {
                        rLo = SimdRelaxed.i32x4TruncF64x2SZero(lo, hi);
                        rHi = 0;
                    }
                    case I32X4_RELAXED_TRUNC_F64X2_U_ZERO -> {
                        rLo = SimdRelaxed.i32x4TruncF64x2UZero(lo, hi);
                        rHi = 0;
                    }
                    default -> throw notShape(op, "half-combining");
                }
                s[sp - 2] = rLo;
                s[sp - 1] = rHi;
                return sp;
            }
        }
    }
}
