package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.ValType;

/**
 * One decoded instruction: the opcode and its immediates. A single instance is reused for every instruction of
 * a function body so decoding allocates nothing per instruction; consumers must copy what they keep.
 *
 * <p>Which fields are set depends on {@link Opcode#immediates}: indices go to {@link #index} and
 * {@link #index2} (e.g. type and table of {@code call_indirect}, type and field of {@code struct.get}),
 * constants and memory offsets to {@link #value} (and {@link #valueHigh} for 128-bit immediates).
 */
public final class Instruction {
    /** Offset of the first byte of the instruction in the module. */
    public int offset;
    public Opcode opcode;
    /** First index immediate (function, local, global, table, type, label, tag, data, elem, memory...). */
    public int index;
    /** Second index immediate, or the memory index of a memarg. */
    public int index2;
    /** Constant bits (i32/i64 value, f32/f64 raw bits), a memarg's offset, or the count of array.new_fixed. */
    public long value;
    /** High 64 bits of a {@code v128.const} ({@link #value} has the low ones), or shuffle lanes 8..15. */
    public long valueHigh;
    /** Lane index immediate of SIMD lane instructions (a byte: 0..255, checked against the shape by validation). */
    public int lane;
    /** Alignment exponent of a memarg. */
    public int alignLog2;
    /**
     * Block type: a type index, or -1 when the block type is empty or a single value type (then
     * {@link #valType} is that type, or null when empty).
     */
    public int blockTypeIndex;
    /** The single result of a value-typed block, or the operand type of {@code select t}. */
    public ValType valType;
    /** Heap type of {@code ref.null}, {@code ref.test}, {@code ref.cast}; the source type of {@code br_on_cast}. */
    public HeapType heapType;
    /** The target heap type of {@code br_on_cast}/{@code br_on_cast_fail}. */
    public HeapType heapType2;
    /** {@code br_on_cast} flags (bit 0: source nullable, bit 1: target nullable). */
    public int castFlags;
    /** Label targets of br_table (then {@link #index} is the default) ; only the first {@link #count} are valid. */
    public int[] labels = new int[16];
    /** Number of br_table targets, {@code select t*} types, or try_table catch clauses. */
    public int count;
    /** try_table catch clauses: kind ({@link #CATCH}...), tag index (or -1), label. */
    public int[] catchKinds = new int[4];
    public int[] catchTags = new int[4];
    public int[] catchLabels = new int[4];

    public static final int CATCH = 0;
    public static final int CATCH_REF = 1;
    public static final int CATCH_ALL = 2;
    public static final int CATCH_ALL_REF = 3;

    void ensureLabels(int n) {
        if (labels.length < n) {
            labels = new int[Math.max(n, labels.length * 2)];
        }
    }

    void ensureCatches(int n) {
        if (catchKinds.length < n) {
            int size = Math.max(n, catchKinds.length * 2);
            catchKinds = java.util.Arrays.copyOf(catchKinds, size);
            catchTags = java.util.Arrays.copyOf(catchTags, size);
            catchLabels = java.util.Arrays.copyOf(catchLabels, size);
        }
    }
}
