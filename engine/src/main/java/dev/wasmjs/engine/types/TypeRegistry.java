package dev.wasmjs.engine.types;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonicalises recursion groups process-wide, so that structurally equivalent groups (iso-recursively: member
 * references inside the group compared by position, references outside by identity) become the same objects.
 * Every module, whichever engine instance or thread decoded it, shares these types, which is what makes
 * cross-module function-type checks and call_indirect signature checks identity comparisons.
 */
public final class TypeRegistry {
    private static final Map<String, WeakReference<RecGroup>> GROUPS = new HashMap<>();
    private static long nextId = 1;
    private static int purgeAt = 1024;

    private TypeRegistry() {
    }

    /**
     * Returns the canonical members for a freshly decoded group of shells (all {@link DefType#define defined}).
     * Either the shells themselves become canonical, or an equivalent group registered earlier is returned.
     */
    public static synchronized List<DefType> canonicalize(List<DefType> shells) {
        Map<DefType, Integer> local = new IdentityHashMap<>();
        for (int i = 0; i < shells.size(); i++) {
            local.put(shells.get(i), i);
        }
        StringBuilder key = new StringBuilder();
        for (DefType t : shells) {
            appendKey(key, t, local);
            key.append(';');
        }
        String k = key.toString();
        WeakReference<RecGroup> ref = GROUPS.get(k);
        RecGroup existing = ref == null ? null : ref.get();
        if (existing != null) {
            return existing.members();
        }
        RecGroup group = new RecGroup(shells);
        for (int i = 0; i < shells.size(); i++) {
            DefType t = shells.get(i);
            t.id = nextId++;
            t.group = group;
            t.indexInGroup = i;
        }
        for (DefType t : shells) {
            t.computeDepth();
        }
        if (GROUPS.size() >= purgeAt) {
            GROUPS.values().removeIf(w -> w.get() == null);
            purgeAt = Math.max(1024, GROUPS.size() * 2);
        }
        GROUPS.put(k, new WeakReference<>(group));
        return group.members();
    }

    private static void appendKey(StringBuilder key, DefType t, Map<DefType, Integer> local) {
        key.append(t.isFinal() ? "final " : "sub ");
        if (t.supertype() != null) {
            appendRef(key, t.supertype(), local);
            key.append(' ');
        }
        switch (t.composite()) {
            case FuncType f -> {
                key.append("func(");
                for (ValType p : f.params()) {
                    appendVal(key, p, local);
                }
                key.append(")->(");
                for (ValType r : f.results()) {
                    appendVal(key, r, local);
                }
                key.append(')');
            }
            case StructType s -> {
                key.append("struct(");
                for (FieldType f : s.fields()) {
                    appendField(key, f, local);
                }
                key.append(')');
            }
            case ArrayType a -> {
                key.append("array(");
                appendField(key, a.element(), local);
                key.append(')');
            }
        }
    }

    private static void appendField(StringBuilder key, FieldType f, Map<DefType, Integer> local) {
        key.append(f.mutable() ? "mut " : "");
        switch (f.storage()) {
            case StorageType.Packed p -> key.append(p).append(',');
            case StorageType.Value v -> appendVal(key, v.type(), local);
        }
    }

    private static void appendVal(StringBuilder key, ValType v, Map<DefType, Integer> local) {
        if (v.heapType() instanceof DefType d) {
            key.append(v.nullable() ? "(ref null " : "(ref ");
            appendRef(key, d, local);
            key.append("),");
        } else {
            key.append(v).append(',');
        }
    }

    private static void appendRef(StringBuilder key, DefType d, Map<DefType, Integer> local) {
        Integer i = local.get(d);
        if (i != null) {
            key.append("rec.").append(i);
        } else {
            if (d.id == 0) {
                throw new IllegalStateException("reference to a type that is neither canonical nor in the group");
            }
            key.append('#').append(d.id);
        }
    }

    /** For tests: how many groups are registered (including ones whose modules are gone but not yet purged). */
    static synchronized int size() {
        return GROUPS.size();
    }
}
