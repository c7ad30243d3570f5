package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.types.MemoryType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear memory: the bytes are a Java {@code byte[]}, read and written with little-endian byte-array view
 * {@link VarHandle}s, which HotSpot turns into plain (unaligned) loads and stores; JS gets a zero-copy
 * {@link ByteBuffer} wrapping the array.
 *
 * <p>Why an array, measured with the compiled tier: an off-heap {@code MemorySegment} access inlines into much
 * more JIT IR (session and segment checks) than an array access; in functions with many accesses C2 ran out of
 * inlining budget and left the segment's bounds check as a call in the hot loop (matrix multiply 10x slower than
 * with the array). The price is the array size limit: a memory holds at most {@link #ENGINE_MAX_PAGES} pages
 * (2 GiB - 64 KiB).
 *
 * <p>Growing keeps spare capacity (the array may be larger than the memory) so that a program growing page by
 * page copies its memory a logarithmic number of times, not once per page. Every access is bounds-checked
 * against the wasm size, never against the capacity.
 */
public final class Memory {
    public static final long PAGE = 65536;
    /** The most pages the engine gives a memory: what fits in a Java array (V8 allows 65536). */
    public static final long ENGINE_MAX_PAGES = Integer.MAX_VALUE / PAGE;

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryType type;
    private final long maxPages;
    private byte[] bytes;
    private long size;
    /** {@link #size} as an int (it always fits: see {@link #ENGINE_MAX_PAGES}), for the 32-bit access path. */
    private int size32;
    private final List<Runnable> growListeners = new ArrayList<>(1);
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this memory here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    /** Allocates a zeroed memory of the type's minimum size. */
    public Memory(MemoryType type) {
        this.type = type;
        long declaredMax = type.limits().maxOr(-1);
        this.maxPages = Long.compareUnsigned(declaredMax, ENGINE_MAX_PAGES) < 0 ? declaredMax : ENGINE_MAX_PAGES;
        long pages = type.limits().min();
        if (Long.compareUnsigned(pages, maxPages) > 0) {
            throw new ResourceLimitException("memory of " + Long.toUnsignedString(pages)
                    + " pages exceeds the engine limit of " + maxPages + " pages");
        }
        this.size = pages * PAGE;
        this.size32 = (int) size;
        try {
            this.bytes = allocate(size);
        } catch (OutOfMemoryError e) {
            throw new ResourceLimitException("could not allocate a memory of " + pages + " pages");
        }
    }

    private static byte[] allocate(long length) {
        // At least 8 bytes so that a 0-page memory still has an array for the view handles.
        return new byte[(int) Math.max(length, 8)];
    }

    public MemoryType type() {
        return type;
    }

    /** Current size in bytes. */
    public long byteSize() {
        return size;
    }

    public long pages() {
        return size / PAGE;
    }

    /** The current maximum in pages (the declared maximum, capped by the engine's limit). */
    public long maxPages() {
        return maxPages;
    }

    /**
     * Grows by {@code delta} pages; returns the old size in pages, or -1 if the memory cannot grow that much
     * (over its maximum, or the JVM cannot give the bytes). Contents are kept; new pages are zero.
     */
    public long grow(long delta) {
        long old = pages();
        if (delta < 0 || delta > maxPages - old) {
            return -1;
        }
        if (delta == 0) {
            notifyGrowListeners();
            return old;
        }
        long newSize = (old + delta) * PAGE;
        if (newSize > bytes.length) {
            long capacity = Math.max(newSize, Math.min((long) bytes.length * 2, maxPages * PAGE));
            byte[] bigger;
            try {
                bigger = allocate(capacity);
            } catch (OutOfMemoryError e) {
                try {
                    bigger = allocate(newSize);
                } catch (OutOfMemoryError again) {
                    return -1;
                }
            }
            System.arraycopy(bytes, 0, bigger, 0, (int) size);
            bytes = bigger;
        }
        // Bytes between the old size and the capacity were never writable, so they are still zero.
        size = newSize;
        size32 = (int) newSize;
        notifyGrowListeners();
        return old;
    }

    private void notifyGrowListeners() {
        for (Runnable l : growListeners) {
            l.run();
        }
    }

    /**
     * Runs {@code listener} after every successful grow, including a grow by 0 pages: the JS API hands out a new
     * buffer (detaching the old one) after each, as V8 does.
     */
    public void addGrowListener(Runnable listener) {
        growListeners.add(listener);
    }

    /** A little-endian view of the current contents, sharing the memory's bytes. Valid until the next grow. */
    public ByteBuffer byteBuffer() {
        return ByteBuffer.wrap(bytes, 0, (int) size).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    // ---- access (ea: effective address, already including the static offset) -----------------------------

    private static Trap outOfBounds() {
        return new Trap("out of bounds memory access");
    }

    private void check(long ea, long width) {
        if (ea < 0 || ea > size - width) {
            throw outOfBounds();
        }
    }

    public int loadI32(long ea) {
        check(ea, 4);
        return (int) I32.get(bytes, (int) ea);
    }

    public long loadI64(long ea) {
        check(ea, 8);
        return (long) I64.get(bytes, (int) ea);
    }

    public int loadI8(long ea) {
        check(ea, 1);
        return bytes[(int) ea];
    }

    public int loadU8(long ea) {
        check(ea, 1);
        return bytes[(int) ea] & 0xFF;
    }

    public int loadI16(long ea) {
        check(ea, 2);
        return (short) I16.get(bytes, (int) ea);
    }

    public int loadU16(long ea) {
        check(ea, 2);
        return (short) I16.get(bytes, (int) ea) & 0xFFFF;
    }

    public void storeI32(long ea, int v) {
        check(ea, 4);
        I32.set(bytes, (int) ea, v);
    }

    public void storeI64(long ea, long v) {
        check(ea, 8);
        I64.set(bytes, (int) ea, v);
    }

    public void storeI8(long ea, int v) {
        check(ea, 1);
        bytes[(int) ea] = (byte) v;
    }

    public void storeI16(long ea, int v) {
        check(ea, 2);
        I16.set(bytes, (int) ea, (short) v);
    }

    // ---- access from compiled code to a 32-bit memory: the address operand (unsigned) and the static offset ------
    //
    // The bounds check is Objects.checkIndex on the address, which HotSpot compiles to a range check that it can
    // hoist out of loops (loop predication) together with the array's own check; the explicit long comparisons
    // above cannot be hoisted. An address >= 2^31 is negative as an int and so out of bounds of any memory here.

    /** Checks that {@code width} bytes at unsigned {@code addr} + {@code offset} are in bounds; returns the index. */
    private int index(int addr, long offset, int width) {
        if (offset > size32) {
            throw outOfBounds();
        }
        int off = (int) offset;
        try {
            return java.util.Objects.checkIndex(addr, size32 - off - width + 1) + off;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public int loadI32(int addr, long offset) {
        return (int) I32.get(bytes, index(addr, offset, 4));
    }

    public long loadI64(int addr, long offset) {
        return (long) I64.get(bytes, index(addr, offset, 8));
    }

    public int loadI8(int addr, long offset) {
        return bytes[index(addr, offset, 1)];
    }

    public int loadU8(int addr, long offset) {
        return bytes[index(addr, offset, 1)] & 0xFF;
    }

    public int loadI16(int addr, long offset) {
        return (short) I16.get(bytes, index(addr, offset, 2));
    }

    public int loadU16(int addr, long offset) {
        return (short) I16.get(bytes, index(addr, offset, 2)) & 0xFFFF;
    }

    public void storeI32(int addr, long offset, int v) {
        I32.set(bytes, index(addr, offset, 4), v);
    }

    public void storeI64(int addr, long offset, long v) {
        I64.set(bytes, index(addr, offset, 8), v);
    }

    public void storeI8(int addr, long offset, int v) {
        bytes[index(addr, offset, 1)] = (byte) v;
    }

    public void storeI16(int addr, long offset, int v) {
        I16.set(bytes, index(addr, offset, 2), (short) v);
    }

    /** {@code memory.fill}: addresses and length are unsigned. */
    public void fill(long dst, int value, long length) {
        if (length < 0 || dst < 0 || dst > size - length) {
            throw outOfBounds();
        }
        Arrays.fill(bytes, (int) dst, (int) (dst + length), (byte) value);
    }

    /** {@code memory.copy} between memories (or within one); overlapping ranges copy as if through a buffer. */
    public static void copy(Memory src, long srcOffset, Memory dst, long dstOffset, long length) {
        if (length < 0 || srcOffset < 0 || dstOffset < 0 || srcOffset > src.size - length || dstOffset > dst.size - length) {
            throw outOfBounds();
        }
        System.arraycopy(src.bytes, (int) srcOffset, dst.bytes, (int) dstOffset, (int) length);
    }

    /** {@code memory.init} and active data segments: copies {@code bytes[from, from+length)} to {@code dst}. */
    public void write(long dst, byte[] source, long from, long length, long available) {
        if (length < 0 || from < 0 || from > available - length || dst < 0 || dst > size - length) {
            throw outOfBounds();
        }
        System.arraycopy(source, (int) from, bytes, (int) dst, (int) length);
    }

    /** Copies out {@code length} bytes at {@code offset} (for embedders; bounds-checked). */
    public byte[] read(long offset, int length) {
        check(offset, length);
        return Arrays.copyOfRange(bytes, (int) offset, (int) offset + length);
    }

    /** Writes {@code bytes} at {@code offset} (for embedders; bounds-checked). */
    public void write(long offset, byte[] source) {
        write(offset, source, 0, source.length, source.length);
    }
}
