package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.MEMORY;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.MemoryType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * The fixed-signature instructions: number arithmetic, comparisons and conversions, and loads and stores. Operands
 * are already on the JVM stack in order ({@link FunctionEmitter} arranges that and records the results); each
 * instruction becomes a bytecode or a call of a small static helper that HotSpot inlines.
 */
final class NumericEmitter {
    private final FunctionEmitter e;
    private final CodeBuilder cb;
    private final Module module;

    NumericEmitter(FunctionEmitter e) {
        this.e = e;
        this.cb = e.code();
        this.module = e.module();
    }

    private void support(String name, ClassDesc ret, ClassDesc... params) {
        e.support(name, ret, params);
    }

    private void loadMemory(int index) {
        e.loadMemory(index);
    }

    void memoryAccess(Instruction insn) {
        Opcode op = insn.opcode;
        MemoryType m = module.memoryTypes().get(insn.index2);
        ClassDesc addr = m.address64() ? CD_long : CD_int;
        boolean store = op.results().length == 0;
        if (store) {
            TypeKind vk = JvmTypes.kind(op.params()[1]);
            String name = switch (op) {
                case I32_STORE -> "storeI32";
                case I64_STORE -> "storeI64";
                case F32_STORE -> "storeF32";
                case F64_STORE -> "storeF64";
                case I32_STORE8, I64_STORE8 -> "storeI8";
                case I32_STORE16, I64_STORE16 -> "storeI16";
                case I64_STORE32 -> "storeI32";
                default -> throw new NotCompilable("instruction " + op + " is not compiled");
            };
            ClassDesc v = JvmTypes.classDesc(vk);
            if (vk == TypeKind.LONG && op != Opcode.I64_STORE) {
                cb.l2i();
                v = CD_int;
            }
            cb.loadConstant(insn.value);
            loadMemory(insn.index2);
            support(name, CD_void, addr, v, CD_long, MEMORY);
            return;
        }
        String name = switch (op) {
            case I32_LOAD, I64_LOAD32_S, I64_LOAD32_U -> "loadI32";
            case I64_LOAD -> "loadI64";
            case F32_LOAD -> "loadF32";
            case F64_LOAD -> "loadF64";
            case I32_LOAD8_S, I64_LOAD8_S -> "loadI8";
            case I32_LOAD8_U, I64_LOAD8_U -> "loadU8";
            case I32_LOAD16_S, I64_LOAD16_S -> "loadI16";
            case I32_LOAD16_U, I64_LOAD16_U -> "loadU16";
            default -> throw new NotCompilable("instruction " + op + " is not compiled");
        };
        ClassDesc ret = switch (op) {
            case I64_LOAD -> CD_long;
            case F32_LOAD -> CD_float;
            case F64_LOAD -> CD_double;
            default -> CD_int;
        };
        cb.loadConstant(insn.value);
        loadMemory(insn.index2);
        support(name, ret, addr, CD_long, MEMORY);
        switch (op) {
            case I64_LOAD8_S, I64_LOAD8_U, I64_LOAD16_S, I64_LOAD16_U, I64_LOAD32_S -> cb.i2l();
            case I64_LOAD32_U -> support("extendU", CD_long, CD_int);
            default -> { }
        }
    }

    private static final ClassDesc INTEGER = ClassDesc.of("java.lang.Integer");
    private static final ClassDesc LONG = ClassDesc.of("java.lang.Long");
    private static final ClassDesc NUMERICS = JvmTypes.desc(dev.wasmjs.engine.runtime.Numerics.class);

    private void cmpI(String name) {
        support(name, CD_int, CD_int, CD_int);
    }

    private void cmpJ(String name) {
        support(name, CD_int, CD_long, CD_long);
    }

    private void cmpF(String name) {
        support(name, CD_int, CD_float, CD_float);
    }

    private void cmpD(String name) {
        support(name, CD_int, CD_double, CD_double);
    }

