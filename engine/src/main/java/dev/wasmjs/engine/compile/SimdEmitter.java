package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.MEMORY;
import static dev.wasmjs.engine.compile.JvmTypes.SUPPORT;
import static java.lang.classfile.TypeKind.DOUBLE;
import static java.lang.classfile.TypeKind.FLOAT;
import static java.lang.classfile.TypeKind.INT;
import static java.lang.classfile.TypeKind.LONG;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.binary.Immediates;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.binary.SimdInfo;
import dev.wasmjs.engine.runtime.SimdFloats;
import dev.wasmjs.engine.runtime.SimdInts;
import dev.wasmjs.engine.runtime.SimdOps;
import dev.wasmjs.engine.runtime.SimdRelaxed;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Compiles SIMD instructions. A v128 is two long operands (low half, then high half), so blocks, locals, calls
 * and spills treat it like any two numbers; each instruction becomes calls of the runtime's lane arithmetic on
 * the halves ({@link SimdOps} documents which half feeds which call), or plain long arithmetic for the bitwise
 * and i64x2 add/sub/mul/neg instructions.
 *
 * <p>Operands are taken from their spill locals ({@link FunctionEmitter#takeOperands}), so each half can be read
 * as often as needed; results go onto the JVM stack.
 */
final class SimdEmitter {
    private static final ClassDesc INTS = JvmTypes.desc(SimdInts.class);
    private static final ClassDesc FLOATS = JvmTypes.desc(SimdFloats.class);
    private static final ClassDesc RELAXED = JvmTypes.desc(SimdRelaxed.class);
    private static final MethodTypeDesc J_J = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc JJ_J = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc I_J = MethodTypeDesc.of(CD_long, CD_int);
    private static final MethodTypeDesc II_J = MethodTypeDesc.of(CD_long, CD_int, CD_int);
    private static final MethodTypeDesc J_I = MethodTypeDesc.of(CD_int, CD_long);
    private static final MethodTypeDesc J_Z = MethodTypeDesc.of(CD_boolean, CD_long);

    private final FunctionEmitter e;

    SimdEmitter(FunctionEmitter e) {
        this.e = e;
    }

    void instruction(Instruction insn) {
        Opcode op = insn.opcode;
        switch (SimdOps.shape(op)) {
            case SimdOps.UNARY, SimdOps.BINARY, SimdOps.TERNARY, SimdOps.SHIFT -> halfwise(op);
            case SimdOps.OTHER -> other(op);
            default -> withImmediates(insn);
        }
    }

    private CodeBuilder cb() {
        return e.code();
    }

    private void call(ClassDesc owner, String name, MethodTypeDesc type) {
        cb().invokestatic(owner, name, type);
    }

    // ---- the halfwise instructions: r.lo = f(a.lo, ...), r.hi = f(a.hi, ...) -----------------------------------

    private void halfwise(Opcode op) {
        int shape = SimdOps.shape(op);
        int inputs = switch (shape) {
            case SimdOps.UNARY -> 1;
            case SimdOps.BINARY -> 2;
            case SimdOps.TERNARY -> 3;
            default -> 1;
        };
        boolean shift = shape == SimdOps.SHIFT;
        int a = e.takeOperands(2 * inputs + (shift ? 1 : 0));
        SimdLowering.Call c = SimdLowering.inline(op) ? null : SimdLowering.of(op);
        for (int half = 0; half < 2; half++) {
            if (c != null && c.kind() >= 0) {
                cb().loadConstant(c.kind());
            }
            for (int i = 0; i < inputs; i++) {
                e.loadOperand(a + 2 * i + half, LONG);
            }
            if (shift) {
                e.loadOperand(a + 2, INT);
            }
            if (c != null) {
                call(c.owner(), c.name(), c.type());
            } else {
                inlineOp(op);
            }
        }
        e.pushed(LONG, LONG);
    }

    private void inlineOp(Opcode op) {
        CodeBuilder cb = cb();
        switch (op) {
            case V128_NOT -> {
                cb.loadConstant(-1L);
                cb.lxor();
            }
            case V128_AND -> cb.land();
            case V128_ANDNOT -> {
                cb.loadConstant(-1L);
                cb.lxor();
                cb.land();
            }
            case V128_OR -> cb.lor();
            case V128_XOR -> cb.lxor();
            case I64X2_ADD -> cb.ladd();
            case I64X2_SUB -> cb.lsub();
            case I64X2_MUL -> cb.lmul();
            case I64X2_NEG -> cb.lneg();
            default -> throw new IllegalStateException(op.toString());
        }
    }

    // ---- the others: splats, reductions, and instructions that combine halves -------------------------------------

    private void other(Opcode op) {
        CodeBuilder cb = cb();
        switch (op) {
            case I8X16_SPLAT, I16X8_SPLAT, I32X4_SPLAT, F32X4_SPLAT -> {
                e.operandsOnStack(1);
                if (op == Opcode.F32X4_SPLAT) {
                    SlotCodec.floatToBits(cb);
                }
                call(INTS, op == Opcode.I8X16_SPLAT ? "splat8" : op == Opcode.I16X8_SPLAT ? "splat16" : "splat32", I_J);
                cb.dup2();
                e.pushed(LONG, LONG);
            }
            case I64X2_SPLAT, F64X2_SPLAT -> {
                e.operandsOnStack(1);
                if (op == Opcode.F64X2_SPLAT) {
                    SlotCodec.doubleToBits(cb);
                }
                cb.dup2();
                e.pushed(LONG, LONG);
            }
            case V128_ANY_TRUE -> {
                e.operandsOnStack(2);
                call(INTS, "anyTrue", MethodTypeDesc.of(CD_boolean, CD_long, CD_long));
                e.pushed(INT);
            }
            case I8X16_ALL_TRUE, I16X8_ALL_TRUE, I32X4_ALL_TRUE -> {
                String name = op == Opcode.I8X16_ALL_TRUE ? "i8x16AllTrue"
                        : op == Opcode.I16X8_ALL_TRUE ? "i16x8AllTrue" : "i32x4AllTrue";
                int a = e.takeOperands(2);
                e.loadOperand(a, LONG);
                call(INTS, name, J_Z);
                e.loadOperand(a + 1, LONG);
                call(INTS, name, J_Z);
                cb.iand();
                e.pushed(INT);
            }
            case I64X2_ALL_TRUE -> {
                e.operandsOnStack(2);
                cb.invokestatic(SUPPORT, "i64x2AllTrue", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                e.pushed(INT);
            }
            case I8X16_BITMASK, I16X8_BITMASK, I32X4_BITMASK -> {
                String name = op == Opcode.I8X16_BITMASK ? "i8x16Bitmask"
                        : op == Opcode.I16X8_BITMASK ? "i16x8Bitmask" : "i32x4Bitmask";
                int lanesPerHalf = op == Opcode.I8X16_BITMASK ? 8 : op == Opcode.I16X8_BITMASK ? 4 : 2;
                int a = e.takeOperands(2);
                e.loadOperand(a, LONG);
                call(INTS, name, J_I);
                e.loadOperand(a + 1, LONG);
                call(INTS, name, J_I);
                cb.loadConstant(lanesPerHalf);
                cb.ishl();
                cb.ior();
                e.pushed(INT);
            }
            case I64X2_BITMASK -> {
                e.operandsOnStack(2);
                cb.invokestatic(SUPPORT, "i64x2Bitmask", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                e.pushed(INT);
            }
            case I8X16_SWIZZLE, I8X16_RELAXED_SWIZZLE -> {
                ClassDesc owner = op == Opcode.I8X16_SWIZZLE ? INTS : RELAXED;
                MethodTypeDesc t = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_long);
                int a = e.takeOperands(4);
                for (int half = 0; half < 2; half++) {
                    e.loadOperand(a, LONG);
                    e.loadOperand(a + 1, LONG);
                    e.loadOperand(a + 2 + half, LONG);
                    call(owner, "swizzle", t);
                }
                e.pushed(LONG, LONG);
            }
            case I8X16_NARROW_I16X8_S, I8X16_NARROW_I16X8_U, I16X8_NARROW_I32X4_S, I16X8_NARROW_I32X4_U -> {
                String name = switch (op) {
                    case I8X16_NARROW_I16X8_S -> "narrow16to8S";
                    case I8X16_NARROW_I16X8_U -> "narrow16to8U";
                    case I16X8_NARROW_I32X4_S -> "narrow32to16S";
                    default -> "narrow32to16U";
                };
                // r.lo from all of a, r.hi from all of b.
                int a = e.takeOperands(4);
                for (int v = 0; v < 2; v++) {
                    e.loadOperand(a + 2 * v, LONG);
                    e.loadOperand(a + 2 * v + 1, LONG);
                    call(INTS, name, JJ_J);
                }
                e.pushed(LONG, LONG);
            }
            default -> {
                if (op.text.contains("extmul")) {
                    extmul(op);
                } else {
                    widenOrZero(op);
                }
            }
        }
    }

    private static boolean high(Opcode op) {
        return op.text.contains("_high_");
    }

    /** Quarter {@code q} (0: low 32 bits, 1: high 32 bits) of operand {@code h}, as an int on the JVM stack. */
    private void quarter(int h, int q) {
        e.loadOperand(h, LONG);
        if (q == 1) {
            cb().loadConstant(32);
            cb().lushr();
        }
        cb().l2i();
    }

    private void extmul(Opcode op) {
        String name = switch (op) {
            case I16X8_EXTMUL_LOW_I8X16_S, I16X8_EXTMUL_HIGH_I8X16_S -> "extmul8to16S";
            case I16X8_EXTMUL_LOW_I8X16_U, I16X8_EXTMUL_HIGH_I8X16_U -> "extmul8to16U";
            case I32X4_EXTMUL_LOW_I16X8_S, I32X4_EXTMUL_HIGH_I16X8_S -> "extmul16to32S";
            case I32X4_EXTMUL_LOW_I16X8_U, I32X4_EXTMUL_HIGH_I16X8_U -> "extmul16to32U";
            case I64X2_EXTMUL_LOW_I32X4_S, I64X2_EXTMUL_HIGH_I32X4_S -> "extmul32to64S";
            default -> "extmul32to64U";
        };
        int a = e.takeOperands(4);
        int half = high(op) ? 1 : 0;
        for (int q = 0; q < 2; q++) {
            quarter(a + half, q);
            quarter(a + 2 + half, q);
            call(INTS, name, II_J);
        }
        e.pushed(LONG, LONG);
    }

    /** Widening of one source half into two result halves, or the {@code _zero} conversions of a whole vector. */
    private void widenOrZero(Opcode op) {
        CodeBuilder cb = cb();
        int a = e.takeOperands(2);
        switch (op) {
            case F32X4_DEMOTE_F64X2_ZERO, I32X4_TRUNC_SAT_F64X2_S_ZERO, I32X4_TRUNC_SAT_F64X2_U_ZERO,
                 I32X4_RELAXED_TRUNC_F64X2_S_ZERO, I32X4_RELAXED_TRUNC_F64X2_U_ZERO -> {
                ClassDesc owner = op.text.contains("relaxed") ? RELAXED : FLOATS;
                String name = switch (op) {
                    case F32X4_DEMOTE_F64X2_ZERO -> "f32x4DemoteF64x2Zero";
                    case I32X4_TRUNC_SAT_F64X2_S_ZERO -> "i32x4TruncSatF64x2SZero";
                    case I32X4_TRUNC_SAT_F64X2_U_ZERO -> "i32x4TruncSatF64x2UZero";
                    case I32X4_RELAXED_TRUNC_F64X2_S_ZERO -> "i32x4TruncF64x2SZero";
                    default -> "i32x4TruncF64x2UZero";
                };
                e.loadOperand(a, LONG);
                e.loadOperand(a + 1, LONG);
                call(owner, name, JJ_J);
                cb.lconst_0();
            }
            default -> {
                int source = a + (high(op) ? 1 : 0);
                for (int q = 0; q < 2; q++) {
                    quarter(source, q);
                    switch (op) {
                        case I16X8_EXTEND_LOW_I8X16_S, I16X8_EXTEND_HIGH_I8X16_S -> call(INTS, "widen8to16S", I_J);
                        case I16X8_EXTEND_LOW_I8X16_U, I16X8_EXTEND_HIGH_I8X16_U -> call(INTS, "widen8to16U", I_J);
                        case I32X4_EXTEND_LOW_I16X8_S, I32X4_EXTEND_HIGH_I16X8_S -> call(INTS, "widen16to32S", I_J);
                        case I32X4_EXTEND_LOW_I16X8_U, I32X4_EXTEND_HIGH_I16X8_U -> call(INTS, "widen16to32U", I_J);
                        case I64X2_EXTEND_LOW_I32X4_S, I64X2_EXTEND_HIGH_I32X4_S -> cb.i2l();
                        case I64X2_EXTEND_LOW_I32X4_U, I64X2_EXTEND_HIGH_I32X4_U ->
                                cb.invokestatic(SUPPORT, "extendU", I_J);
                        case F64X2_PROMOTE_LOW_F32X4 -> call(FLOATS, "f64Promote", I_J);
                        case F64X2_CONVERT_LOW_I32X4_S -> call(FLOATS, "f64ConvertI32S", I_J);
                        case F64X2_CONVERT_LOW_I32X4_U -> call(FLOATS, "f64ConvertI32U", I_J);
                        default -> throw new NotCompilable("SIMD instruction " + op + " is not compiled");
                    }
                }
            }
        }
        e.pushed(LONG, LONG);
    }

    // ---- instructions with immediates ------------------------------------------------------------------------

    private void withImmediates(Instruction insn) {
        CodeBuilder cb = cb();
        Opcode op = insn.opcode;
        switch (op) {
            case V128_CONST -> {
                cb.loadConstant(insn.value);
                cb.loadConstant(insn.valueHigh);
                e.pushed(LONG, LONG);
            }
            case I8X16_SHUFFLE -> {
                int a = e.takeOperands(4);
                MethodTypeDesc t = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_long, CD_long, CD_long);
                for (int half = 0; half < 2; half++) {
                    for (int i = 0; i < 4; i++) {
                        e.loadOperand(a + i, LONG);
                    }
                    cb.loadConstant(half == 0 ? insn.value : insn.valueHigh);
                    call(INTS, "shuffle", t);
                }
                e.pushed(LONG, LONG);
            }
            default -> {
                if (op.immediates == Immediates.LANE) {
                    lane(op, insn.lane);
                } else {
                    memory(insn);
                }
            }
        }
    }

    private void lane(Opcode op, int lane) {
        CodeBuilder cb = cb();
        int perHalf = SimdInfo.laneCount(op) / 2;
        int half = lane < perHalf ? 0 : 1;
        int i = lane % perHalf;
        if (op.text.contains("extract")) {
            int a = e.takeOperands(2);
            e.loadOperand(a + half, LONG);
            switch (op) {
                case I64X2_EXTRACT_LANE -> e.pushed(LONG);
                case F64X2_EXTRACT_LANE -> {
                    SlotCodec.bitsToDouble(cb);
                    e.pushed(DOUBLE);
                }
                default -> {
                    cb.loadConstant(i);
                    String name = switch (op) {
                        case I8X16_EXTRACT_LANE_S -> "extract8S";
                        case I8X16_EXTRACT_LANE_U -> "extract8U";
                        case I16X8_EXTRACT_LANE_S -> "extract16S";
                        case I16X8_EXTRACT_LANE_U -> "extract16U";
                        default -> "extract32";
                    };
                    call(INTS, name, MethodTypeDesc.of(CD_int, CD_long, CD_int));
                    if (op == Opcode.F32X4_EXTRACT_LANE) {
                        SlotCodec.bitsToFloat(cb);
                        e.pushed(FLOAT);
                    } else {
                        e.pushed(INT);
                    }
                }
            }
            return;
        }
        // replace_lane: [lo hi x]
        java.lang.classfile.TypeKind xk = switch (op) {
            case I64X2_REPLACE_LANE -> LONG;
            case F32X4_REPLACE_LANE -> FLOAT;
            case F64X2_REPLACE_LANE -> DOUBLE;
            default -> INT;
        };
        int a = e.takeOperands(3);
        for (int h = 0; h < 2; h++) {
            if (h != half) {
                e.loadOperand(a + h, LONG);
                continue;
            }
            switch (op) {
                case I64X2_REPLACE_LANE -> e.loadOperand(a + 2, LONG);
                case F64X2_REPLACE_LANE -> {
                    e.loadOperand(a + 2, DOUBLE);
                    SlotCodec.doubleToBits(cb);
                }
                default -> {
                    e.loadOperand(a + h, LONG);
                    cb.loadConstant(i);
                    e.loadOperand(a + 2, xk);
                    if (xk == FLOAT) {
                        SlotCodec.floatToBits(cb);
                    }
                    String name = op == Opcode.I8X16_REPLACE_LANE ? "replace8"
                            : op == Opcode.I16X8_REPLACE_LANE ? "replace16" : "replace32";
                    call(INTS, name, MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
                }
            }
        }
        e.pushed(LONG, LONG);
    }

    // ---- memory ----------------------------------------------------------------------------------------------

    /**
     * Where an access goes: a 32-bit memory is addressed by the i32 operand plus the static offset (the fast
     * {@link dev.wasmjs.engine.runtime.Memory} path); a 64-bit one by an effective address computed (and checked
     * for overflow) once, plus 0 or 8.
     */
    private final class Address {
        final boolean wide;
        /** The i32 address operand's height (32-bit memory) or the local holding the effective address (64-bit). */
        final int where;
        final long offset;
        final int memory;

        Address(int h, Instruction insn) {
            memory = insn.index2;
            wide = e.module().memoryTypes().get(memory).address64();
            if (wide) {
                e.loadOperand(h, LONG);
                cb().loadConstant(insn.value);
                cb().invokestatic(SUPPORT, "ea64", MethodTypeDesc.of(CD_long, CD_long, CD_long));
                where = e.scratch(LONG, 0);
                cb().lstore(where);
                offset = 0;
            } else {
                where = h;
                offset = insn.value;
            }
        }

        private void address() {
            if (wide) {
                cb().lload(where);
            } else {
                e.loadOperand(where, INT);
            }
        }

        private void offsetAndMemory(long extra) {
            cb().loadConstant(offset + extra);
            e.loadMemory(memory);
        }

        private ClassDesc type() {
            return wide ? CD_long : CD_int;
        }

        /** A {@code Support} load {@code extra} bytes past the accessed address. */
        void load(String name, ClassDesc result, long extra) {
            address();
            offsetAndMemory(extra);
            cb().invokestatic(SUPPORT, name, MethodTypeDesc.of(result, type(), CD_long, MEMORY));
        }

        /** A {@code Support} store of the value that {@code value} pushes. */
        void store(String name, ClassDesc valueType, long extra, Runnable value) {
            address();
            value.run();
            offsetAndMemory(extra);
            cb().invokestatic(SUPPORT, name, MethodTypeDesc.of(CD_void, type(), valueType, CD_long, MEMORY));
        }
    }

    private void memory(Instruction insn) {
        CodeBuilder cb = cb();
        Opcode op = insn.opcode;
        switch (op) {
            case V128_STORE -> {
                int a = e.takeOperands(3);
                Address m = new Address(a, insn);
                // High half first: if any byte is out of bounds this traps before memory changes.
                m.store("storeI64", CD_long, 8, () -> e.loadOperand(a + 2, LONG));
                m.store("storeI64", CD_long, 0, () -> e.loadOperand(a + 1, LONG));
            }
            case V128_STORE8_LANE, V128_STORE16_LANE, V128_STORE32_LANE, V128_STORE64_LANE -> {
                int a = e.takeOperands(3);
                Address m = new Address(a, insn);
                int perHalf = SimdInfo.laneCount(op) / 2;
                int half = insn.lane < perHalf ? 1 : 2;
                int i = insn.lane % perHalf;
                if (op == Opcode.V128_STORE64_LANE) {
                    m.store("storeI64", CD_long, 0, () -> e.loadOperand(a + half, LONG));
                    return;
                }
                String extract = op == Opcode.V128_STORE8_LANE ? "extract8U"
                        : op == Opcode.V128_STORE16_LANE ? "extract16U" : "extract32";
                String store = op == Opcode.V128_STORE8_LANE ? "storeI8"
                        : op == Opcode.V128_STORE16_LANE ? "storeI16" : "storeI32";
                m.store(store, CD_int, 0, () -> {
                    e.loadOperand(a + half, LONG);
                    cb.loadConstant(i);
                    call(INTS, extract, MethodTypeDesc.of(CD_int, CD_long, CD_int));
                });
            }
            case V128_LOAD8_LANE, V128_LOAD16_LANE, V128_LOAD32_LANE, V128_LOAD64_LANE -> {
                int a = e.takeOperands(3);
                Address m = new Address(a, insn);
                int perHalf = SimdInfo.laneCount(op) / 2;
                int half = insn.lane < perHalf ? 0 : 1;
                int i = insn.lane % perHalf;
                for (int h = 0; h < 2; h++) {
                    if (h != half) {
                        e.loadOperand(a + 1 + h, LONG);
                    } else if (op == Opcode.V128_LOAD64_LANE) {
                        m.load("loadI64", CD_long, 0);
                    } else {
                        e.loadOperand(a + 1 + h, LONG);
                        cb.loadConstant(i);
                        m.load(op == Opcode.V128_LOAD8_LANE ? "loadU8" : op == Opcode.V128_LOAD16_LANE ? "loadU16"
                                : "loadI32", CD_int, 0);
                        String replace = op == Opcode.V128_LOAD8_LANE ? "replace8"
                                : op == Opcode.V128_LOAD16_LANE ? "replace16" : "replace32";
                        call(INTS, replace, MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
                    }
                }
                e.pushed(LONG, LONG);
            }
            default -> loadVector(insn);
        }
    }

    private void loadVector(Instruction insn) {
        CodeBuilder cb = cb();
        Opcode op = insn.opcode;
        int a = e.takeOperands(1);
        Address m = new Address(a, insn);
        switch (op) {
            case V128_LOAD -> {
                m.load("loadI64", CD_long, 0);
                m.load("loadI64", CD_long, 8);
            }
            case V128_LOAD8X8_S, V128_LOAD8X8_U, V128_LOAD16X4_S, V128_LOAD16X4_U, V128_LOAD32X2_S,
                 V128_LOAD32X2_U -> {
                m.load("loadI64", CD_long, 0);
                int x = e.scratch(LONG, 1);
                cb.lstore(x);
                for (int q = 0; q < 2; q++) {
                    cb.lload(x);
                    if (q == 1) {
                        cb.loadConstant(32);
                        cb.lushr();
                    }
                    cb.l2i();
                    switch (op) {
                        case V128_LOAD8X8_S -> call(INTS, "widen8to16S", I_J);
                        case V128_LOAD8X8_U -> call(INTS, "widen8to16U", I_J);
                        case V128_LOAD16X4_S -> call(INTS, "widen16to32S", I_J);
                        case V128_LOAD16X4_U -> call(INTS, "widen16to32U", I_J);
                        case V128_LOAD32X2_S -> cb.i2l();
                        default -> cb.invokestatic(SUPPORT, "extendU", I_J);
                    }
                }
            }
            case V128_LOAD8_SPLAT, V128_LOAD16_SPLAT, V128_LOAD32_SPLAT -> {
                m.load(op == Opcode.V128_LOAD8_SPLAT ? "loadU8" : op == Opcode.V128_LOAD16_SPLAT ? "loadU16"
                        : "loadI32", CD_int, 0);
                call(INTS, op == Opcode.V128_LOAD8_SPLAT ? "splat8" : op == Opcode.V128_LOAD16_SPLAT ? "splat16"
                        : "splat32", I_J);
                cb.dup2();
            }
            case V128_LOAD64_SPLAT -> {
                m.load("loadI64", CD_long, 0);
                cb.dup2();
            }
            case V128_LOAD32_ZERO -> {
                m.load("loadI32", CD_int, 0);
                cb.invokestatic(SUPPORT, "extendU", I_J);
                cb.lconst_0();
            }
            case V128_LOAD64_ZERO -> {
                m.load("loadI64", CD_long, 0);
                cb.lconst_0();
            }
            default -> throw new NotCompilable("SIMD instruction " + op + " is not compiled");
        }
        e.pushed(LONG, LONG);
    }
}
