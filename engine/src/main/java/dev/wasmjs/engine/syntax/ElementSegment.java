package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * An element segment. For active segments {@code tableIndex} and {@code offset} say where the items go at
 * instantiation; otherwise they are -1 and null.
 */
public record ElementSegment(SegmentMode mode, ValType type, List<ConstExpr> items, int tableIndex, ConstExpr offset) {
    public ElementSegment {
        items = List.copyOf(items);
    }
}
