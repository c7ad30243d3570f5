package dev.wasmjs.engine.types;

/**
 * A defined type: one member of a recursion group, with its finality, declared supertype and structure.
 *
 * <p>Defined types are canonicalised across modules by {@link TypeRegistry} (iso-recursive equivalence), so two
 * defined types are equivalent exactly when they are the same object. That makes type equality at link time and
 * the signature check of {@code call_indirect} an identity comparison in the common case.
 *
 * <p>A DefType is created as an empty shell so that members of a recursion group can refer to each other, then
 * {@link #define defined} once; after canonicalisation it never changes.
 */
public final class DefType implements HeapType {
    private boolean isFinal;
    private DefType supertype;
    private CompositeType composite;
    /** Length of the supertype chain; lets subtype checks stop early. */
    private int depth;
    /** Registry identity, assigned when the type becomes canonical (0 before). */
    long id;
    RecGroup group;
    int indexInGroup;

    public DefType() {
    }

    /** Fills in a shell; {@code supertype} must be canonical or a shell of the same group. */
    public void define(boolean isFinal, DefType supertype, CompositeType composite) {
        if (this.composite != null) {
            throw new IllegalStateException("type already defined");
        }
        this.isFinal = isFinal;
        this.supertype = supertype;
        this.composite = composite;
    }

    void computeDepth() {
        int d = 0;
        for (DefType s = supertype; s != null && d < 1_000_000; s = s.supertype) {
            d++;
        }
        depth = d;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** The declared supertype, or null. */
    public DefType supertype() {
        return supertype;
    }

    public CompositeType composite() {
        return composite;
    }

    public boolean isFunc() {
        return composite instanceof FuncType;
    }

    public boolean isStruct() {
        return composite instanceof StructType;
    }

    public boolean isArray() {
        return composite instanceof ArrayType;
    }

    /** The function signature; only for function types. */
    public FuncType funcType() {
        return (FuncType) composite;
    }

    public StructType structType() {
        return (StructType) composite;
    }

    public ArrayType arrayType() {
        return (ArrayType) composite;
    }

    public RecGroup group() {
        return group;
    }

    public int depth() {
        return depth;
    }

    /** Declared subtyping: this type is {@code other} or has it in its supertype chain. */
    public boolean isSubtypeOf(DefType other) {
        if (this == other) {
            return true;
        }
        int steps = depth - other.depth;
        if (steps <= 0) {
            return false;
        }
        DefType t = this;
        while (steps-- > 0) {
            t = t.supertype;
        }
        return t == other;
    }

    @Override
    public Abstract top() {
        return composite instanceof FuncType ? Abstract.FUNC : Abstract.ANY;
    }

    /** Printing depth: types nested in the printed one show as references, so recursive types print finitely. */
    private static final ThreadLocal<int[]> PRINT_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String toString() {
        if (composite == null) {
            return "(type ?)";
        }
        int[] depth = PRINT_DEPTH.get();
        if (depth[0] > 0) {
            return "(type #" + id + ")";
        }
        depth[0]++;
        try {
            return composite.toString();
        } finally {
            depth[0]--;
        }
    }
}
