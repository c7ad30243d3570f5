package dev.wasmjs.engine.types;

import java.util.List;

/** The subtyping relation of WebAssembly 3.0 over value, heap, storage and defined types. */
public final class Subtyping {
    private Subtyping() {
    }

    /** {@code a <: b}. The validator's {@link ValType#BOT} is a subtype of everything. */
    public static boolean isSubtype(ValType a, ValType b) {
        if (a == b || a.kind() == ValType.Kind.BOT) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() != ValType.Kind.REF) {
            return true;
        }
        if (a.nullable() && !b.nullable()) {
            return false;
        }
        return isSubtype(a.heapType(), b.heapType());
    }

    public static boolean isSubtype(HeapType a, HeapType b) {
        if (a == b) {
            return true;
        }
        if (a instanceof DefType da) {
            if (b instanceof DefType db) {
                return da.isSubtypeOf(db);
            }
            HeapType.Abstract ab = (HeapType.Abstract) b;
            return switch (da.composite()) {
                case FuncType f -> ab == HeapType.Abstract.FUNC;
                case StructType s -> ab == HeapType.Abstract.STRUCT || ab == HeapType.Abstract.EQ
                        || ab == HeapType.Abstract.ANY;
                case ArrayType r -> ab == HeapType.Abstract.ARRAY || ab == HeapType.Abstract.EQ
                        || ab == HeapType.Abstract.ANY;
            };
        }
        HeapType.Abstract aa = (HeapType.Abstract) a;
        if (b instanceof DefType db) {
            // Only the bottom of a hierarchy sits below a concrete type.
            return aa.isBottom() && aa == db.bottom();
        }
        HeapType.Abstract ab = (HeapType.Abstract) b;
        if (aa.top() != ab.top()) {
            return false;
        }
        if (aa.isBottom() || ab == ab.top()) {
            return true;
        }
        // Inside the any hierarchy: i31, struct and array are below eq.
        return ab == HeapType.Abstract.EQ
                && (aa == HeapType.Abstract.I31 || aa == HeapType.Abstract.STRUCT || aa == HeapType.Abstract.ARRAY);
    }

    public static boolean isSubtype(FieldType a, FieldType b) {
        if (a.mutable() != b.mutable()) {
            return false;
        }
        boolean storage = isSubtype(a.storage(), b.storage());
        // Mutable fields are invariant: each side must match the other.
        return a.mutable() ? storage && isSubtype(b.storage(), a.storage()) : storage;
    }

    private static boolean isSubtype(StorageType a, StorageType b) {
        if (a instanceof StorageType.Value va && b instanceof StorageType.Value vb) {
            return isSubtype(va.type(), vb.type());
        }
        return a == b;
    }

    /** Whether a declared {@code sub} relation is structurally allowed: {@code sub}'s composite type matches {@code sup}'s. */
    public static boolean isSubtype(CompositeType sub, CompositeType sup) {
        return switch (sub) {
            case FuncType f when sup instanceof FuncType g ->
                    allSubtypes(g.params(), f.params()) && allSubtypes(f.results(), g.results());
            case StructType s when sup instanceof StructType t -> {
                if (s.fields().size() < t.fields().size()) {
                    yield false;
                }
                for (int i = 0; i < t.fields().size(); i++) {
                    if (!isSubtype(s.fields().get(i), t.fields().get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case ArrayType a when sup instanceof ArrayType b -> isSubtype(a.element(), b.element());
            default -> false;
        };
    }

    /** Pointwise {@code as[i] <: bs[i]} with equal lengths. */
    public static boolean allSubtypes(List<ValType> as, List<ValType> bs) {
        if (as.size() != bs.size()) {
            return false;
        }
        for (int i = 0; i < as.size(); i++) {
            if (!isSubtype(as.get(i), bs.get(i))) {
                return false;
            }
        }
        return true;
    }
}
