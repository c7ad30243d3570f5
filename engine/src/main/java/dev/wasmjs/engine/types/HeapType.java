package dev.wasmjs.engine.types;

/**
 * A heap type: one of the abstract heap types of WebAssembly 3.0, or a concrete {@link DefType}.
 *
 * <p>Abstract heap types form three (four with exceptions) hierarchies, each with a top and a bottom:
 * {@code any ⊇ eq ⊇ {i31, struct, array} ⊇ none}, {@code func ⊇ nofunc}, {@code extern ⊇ noextern},
 * {@code exn ⊇ noexn}. Concrete types sit between the abstract type of their kind and its bottom.
 */
public sealed interface HeapType permits HeapType.Abstract, DefType {

    /** The top of this type's hierarchy ({@code any}, {@code func}, {@code extern} or {@code exn}). */
    Abstract top();

    /** The bottom of this type's hierarchy ({@code none}, {@code nofunc}, {@code noextern} or {@code noexn}). */
    default Abstract bottom() {
        return switch (top()) {
            case FUNC -> Abstract.NOFUNC;
            case EXTERN -> Abstract.NOEXTERN;
            case EXN -> Abstract.NOEXN;
            default -> Abstract.NONE;
        };
    }

    enum Abstract implements HeapType {
        FUNC(0x70, "func"), NOFUNC(0x73, "nofunc"),
        EXTERN(0x6F, "extern"), NOEXTERN(0x72, "noextern"),
        ANY(0x6E, "any"), EQ(0x6D, "eq"), I31(0x6C, "i31"), STRUCT(0x6B, "struct"), ARRAY(0x6A, "array"),
        NONE(0x71, "none"),
        EXN(0x69, "exn"), NOEXN(0x74, "noexn");

        /** The byte that encodes this heap type (and, as a shorthand, the nullable reference type to it). */
        public final int code;
        public final String text;

        Abstract(int code, String text) {
            this.code = code;
            this.text = text;
        }

        @Override
        public Abstract top() {
            return switch (this) {
                case FUNC, NOFUNC -> FUNC;
                case EXTERN, NOEXTERN -> EXTERN;
                case EXN, NOEXN -> EXN;
                default -> ANY;
            };
        }

        public boolean isBottom() {
            return this == NOFUNC || this == NOEXTERN || this == NONE || this == NOEXN;
        }

        /** The abstract heap type for a binary code, or null if the byte is not one. */
        public static Abstract fromCode(int code) {
            for (Abstract a : values()) {
                if (a.code == code) {
                    return a;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
