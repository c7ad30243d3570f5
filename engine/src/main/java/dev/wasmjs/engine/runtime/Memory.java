package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.types.MemoryType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear memory. The bytes live off-heap in a {@link MemorySegment}, which allows memories beyond 2 GiB and
 * gives JS a zero-copy {@link ByteBuffer} view.
 *
 * <p>Growing keeps spare capacity (the segment may be larger than the memory) so that a program growing page by
 * page copies its memory a logarithmic number of times, not once per page. Every access is bounds-checked
 * against the wasm size, never against the capacity.
 */
public final class Memory {
    public static final long PAGE = 65536;
    /** The most pages the engine gives a memory: 65536 (4 GiB), as V8. */
    public static final long ENGINE_MAX_PAGES = 65536;

    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final MemoryType type;
    private final long maxPages;
    private MemorySegment segment;
    private long size;
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
        try {
            this.segment = allocate(size);
        } catch (OutOfMemoryError e) {
            throw new ResourceLimitException("could not allocate a memory of " + pages + " pages");
        }
    }

    private static MemorySegment allocate(long bytes) {
        // Arena.ofAuto: freed when unreachable; allocation zero-fills.
        return Arena.ofAuto().allocate(Math.max(bytes, 8), 16);
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
        if (newSize > segment.byteSize()) {
            long capacity = Math.max(newSize, Math.min(segment.byteSize() * 2, maxPages * PAGE));
            MemorySegment bigger;
            try {
                bigger = allocate(capacity);
            } catch (OutOfMemoryError e) {
                try {
                    bigger = allocate(newSize);
                } catch (OutOfMemoryError again) {
                    return -1;
                }
            }
            MemorySegment.copy(segment, 0, bigger, 0, size);
            segment = bigger;
        }
        size = newSize;
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

    /**
     * A little-endian view of the current contents, sharing the memory's bytes. Valid until the next grow;
     * only for memories up to 2 GiB - 1 bytes, the limit of a ByteBuffer.
     */
    public ByteBuffer byteBuffer() {
        if (size > Integer.MAX_VALUE) {
            throw new ResourceLimitException("memory of " + size + " bytes is too large for a ByteBuffer");
        }
        return segment.asSlice(0, size).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
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
        return segment.get(I32, ea);
    }

    public long loadI64(long ea) {
        check(ea, 8);
        return segment.get(I64, ea);
    }

    public int loadI8(long ea) {
        check(ea, 1);
        return segment.get(ValueLayout.JAVA_BYTE, ea);
    }

    public int loadU8(long ea) {
        check(ea, 1);
        return segment.get(ValueLayout.JAVA_BYTE, ea) & 0xFF;
    }

    public int loadI16(long ea) {
        check(ea, 2);
        return segment.get(I16, ea);
    }

    public int loadU16(long ea) {
        check(ea, 2);
        return segment.get(I16, ea) & 0xFFFF;
    }

    public void storeI32(long ea, int v) {
        check(ea, 4);
        segment.set(I32, ea, v);
    }

    public void storeI64(long ea, long v) {
        check(ea, 8);
        segment.set(I64, ea, v);
    }

    public void storeI8(long ea, int v) {
        check(ea, 1);
        segment.set(ValueLayout.JAVA_BYTE, ea, (byte) v);
    }

    public void storeI16(long ea, int v) {
        check(ea, 2);
        segment.set(I16, ea, (short) v);
    }

    /** {@code memory.fill}: addresses and length are unsigned. */
    public void fill(long dst, int value, long length) {
        if (length < 0 || dst < 0 || dst > size - length) {
            throw outOfBounds();
        }
        segment.asSlice(dst, length).fill((byte) value);
    }

    /** {@code memory.copy} between memories (or within one); overlapping ranges copy as if through a buffer. */
    public static void copy(Memory src, long srcOffset, Memory dst, long dstOffset, long length) {
        if (length < 0 || srcOffset < 0 || dstOffset < 0 || srcOffset > src.size - length || dstOffset > dst.size - length) {
            throw outOfBounds();
        }
        MemorySegment.copy(src.segment, srcOffset, dst.segment, dstOffset, length);
    }

    /** {@code memory.init} and active data segments: copies {@code bytes[from, from+length)} to {@code dst}. */
    public void write(long dst, byte[] bytes, long from, long length, long available) {
        if (length < 0 || from < 0 || from > available - length || dst < 0 || dst > size - length) {
            throw outOfBounds();
        }
        MemorySegment.copy(bytes, (int) from, segment, ValueLayout.JAVA_BYTE, dst, (int) length);
    }

    /** Copies out {@code length} bytes at {@code offset} (for embedders; bounds-checked). */
    public byte[] read(long offset, int length) {
        check(offset, length);
        byte[] out = new byte[length];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, out, 0, length);
        return out;
    }

    /** Writes {@code bytes} at {@code offset} (for embedders; bounds-checked). */
    public void write(long offset, byte[] bytes) {
        write(offset, bytes, 0, bytes.length, bytes.length);
    }
}
