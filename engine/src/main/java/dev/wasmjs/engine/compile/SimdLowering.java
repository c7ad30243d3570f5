package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.SimdFloats;
import dev.wasmjs.engine.runtime.SimdInts;
import dev.wasmjs.engine.runtime.SimdOps;
import dev.wasmjs.engine.runtime.SimdRelaxed;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which runtime method computes one 64-bit half of each halfwise SIMD instruction ({@link SimdOps#UNARY},
 * {@link SimdOps#BINARY}, {@link SimdOps#TERNARY}, {@link SimdOps#SHIFT}), so that compiled code calls it directly
 * (a call HotSpot inlines) instead of {@link SimdOps}' big switch, which it would not.
 *
 * <p>The lane arithmetic of {@link SimdInts}, {@link SimdFloats} and {@link SimdRelaxed} is named after the
 * instructions ({@code i8x16.add_sat_s} is {@code SimdInts.i8x16AddSatS}; relaxed instructions drop the
 * {@code relaxed_} in {@code SimdRelaxed}), so the method is found by name; the few instructions whose method has
 * another name or takes a comparison kind are listed here. A unit test checks that every halfwise instruction has a
 * method, and the spec suite checks that it is the right one.
 */
final class SimdLowering {
    private SimdLowering() {
    }

    /**
     * A runtime method {@code owner.name(kind?, half...)}; {@code kind} is a leading int constant (the comparison
     * of the {@code compare} methods) or -1 for none.
     */
    record Call(ClassDesc owner, String name, MethodTypeDesc type, int kind) {
    }

    private static final ClassDesc INTS = JvmTypes.desc(SimdInts.class);
    private static final ClassDesc FLOATS = JvmTypes.desc(SimdFloats.class);
    private static final ClassDesc RELAXED = JvmTypes.desc(SimdRelaxed.class);
    private static final MethodTypeDesc COMPARE = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int,
            ConstantDescs.CD_long, ConstantDescs.CD_long);
    private static final MethodTypeDesc UNARY = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long);
    private static final MethodTypeDesc TERNARY = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long,
            ConstantDescs.CD_long, ConstantDescs.CD_long);

    private static final Map<Opcode, Call> CALLS = new EnumMap<>(Opcode.class);

    static {
        for (Opcode op : Opcode.values()) {
            if (op.prefix != 0xFD) {
                continue;
            }
            int shape = SimdOps.shape(op);
            if (shape == SimdOps.OTHER || shape == SimdOps.IMMEDIATE || inline(op)) {
                continue;
            }
            Call c = special(op);
            CALLS.put(op, c != null ? c : byName(op, shape));
        }
    }

    /** Instructions emitted as plain long arithmetic (see {@link SimdEmitter}). */
    static boolean inline(Opcode op) {
        return switch (op) {
            case V128_NOT, V128_AND, V128_ANDNOT, V128_OR, V128_XOR, I64X2_ADD, I64X2_SUB, I64X2_MUL, I64X2_NEG -> true;
            default -> false;
        };
    }

    /** The method for a halfwise instruction that is not {@link #inline}. */
    static Call of(Opcode op) {
        Call c = CALLS.get(op);
        if (c == null) {
            throw new IllegalArgumentException("no lane method for " + op);
        }
        return c;
    }

    private static Call special(Opcode op) {
        if (op.code >= Opcode.I8X16_EQ.code && op.code <= Opcode.I8X16_GE_U.code) {
            return new Call(INTS, "i8x16Compare", COMPARE, op.code - Opcode.I8X16_EQ.code);
        }
        if (op.code >= Opcode.I16X8_EQ.code && op.code <= Opcode.I16X8_GE_U.code) {
            return new Call(INTS, "i16x8Compare", COMPARE, op.code - Opcode.I16X8_EQ.code);
        }
        if (op.code >= Opcode.I32X4_EQ.code && op.code <= Opcode.I32X4_GE_U.code) {
            return new Call(INTS, "i32x4Compare", COMPARE, op.code - Opcode.I32X4_EQ.code);
        }
        if (op.code >= Opcode.F32X4_EQ.code && op.code <= Opcode.F32X4_GE.code) {
            return new Call(FLOATS, "f32x4Compare", COMPARE, op.code - Opcode.F32X4_EQ.code);
        }
        if (op.code >= Opcode.F64X2_EQ.code && op.code <= Opcode.F64X2_GE.code) {
            return new Call(FLOATS, "f64x2Compare", COMPARE, op.code - Opcode.F64X2_EQ.code);
        }
        return switch (op) {
            case I64X2_EQ -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.EQ);
            case I64X2_NE -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.NE);
            case I64X2_LT_S -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.LT_S);
            case I64X2_GT_S -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.GT_S);
            case I64X2_LE_S -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.LE_S);
            case I64X2_GE_S -> new Call(INTS, "i64x2Compare", COMPARE, SimdInts.GE_S);
            case V128_BITSELECT -> new Call(INTS, "bitselect", TERNARY, -1);
            case I8X16_RELAXED_LANESELECT, I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT,
                 I64X2_RELAXED_LANESELECT -> new Call(RELAXED, "laneselect", TERNARY, -1);
            // The pairwise additions are named without their source shape.
            case I16X8_EXTADD_PAIRWISE_I8X16_S -> new Call(INTS, "i16x8ExtaddPairwiseS", UNARY, -1);
            case I16X8_EXTADD_PAIRWISE_I8X16_U -> new Call(INTS, "i16x8ExtaddPairwiseU", UNARY, -1);
            case I32X4_EXTADD_PAIRWISE_I16X8_S -> new Call(INTS, "i32x4ExtaddPairwiseS", UNARY, -1);
            case I32X4_EXTADD_PAIRWISE_I16X8_U -> new Call(INTS, "i32x4ExtaddPairwiseU", UNARY, -1);
            default -> null;
        };
    }

    /** Finds {@code i8x16.add_sat_s} as a static method whose name, lower-cased, is {@code i8x16addsats}. */
    private static Call byName(Opcode op, int shape) {
        boolean relaxed = op.text.contains("relaxed_");
        String wanted = normalize(op.text.replace("relaxed_", ""));
        Class<?> owner = relaxed ? SimdRelaxed.class : op.text.startsWith("f") ? SimdFloats.class : SimdInts.class;
        Class<?>[] params = switch (shape) {
            case SimdOps.UNARY -> new Class<?>[] {long.class};
            case SimdOps.BINARY -> new Class<?>[] {long.class, long.class};
            case SimdOps.TERNARY -> new Class<?>[] {long.class, long.class, long.class};
            default -> new Class<?>[] {long.class, int.class};
        };
        for (Class<?> c : relaxed ? new Class<?>[] {owner} : new Class<?>[] {owner, SimdFloats.class, SimdInts.class}) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                        && m.getReturnType() == long.class && java.util.Arrays.equals(m.getParameterTypes(), params)
                        && normalize(m.getName()).equals(wanted)) {
                    ClassDesc[] ps = new ClassDesc[params.length];
                    for (int i = 0; i < ps.length; i++) {
                        ps[i] = params[i] == int.class ? ConstantDescs.CD_int : ConstantDescs.CD_long;
                    }
                    return new Call(JvmTypes.desc(c), m.getName(), MethodTypeDesc.of(ConstantDescs.CD_long, ps), -1);
                }
            }
        }
        return null;
    }

    private static String normalize(String name) {
        return name.replace(".", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
