package dev.wasmjs.engine.types;

import java.util.List;

public record StructType(List<FieldType> fields) implements CompositeType {
    public StructType {
        fields = List.copyOf(fields);
    }

    @Override
    public HeapType.Abstract kind() {
        return HeapType.Abstract.STRUCT;
    }
}
