package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.ValType;
import java.util.Arrays;

/**
 * A GC array object. Elements are stored compactly by element type: {@code byte[]} for i8, {@code short[]} for
 * i16, {@code int[]} for i32 and f32 (raw bits), {@code long[]} for i64 and f64 (raw bits) and v128 (two longs per
 * element, low first), {@code Object[]} for references. Values cross to the stack as raw slot bits, the same
 * convention as {@link ValueStack}: i32 sign-extended, f32 zero-extended bits.
 */
public final class WasmArray {
    public static final int I8 = 0;
    public static final int I16 = 1;
    public static final int I32 = 2;
    public static final int F32 = 3;
    public static final int I64 = 4;
    public static final int V128 = 5;
    public static final int REF = 6;

    /** The array's canonical defined type (what casts test against). */
    public final DefType type;
    /** One of {@link #I8} ... {@link #REF}. */
    public final int kind;
    private final int length;
    private final Object storage;

    private WasmArray(DefType type, int kind, int length) {
        this.type = type;
        this.kind = kind;
        this.length = length;
        this.storage = switch (kind) {
            case I8 -> new byte[length];
            case I16 -> new short[length];
            case I32, F32 -> new int[length];
            case I64 -> new long[length];
            case V128 -> new long[2 * length];
            default -> new Object[length];
        };
    }

    /** The storage kind of an element type. */
    public static int kindOf(StorageType storage) {
        if (storage instanceof StorageType.Packed p) {
            return p == StorageType.Packed.I8 ? I8 : I16;
        }
        ValType t = storage.unpacked();
        return switch (t.kind()) {
            case I32 -> I32;
            case F32 -> F32;
            case I64, F64 -> I64;
            case V128 -> V128;
            default -> REF;
        };
    }

    /**
     * A zero/null-filled array of {@code length} elements ({@code length} is an unsigned i32).
     *
     * @throws Trap when the JVM cannot hold an array that large
     */
    public static WasmArray allocate(DefType type, long length) {
        int kind = kindOf(type.arrayType().element().storage());
        if (length < 0 || length > (kind == V128 ? Integer.MAX_VALUE / 2 : Integer.MAX_VALUE - 8)) {
            throw new Trap("out of memory: array of " + length + " elements is too large");
        }
        try {
            return new WasmArray(type, kind, (int) length);
        } catch (OutOfMemoryError e) {
            throw new Trap("out of memory: array of " + length + " elements is too large");
        }
    }

    public int length() {
        return length;
    }

    private static Trap outOfBounds() {
        return new Trap("out of bounds array access");
    }

    /** Checks that {@code [offset, offset + n)} (unsigned i32 values) lies within the array. */
    public void checkRange(long offset, long n) {
        if (offset < 0 || n < 0 || offset + n > length) {
            throw outOfBounds();
        }
    }

    private int index(long i) {
        if (i < 0 || i >= length) {
            throw outOfBounds();
        }
        return (int) i;
    }

    /** Element {@code i} of a numeric array as slot bits (packed elements sign-extended when {@code signed}). */
    public long get(long i, boolean signed) {
        int k = index(i);
        return switch (kind) {
            case I8 -> signed ? ((byte[]) storage)[k] : ((byte[]) storage)[k] & 0xFF;
            case I16 -> signed ? ((short[]) storage)[k] : ((short[]) storage)[k] & 0xFFFF;
            case I32 -> ((int[]) storage)[k];
            case F32 -> ((int[]) storage)[k] & 0xFFFF_FFFFL;
            case I64 -> ((long[]) storage)[k];
            default -> throw new IllegalStateException("not a scalar numeric array");
        };
    }

    /** Stores slot bits into numeric element {@code i} (packed elements truncated). */
    public void set(long i, long bits) {
        int k = index(i);
        switch (kind) {
            case I8 -> ((byte[]) storage)[k] = (byte) bits;
            case I16 -> ((short[]) storage)[k] = (short) bits;
            case I32, F32 -> ((int[]) storage)[k] = (int) bits;
            case I64 -> ((long[]) storage)[k] = bits;
            default -> throw new IllegalStateException("not a scalar numeric array");
        }
    }

    /** Low (half 0) or high (half 1) 64 bits of v128 element {@code i}. */
    public long getV128(long i, int half) {
        return ((long[]) storage)[2 * index(i) + half];
    }

    public void setV128(long i, long low, long high) {
        int k = 2 * index(i);
        long[] a = (long[]) storage;
        a[k] = low;
        a[k + 1] = high;
    }

    public Object getRef(long i) {
        return ((Object[]) storage)[index(i)];
    }

    public void setRef(long i, Object value) {
        ((Object[]) storage)[index(i)] = value;
    }

