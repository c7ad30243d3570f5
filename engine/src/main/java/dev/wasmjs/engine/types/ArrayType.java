package dev.wasmjs.engine.types;

public record ArrayType(FieldType element) implements CompositeType {
    @Override
    public HeapType.Abstract kind() {
        return HeapType.Abstract.ARRAY;
    }
}
