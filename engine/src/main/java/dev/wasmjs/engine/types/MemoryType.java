package dev.wasmjs.engine.types;

/** A linear memory type: limits in 64 KiB pages; {@code address64} marks memory64, {@code shared} threads' memories. */
public record MemoryType(Limits limits, boolean address64, boolean shared) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    public static final int PAGE_SIZE = 65536;

    public ValType addressType() {
        return address64 ? ValType.I64 : ValType.I32;
    }
}
