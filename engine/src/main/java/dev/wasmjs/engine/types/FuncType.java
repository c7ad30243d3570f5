package dev.wasmjs.engine.types;

import java.util.List;

/** A function signature. */
public record FuncType(List<ValType> params, List<ValType> results) implements CompositeType {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public HeapType.Abstract kind() {
        return HeapType.Abstract.FUNC;
    }

    /** Total stack slots taken by the parameters (see {@link ValType#slots()}). */
    public int paramSlots() {
        return slots(params);
    }

    public int resultSlots() {
        return slots(results);
    }

    public static int slots(List<ValType> types) {
        int n = 0;
        for (ValType t : types) {
            n += t.slots();
        }
        return n;
    }

    @Override
    public String toString() {
        return "(func (param" + join(params) + ") (result" + join(results) + "))";
    }

    private static String join(List<ValType> ts) {
        StringBuilder sb = new StringBuilder();
        for (ValType t : ts) {
            sb.append(' ').append(t);
        }
        return sb.toString();
    }
}
