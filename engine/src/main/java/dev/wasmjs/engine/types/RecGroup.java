package dev.wasmjs.engine.types;

import java.util.List;

/** A canonical recursion group: the unit of type equivalence in WebAssembly 3.0. */
public final class RecGroup {
    private final List<DefType> members;

    RecGroup(List<DefType> members) {
        this.members = List.copyOf(members);
    }

    public List<DefType> members() {
        return members;
    }
}
