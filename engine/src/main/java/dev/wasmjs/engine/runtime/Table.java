package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.types.TableType;
import java.util.Arrays;

/**
 * A table of references. Elements are {@link WasmFunction}s for function tables, any object for externref
 * tables (null is the null reference). Like memories, tables keep spare capacity when they grow.
 */
public final class Table {
    /** The most elements the engine gives a table, as V8. */
    public static final long ENGINE_MAX_ELEMENTS = 10_000_000;

    private final TableType type;
    private final long max;
    private Object[] elements;
    private int size;
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this table here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    public Table(TableType type, Object init) {
        this.type = type;
        // Unsigned: no maximum (-1) and huge table64 maxima both mean the engine's limit.
        long declaredMax = type.limits().maxOr(-1);
        this.max = Long.compareUnsigned(declaredMax, ENGINE_MAX_ELEMENTS) < 0 ? declaredMax : ENGINE_MAX_ELEMENTS;
        long min = type.limits().min();
        if (min < 0 || min > max) {
            throw new ResourceLimitException("table of " + Long.toUnsignedString(min)
                    + " elements exceeds the engine limit of " + ENGINE_MAX_ELEMENTS);
        }
        this.size = (int) min;
        this.elements = new Object[size];
        if (init != null) {
            Arrays.fill(elements, init);
        }
    }

    public TableType type() {
        return type;
    }

    public int size() {
        return size;
    }

    /** The current maximum (declared maximum capped by the engine's limit). */
    public long max() {
        return max;
    }

    private static Trap outOfBounds() {
        return new Trap("out of bounds table access");
    }

    public Object get(long index) {
        if (index < 0 || index >= size) {
            throw outOfBounds();
        }
        return elements[(int) index];
    }

    public void set(long index, Object value) {
        if (index < 0 || index >= size) {
            throw outOfBounds();
        }
        elements[(int) index] = value;
    }

    /** Grows by {@code delta} elements set to {@code init}; returns the old size or -1. */
    public long grow(long delta, Object init) {
        int old = size;
        if (delta < 0 || delta > max - old) {
            return -1;
        }
        int newSize = (int) (old + delta);
        if (newSize > elements.length) {
            int capacity = (int) Math.max(newSize, Math.min((long) elements.length * 2, max));
            try {
                elements = Arrays.copyOf(elements, capacity);
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        Arrays.fill(elements, old, newSize, init);
        size = newSize;
        return old;
    }

    public void fill(long offset, Object value, long length) {
        if (length < 0 || offset < 0 || offset > size - length) {
            throw outOfBounds();
        }
        Arrays.fill(elements, (int) offset, (int) (offset + length), value);
    }

    public static void copy(Table src, long srcOffset, Table dst, long dstOffset, long length) {
        if (length < 0 || srcOffset < 0 || dstOffset < 0 || srcOffset > src.size - length
                || dstOffset > dst.size - length) {
            throw outOfBounds();
        }
        System.arraycopy(src.elements, (int) srcOffset, dst.elements, (int) dstOffset, (int) length);
    }

    /** {@code table.init} and active element segments. */
    public void init(long dstOffset, Object[] segment, long srcOffset, long length) {
        if (length < 0 || srcOffset < 0 || dstOffset < 0 || srcOffset > segment.length - length
                || dstOffset > size - length) {
            throw outOfBounds();
        }
        System.arraycopy(segment, (int) srcOffset, elements, (int) dstOffset, (int) length);
    }
}
