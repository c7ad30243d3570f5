package dev.wasmjs.engine.compile;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Emits conversions between JVM values and the 64-bit slot form of the {@link dev.wasmjs.engine.runtime.ValueStack}
 * (i32 sign-extended, f32/f64 as raw IEEE bits so NaN payloads survive). References are not converted: they
 * live in the parallel reference array.
 */
final class SlotCodec {
    private SlotCodec() {
    }

    private static final ClassDesc FLOAT = ClassDesc.of("java.lang.Float");
    private static final ClassDesc DOUBLE = ClassDesc.of("java.lang.Double");
    private static final MethodTypeDesc F_TO_I = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_float);
    private static final MethodTypeDesc I_TO_F = MethodTypeDesc.of(ConstantDescs.CD_float, ConstantDescs.CD_int);
    private static final MethodTypeDesc D_TO_J = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_double);
    private static final MethodTypeDesc J_TO_D = MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_long);

    /** Value of kind {@code k} on the stack → its long slot bits. */
    static void toBits(CodeBuilder cb, TypeKind k) {
        switch (k) {
            case INT -> cb.i2l();
            case LONG -> { }
            case FLOAT -> {
                floatToBits(cb);
                cb.i2l();
            }
            case DOUBLE -> cb.invokestatic(DOUBLE, "doubleToRawLongBits", D_TO_J);
            default -> throw new IllegalArgumentException(k.toString());
        }
    }

    /** Long slot bits on the stack → a value of kind {@code k}. */
    static void fromBits(CodeBuilder cb, TypeKind k) {
        switch (k) {
            case INT -> cb.l2i();
            case LONG -> { }
            case FLOAT -> {
                cb.l2i();
                bitsToFloat(cb);
            }
            case DOUBLE -> cb.invokestatic(DOUBLE, "longBitsToDouble", J_TO_D);
            default -> throw new IllegalArgumentException(k.toString());
        }
    }

    static void floatToBits(CodeBuilder cb) {
        cb.invokestatic(FLOAT, "floatToRawIntBits", F_TO_I);
    }

    static void bitsToFloat(CodeBuilder cb) {
        cb.invokestatic(FLOAT, "intBitsToFloat", I_TO_F);
    }

    static void doubleToBits(CodeBuilder cb) {
        cb.invokestatic(DOUBLE, "doubleToRawLongBits", D_TO_J);
    }

    static void bitsToDouble(CodeBuilder cb) {
        cb.invokestatic(DOUBLE, "longBitsToDouble", J_TO_D);
    }
}
