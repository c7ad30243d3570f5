package dev.wasmjs.engine.types;

import java.util.List;

/**
 * A struct type. Besides its fields it knows where each field lives in a struct object: fields are laid out in
 * value slots like operands on the stack (a v128 takes two), so execution tiers copy fields to and from the stack
 * without conversion.
 */
public final class StructType implements CompositeType {
    private final List<FieldType> fields;
    private final int[] slotOffsets;
    private final int slotCount;
    private final boolean hasRefs;
    private final boolean hasNumbers;

    public StructType(List<FieldType> fields) {
        this.fields = List.copyOf(fields);
        this.slotOffsets = new int[this.fields.size()];
        int slot = 0;
        boolean refs = false;
        boolean numbers = false;
        for (int i = 0; i < slotOffsets.length; i++) {
            slotOffsets[i] = slot;
            ValType t = this.fields.get(i).storage().unpacked();
            slot += t.slots();
            refs |= t.isRef();
            numbers |= !t.isRef();
        }
        this.slotCount = slot;
        this.hasRefs = refs;
        this.hasNumbers = numbers;
    }

    public List<FieldType> fields() {
        return fields;
    }

    /** The first value slot of field {@code i}. */
    public int slotOffset(int i) {
        return slotOffsets[i];
    }

    /** Value slots taken by all fields. */
    public int slotCount() {
        return slotCount;
    }

    /** Whether any field holds a number or vector (struct objects then need a bits array). */
    public boolean hasNumbers() {
        return hasNumbers;
    }

    /** Whether any field holds a reference (struct objects then need a reference array). */
    public boolean hasRefs() {
        return hasRefs;
    }

    @Override
    public HeapType.Abstract kind() {
        return HeapType.Abstract.STRUCT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructType s && s.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "(struct " + fields + ")";
    }
}