    void numeric(Opcode op) {
        switch (op) {
            case I32_EQZ -> support("eqz", CD_int, CD_int);
            case I32_EQ -> cmpI("eq");
            case I32_NE -> cmpI("ne");
            case I32_LT_S -> cmpI("ltS");
            case I32_LT_U -> cmpI("ltU");
            case I32_GT_S -> cmpI("gtS");
            case I32_GT_U -> cmpI("gtU");
            case I32_LE_S -> cmpI("leS");
            case I32_LE_U -> cmpI("leU");
            case I32_GE_S -> cmpI("geS");
            case I32_GE_U -> cmpI("geU");
            case I64_EQZ -> support("eqz", CD_int, CD_long);
            case I64_EQ -> cmpJ("eq");
            case I64_NE -> cmpJ("ne");
            case I64_LT_S -> cmpJ("ltS");
            case I64_LT_U -> cmpJ("ltU");
            case I64_GT_S -> cmpJ("gtS");
            case I64_GT_U -> cmpJ("gtU");
            case I64_LE_S -> cmpJ("leS");
            case I64_LE_U -> cmpJ("leU");
            case I64_GE_S -> cmpJ("geS");
            case I64_GE_U -> cmpJ("geU");
            case F32_EQ -> cmpF("eq");
            case F32_NE -> cmpF("ne");
            case F32_LT -> cmpF("lt");
            case F32_GT -> cmpF("gt");
            case F32_LE -> cmpF("le");
            case F32_GE -> cmpF("ge");
            case F64_EQ -> cmpD("eq");
            case F64_NE -> cmpD("ne");
            case F64_LT -> cmpD("lt");
            case F64_GT -> cmpD("gt");
            case F64_LE -> cmpD("le");
            case F64_GE -> cmpD("ge");

            case I32_CLZ -> cb.invokestatic(INTEGER, "numberOfLeadingZeros", MethodTypeDesc.of(CD_int, CD_int));
            case I32_CTZ -> cb.invokestatic(INTEGER, "numberOfTrailingZeros", MethodTypeDesc.of(CD_int, CD_int));
            case I32_POPCNT -> cb.invokestatic(INTEGER, "bitCount", MethodTypeDesc.of(CD_int, CD_int));
            case I32_ADD -> cb.iadd();
            case I32_SUB -> cb.isub();
            case I32_MUL -> cb.imul();
            case I32_DIV_S -> cb.invokestatic(NUMERICS, "i32DivS", MethodTypeDesc.of(CD_int, CD_int, CD_int));
            case I32_DIV_U -> cb.invokestatic(NUMERICS, "i32DivU", MethodTypeDesc.of(CD_int, CD_int, CD_int));
            case I32_REM_S -> cb.invokestatic(NUMERICS, "i32RemS", MethodTypeDesc.of(CD_int, CD_int, CD_int));
            case I32_REM_U -> cb.invokestatic(NUMERICS, "i32RemU", MethodTypeDesc.of(CD_int, CD_int, CD_int));
            case I32_AND -> cb.iand();
            case I32_OR -> cb.ior();
            case I32_XOR -> cb.ixor();
            case I32_SHL -> cb.ishl();
            case I32_SHR_S -> cb.ishr();
            case I32_SHR_U -> cb.iushr();
            case I32_ROTL -> cb.invokestatic(INTEGER, "rotateLeft", MethodTypeDesc.of(CD_int, CD_int, CD_int));
            case I32_ROTR -> cb.invokestatic(INTEGER, "rotateRight", MethodTypeDesc.of(CD_int, CD_int, CD_int));

            case I64_CLZ -> support("clz", CD_long, CD_long);
            case I64_CTZ -> support("ctz", CD_long, CD_long);
            case I64_POPCNT -> support("popcnt", CD_long, CD_long);
            case I64_ADD -> cb.ladd();
            case I64_SUB -> cb.lsub();
            case I64_MUL -> cb.lmul();
            case I64_DIV_S -> cb.invokestatic(NUMERICS, "i64DivS", MethodTypeDesc.of(CD_long, CD_long, CD_long));
            case I64_DIV_U -> cb.invokestatic(NUMERICS, "i64DivU", MethodTypeDesc.of(CD_long, CD_long, CD_long));
            case I64_REM_S -> cb.invokestatic(NUMERICS, "i64RemS", MethodTypeDesc.of(CD_long, CD_long, CD_long));
            case I64_REM_U -> cb.invokestatic(NUMERICS, "i64RemU", MethodTypeDesc.of(CD_long, CD_long, CD_long));
            case I64_AND -> cb.land();
            case I64_OR -> cb.lor();
            case I64_XOR -> cb.lxor();
            case I64_SHL -> {
                cb.l2i();
                cb.lshl();
            }
            case I64_SHR_S -> {
                cb.l2i();
                cb.lshr();
            }
            case I64_SHR_U -> {
                cb.l2i();
                cb.lushr();
            }
            case I64_ROTL -> support("rotl", CD_long, CD_long, CD_long);
            case I64_ROTR -> support("rotr", CD_long, CD_long, CD_long);

            case F32_ABS -> support("abs", CD_float, CD_float);
            case F32_NEG -> support("neg", CD_float, CD_float);
            case F32_CEIL -> support("ceil", CD_float, CD_float);
            case F32_FLOOR -> support("floor", CD_float, CD_float);
            case F32_TRUNC -> support("trunc", CD_float, CD_float);
            case F32_NEAREST -> support("nearest", CD_float, CD_float);
            case F32_SQRT -> support("sqrt", CD_float, CD_float);
            case F32_ADD -> cb.fadd();
            case F32_SUB -> cb.fsub();
            case F32_MUL -> cb.fmul();
            case F32_DIV -> cb.fdiv();
            case F32_MIN -> support("min", CD_float, CD_float, CD_float);
            case F32_MAX -> support("max", CD_float, CD_float, CD_float);
            case F32_COPYSIGN -> support("copysign", CD_float, CD_float, CD_float);
            case F64_ABS -> support("abs", CD_double, CD_double);
            case F64_NEG -> support("neg", CD_double, CD_double);
            case F64_CEIL -> support("ceil", CD_double, CD_double);
            case F64_FLOOR -> support("floor", CD_double, CD_double);
            case F64_TRUNC -> support("trunc", CD_double, CD_double);
            case F64_NEAREST -> support("nearest", CD_double, CD_double);
            case F64_SQRT -> support("sqrt", CD_double, CD_double);
            case F64_ADD -> cb.dadd();
            case F64_SUB -> cb.dsub();
            case F64_MUL -> cb.dmul();
            case F64_DIV -> cb.ddiv();
            case F64_MIN -> support("min", CD_double, CD_double, CD_double);
            case F64_MAX -> support("max", CD_double, CD_double, CD_double);
            case F64_COPYSIGN -> support("copysign", CD_double, CD_double, CD_double);

            case I32_WRAP_I64 -> cb.l2i();
            case I32_TRUNC_F32_S -> cb.invokestatic(NUMERICS, "i32TruncF32S", MethodTypeDesc.of(CD_int, CD_float));
            case I32_TRUNC_F32_U -> cb.invokestatic(NUMERICS, "i32TruncF32U", MethodTypeDesc.of(CD_int, CD_float));
            case I32_TRUNC_F64_S -> cb.invokestatic(NUMERICS, "i32TruncF64S", MethodTypeDesc.of(CD_int, CD_double));
            case I32_TRUNC_F64_U -> cb.invokestatic(NUMERICS, "i32TruncF64U", MethodTypeDesc.of(CD_int, CD_double));
            case I64_EXTEND_I32_S -> cb.i2l();
            case I64_EXTEND_I32_U -> support("extendU", CD_long, CD_int);
            case I64_TRUNC_F32_S -> cb.invokestatic(NUMERICS, "i64TruncF32S", MethodTypeDesc.of(CD_long, CD_float));
            case I64_TRUNC_F32_U -> cb.invokestatic(NUMERICS, "i64TruncF32U", MethodTypeDesc.of(CD_long, CD_float));
            case I64_TRUNC_F64_S -> cb.invokestatic(NUMERICS, "i64TruncF64S", MethodTypeDesc.of(CD_long, CD_double));
            case I64_TRUNC_F64_U -> cb.invokestatic(NUMERICS, "i64TruncF64U", MethodTypeDesc.of(CD_long, CD_double));
            case F32_CONVERT_I32_S -> cb.i2f();
            case F32_CONVERT_I32_U -> support("f32ConvertU", CD_float, CD_int);
            case F32_CONVERT_I64_S -> cb.l2f();
            case F32_CONVERT_I64_U -> cb.invokestatic(NUMERICS, "f32ConvertI64U", MethodTypeDesc.of(CD_float, CD_long));
            case F32_DEMOTE_F64 -> support("demote", CD_float, CD_double);
            case F64_CONVERT_I32_S -> cb.i2d();
            case F64_CONVERT_I32_U -> support("f64ConvertU", CD_double, CD_int);
            case F64_CONVERT_I64_S -> cb.l2d();
            case F64_CONVERT_I64_U -> cb.invokestatic(NUMERICS, "f64ConvertI64U", MethodTypeDesc.of(CD_double, CD_long));
            case F64_PROMOTE_F32 -> support("promote", CD_double, CD_float);
            case I32_REINTERPRET_F32 -> SlotCodec.floatToBits(cb);
            case I64_REINTERPRET_F64 -> SlotCodec.doubleToBits(cb);
            case F32_REINTERPRET_I32 -> SlotCodec.bitsToFloat(cb);
            case F64_REINTERPRET_I64 -> SlotCodec.bitsToDouble(cb);
            case I32_EXTEND8_S -> cb.i2b();
            case I32_EXTEND16_S -> cb.i2s();
            case I64_EXTEND8_S -> {
                cb.l2i();
                cb.i2b();
                cb.i2l();
            }
            case I64_EXTEND16_S -> {
                cb.l2i();
                cb.i2s();
                cb.i2l();
            }
            case I64_EXTEND32_S -> {
                cb.l2i();
                cb.i2l();
            }
            case I32_TRUNC_SAT_F32_S -> cb.f2i();
            case I32_TRUNC_SAT_F32_U -> cb.invokestatic(NUMERICS, "i32TruncSatF32U", MethodTypeDesc.of(CD_int, CD_float));
            case I32_TRUNC_SAT_F64_S -> cb.d2i();
            case I32_TRUNC_SAT_F64_U -> cb.invokestatic(NUMERICS, "i32TruncSatF64U", MethodTypeDesc.of(CD_int, CD_double));
            case I64_TRUNC_SAT_F32_S -> cb.f2l();
            case I64_TRUNC_SAT_F32_U -> cb.invokestatic(NUMERICS, "i64TruncSatF32U", MethodTypeDesc.of(CD_long, CD_float));
            case I64_TRUNC_SAT_F64_S -> cb.d2l();
            case I64_TRUNC_SAT_F64_U -> cb.invokestatic(NUMERICS, "i64TruncSatF64U", MethodTypeDesc.of(CD_long, CD_double));
            default -> throw new NotCompilable("instruction " + op + " is not compiled");
        }
    }
}