    // ---- typed access for compiled code: the element kind is known statically, the index is an unsigned i32 in an
    // int (one at or above 2^31 is negative here, and so out of bounds of any array) --------------------------------

    private int at(int i) {
        if (i < 0 || i >= length) {
            throw outOfBounds();
        }
        return i;
    }

    public int getI8(int i) {
        return ((byte[]) storage)[at(i)];
    }

    public int getU8(int i) {
        return ((byte[]) storage)[at(i)] & 0xFF;
    }

    public int getI16(int i) {
        return ((short[]) storage)[at(i)];
    }

    public int getU16(int i) {
        return ((short[]) storage)[at(i)] & 0xFFFF;
    }

    /** An i32 element, or an f32 element's bits. */
    public int getI32(int i) {
        return ((int[]) storage)[at(i)];
    }

    /** An i64 element, or an f64 element's bits. */
    public long getI64(int i) {
        return ((long[]) storage)[at(i)];
    }

    public Object getRef(int i) {
        return ((Object[]) storage)[at(i)];
    }

    public void setI8(int i, int v) {
        ((byte[]) storage)[at(i)] = (byte) v;
    }

    public void setI16(int i, int v) {
        ((short[]) storage)[at(i)] = (short) v;
    }

    public void setI32(int i, int v) {
        ((int[]) storage)[at(i)] = v;
    }

    public void setI64(int i, long v) {
        ((long[]) storage)[at(i)] = v;
    }

    public void setRef(int i, Object v) {
        ((Object[]) storage)[at(i)] = v;
    }

    /** {@code array.fill} with slot bits {@code low}/{@code high} or reference {@code ref}. */
    public void fill(long offset, long low, long high, Object ref, long n) {
        checkRange(offset, n);
        int from = (int) offset;
        int to = (int) (offset + n);
        switch (kind) {
            case I8 -> Arrays.fill((byte[]) storage, from, to, (byte) low);
            case I16 -> Arrays.fill((short[]) storage, from, to, (short) low);
            case I32, F32 -> Arrays.fill((int[]) storage, from, to, (int) low);
            case I64 -> Arrays.fill((long[]) storage, from, to, low);
            case V128 -> {
                long[] a = (long[]) storage;
                for (int k = from; k < to; k++) {
                    a[2 * k] = low;
                    a[2 * k + 1] = high;
                }
            }
            default -> Arrays.fill((Object[]) storage, from, to, ref);
        }
    }

    /** {@code array.copy}: overlapping ranges copy as if through a buffer. */
    public static void copy(WasmArray dst, long dstOffset, WasmArray src, long srcOffset, long n) {
        dst.checkRange(dstOffset, n);
        src.checkRange(srcOffset, n);
        int scale = dst.kind == V128 ? 2 : 1;
        System.arraycopy(src.storage, (int) srcOffset * scale, dst.storage, (int) dstOffset * scale, (int) n * scale);
    }

    /** Bytes per element when read from a data segment. */
    public int elementBytes() {
        return elementBytes(kind);
    }

    /** Bytes per element of storage kind {@code kind} in a data segment. */
    public static int elementBytes(int kind) {
        return switch (kind) {
            case I8 -> 1;
            case I16 -> 2;
            case I32, F32 -> 4;
            case I64 -> 8;
            case V128 -> 16;
            default -> throw new IllegalStateException("reference arrays have no byte layout");
        };
    }

    /**
     * {@code array.new_data} / {@code array.init_data}: elements {@code [offset, offset + n)} from little-endian
     * bytes {@code data[from ...]}; the caller has checked the byte range.
     */
    public void initFromBytes(long offset, byte[] data, int from, long n) {
        checkRange(offset, n);
        int size = elementBytes();
        for (int k = 0; k < n; k++) {
            int at = from + k * size;
            long i = offset + k;
            switch (kind) {
                case V128 -> setV128(i, littleEndian(data, at, 8), littleEndian(data, at + 8, 8));
                default -> set(i, littleEndian(data, at, size));
            }
        }
    }

    private static long littleEndian(byte[] data, int at, int size) {
        long v = 0;
        for (int b = size - 1; b >= 0; b--) {
            v = (v << 8) | (data[at + b] & 0xFF);
        }
        return v;
    }

    /** {@code array.new_elem} / {@code array.init_elem}: references {@code segment[from, from + n)}. */
    public void initFromRefs(long offset, Object[] segment, long from, long n) {
        checkRange(offset, n);
        if (from < 0 || from + n > segment.length) {
            throw new Trap("out of bounds table access");
        }
        System.arraycopy(segment, (int) from, storage, (int) offset, (int) n);
    }

    @Override
    public String toString() {
        return "array " + type + " [" + length + "]";
    }
}
