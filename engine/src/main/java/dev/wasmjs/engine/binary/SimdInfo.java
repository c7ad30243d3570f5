package dev.wasmjs.engine.binary;

/**
 * Static facts about SIMD instructions that validation and both execution tiers need: how many lanes a lane
 * immediate may address and how wide a SIMD memory access is. Derived from the opcode's name so the opcode
 * table stays the single list of instructions.
 */
public final class SimdInfo {
    private SimdInfo() {
    }

    /**
     * Number of lanes a lane-index immediate can select ({@link Immediates#LANE}, {@link Immediates#MEMARG_LANE}),
     * 32 for the two-vector {@code i8x16.shuffle}, 0 for instructions without a lane immediate.
     */
    public static int laneCount(Opcode op) {
        return LANES[op.ordinal()];
    }

    private static final int[] LANES = new int[Opcode.values().length];

    static {
        for (Opcode op : Opcode.values()) {
            LANES[op.ordinal()] = op.prefix == 0xFD ? computeLaneCount(op) : 0;
        }
    }

    private static int computeLaneCount(Opcode op) {
        return switch (op.immediates) {
            case SHUFFLE -> 32;
            case LANE -> 16 >> laneLog2(op.text.substring(0, 5));
            case MEMARG_LANE -> 16 >> accessLog2(op);
            default -> 0;
        };
    }

    /** log2 of the byte width of a lane of shape {@code i8x16}, {@code i16x8}, {@code i32x4}/{@code f32x4}, ... */
    private static int laneLog2(String shape) {
        return switch (shape) {
            case "i8x16" -> 0;
            case "i16x8" -> 1;
            case "i32x4", "f32x4" -> 2;
            case "i64x2", "f64x2" -> 3;
            default -> throw new IllegalArgumentException(shape);
        };
    }

    /**
     * log2 of the bytes a SIMD load or store reads or writes from memory (its natural alignment): 4 for whole
     * vectors, 3 for the extending loads, the lane width for splat, zero and lane accesses.
     */
    public static int accessLog2(Opcode op) {
        return switch (op) {
            case V128_LOAD, V128_STORE -> 4;
            case V128_LOAD8X8_S, V128_LOAD8X8_U, V128_LOAD16X4_S, V128_LOAD16X4_U, V128_LOAD32X2_S, V128_LOAD32X2_U,
                 V128_LOAD64_SPLAT, V128_LOAD64_ZERO, V128_LOAD64_LANE, V128_STORE64_LANE -> 3;
            case V128_LOAD32_SPLAT, V128_LOAD32_ZERO, V128_LOAD32_LANE, V128_STORE32_LANE -> 2;
            case V128_LOAD16_SPLAT, V128_LOAD16_LANE, V128_STORE16_LANE -> 1;
            case V128_LOAD8_SPLAT, V128_LOAD8_LANE, V128_STORE8_LANE -> 0;
            default -> throw new IllegalArgumentException(op + " is not a SIMD memory instruction");
        };
    }
}
