package dev.wasmjs.engine.types;

/** A table type; {@code address64} marks a table64 (i64-indexed) table. */
public record TableType(ValType elementType, Limits limits, boolean address64) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    public ValType addressType() {
        return address64 ? ValType.I64 : ValType.I32;
    }
}
