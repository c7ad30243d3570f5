package dev.wasmjs.engine.types;

import java.util.Objects;

/**
 * A value type: a number type, {@code v128}, or a reference type {@code (ref null? heaptype)}.
 *
 * <p>Instances are immutable; the number types and the common reference types are shared constants, so the
 * decoder allocates only for concrete reference types. Equality is structural; concrete heap types are
 * canonical {@link DefType}s, so two modules' equal types compare equal.
 */
public final class ValType {
    public enum Kind { I32, I64, F32, F64, V128, REF, BOT }

    public static final ValType I32 = new ValType(Kind.I32, false, null);
    public static final ValType I64 = new ValType(Kind.I64, false, null);
    public static final ValType F32 = new ValType(Kind.F32, false, null);
    public static final ValType F64 = new ValType(Kind.F64, false, null);
    public static final ValType V128 = new ValType(Kind.V128, false, null);
    /** The validator's unknown type of values popped from a polymorphic (unreachable) stack. */
    public static final ValType BOT = new ValType(Kind.BOT, false, null);

    public static final ValType FUNCREF = new ValType(Kind.REF, true, HeapType.Abstract.FUNC);
    public static final ValType EXTERNREF = new ValType(Kind.REF, true, HeapType.Abstract.EXTERN);
    public static final ValType ANYREF = new ValType(Kind.REF, true, HeapType.Abstract.ANY);
    public static final ValType EQREF = new ValType(Kind.REF, true, HeapType.Abstract.EQ);
    public static final ValType I31REF = new ValType(Kind.REF, true, HeapType.Abstract.I31);
    public static final ValType STRUCTREF = new ValType(Kind.REF, true, HeapType.Abstract.STRUCT);
    public static final ValType ARRAYREF = new ValType(Kind.REF, true, HeapType.Abstract.ARRAY);
    public static final ValType NULLREF = new ValType(Kind.REF, true, HeapType.Abstract.NONE);
    public static final ValType NULLFUNCREF = new ValType(Kind.REF, true, HeapType.Abstract.NOFUNC);
    public static final ValType NULLEXTERNREF = new ValType(Kind.REF, true, HeapType.Abstract.NOEXTERN);
    public static final ValType EXNREF = new ValType(Kind.REF, true, HeapType.Abstract.EXN);
    public static final ValType NULLEXNREF = new ValType(Kind.REF, true, HeapType.Abstract.NOEXN);

    private static final ValType[] NULLABLE_ABSTRACT = new ValType[HeapType.Abstract.values().length];
    private static final ValType[] NON_NULL_ABSTRACT = new ValType[HeapType.Abstract.values().length];

    static {
        for (ValType t : new ValType[] {FUNCREF, EXTERNREF, ANYREF, EQREF, I31REF, STRUCTREF, ARRAYREF, NULLREF,
                NULLFUNCREF, NULLEXTERNREF, EXNREF, NULLEXNREF}) {
            NULLABLE_ABSTRACT[((HeapType.Abstract) t.heapType).ordinal()] = t;
        }
        for (HeapType.Abstract a : HeapType.Abstract.values()) {
            NON_NULL_ABSTRACT[a.ordinal()] = new ValType(Kind.REF, false, a);
        }
    }

    private final Kind kind;
    private final boolean nullable;
    private final HeapType heapType;

    private ValType(Kind kind, boolean nullable, HeapType heapType) {
        this.kind = kind;
        this.nullable = nullable;
        this.heapType = heapType;
    }

    /** The reference type {@code (ref null? heapType)}. */
    public static ValType ref(boolean nullable, HeapType heapType) {
        Objects.requireNonNull(heapType);
        if (heapType instanceof HeapType.Abstract a) {
            return nullable ? NULLABLE_ABSTRACT[a.ordinal()] : NON_NULL_ABSTRACT[a.ordinal()];
        }
        return new ValType(Kind.REF, nullable, heapType);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRef() {
        return kind == Kind.REF;
    }

    public boolean isNum() {
        return kind == Kind.I32 || kind == Kind.I64 || kind == Kind.F32 || kind == Kind.F64;
    }

    /** Whether this reference type admits null (false for non-reference types). */
    public boolean nullable() {
        return nullable;
    }

    /** The heap type of a reference type, null otherwise. */
    public HeapType heapType() {
        return heapType;
    }

    /** The same reference type with the given nullability. */
    public ValType withNullable(boolean n) {
        return n == nullable ? this : ref(n, heapType);
    }

    /** Whether a value of this type needs a default (numbers, vectors and nullable references have one). */
    public boolean isDefaultable() {
        return kind != Kind.REF || nullable;
    }

    /**
     * How many 64-bit slots a value of this type occupies on the execution stack: v128 takes two, everything
     * else one (references live in the parallel object slot of their single slot).
     */
    public int slots() {
        return kind == Kind.V128 ? 2 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ValType t && t.kind == kind && t.nullable == nullable
                && Objects.equals(t.heapType, heapType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, nullable, heapType);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            case BOT -> "bot";
            case REF -> (heapType instanceof HeapType.Abstract a && nullable) ? a.text + "ref"
                    : "(ref " + (nullable ? "null " : "") + heapType + ")";
        };
    }
}
