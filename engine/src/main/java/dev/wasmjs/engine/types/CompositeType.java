package dev.wasmjs.engine.types;

/** The structure a defined type describes: a function signature, a struct or an array. */
public sealed interface CompositeType permits FuncType, StructType, ArrayType {
    /** The abstract heap type every type of this kind is a subtype of: {@code func}, {@code struct} or {@code array}. */
    HeapType.Abstract kind();
}
