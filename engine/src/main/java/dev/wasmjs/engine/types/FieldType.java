package dev.wasmjs.engine.types;

/** A struct field or array element type with its mutability. */
public record FieldType(StorageType storage, boolean mutable) {
    @Override
    public String toString() {
        return mutable ? "(mut " + storage + ")" : storage.toString();
    }
}
