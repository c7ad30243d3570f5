package dev.wasmjs.engine.syntax;

/**
 * A data segment: its bytes are {@code [dataStart, dataEnd)} of the module bytes. Active segments name the memory
 * and offset they initialise; passive ones have memoryIndex -1 and a null offset.
 */
public record DataSegment(SegmentMode mode, int memoryIndex, ConstExpr offset, int dataStart, int dataEnd) {
    public int length() {
        return dataEnd - dataStart;
    }
}
