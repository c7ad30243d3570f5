package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.ValType;
import java.util.function.IntFunction;

/**
 * Decodes value, reference and heap types. Concrete heap types are type indices, resolved through the
 * module's types known so far; an index that is not (yet) defined is a validation error ("unknown type").
 */
public final class TypeDecoder {
    private final IntFunction<DefType> resolver;
    private int typeCount;

    /** @param resolver maps a type index below {@link #setTypeCount the current count} to its DefType */
    public TypeDecoder(IntFunction<DefType> resolver) {
        this.resolver = resolver;
    }

    /** How many type indices may be referenced now (grows while the type section is decoded). */
    public void setTypeCount(int typeCount) {
        this.typeCount = typeCount;
    }

    public int typeCount() {
        return typeCount;
    }

    public DefType type(int index, int offset) {
        if (index < 0 || index >= typeCount) {
            throw new CompileException.Invalid("unknown type " + Integer.toUnsignedString(index), offset, null);
        }
        return resolver.apply(index);
    }

    public ValType valType(ByteReader in) {
        int at = in.pos();
        int code = in.u8();
        ValType t = valTypeFromCode(in, code, at);
        if (t == null) {
            throw in.error("malformed value type", at);
        }
        return t;
    }

    /**
     * The value type a leading byte starts, reading the rest of it; null if the byte starts no value type.
     * Block types use this after ruling out the empty type and type indices.
     */
    public ValType valTypeFromCode(ByteReader in, int code, int at) {
        return switch (code) {
            case 0x7F -> ValType.I32;
            case 0x7E -> ValType.I64;
            case 0x7D -> ValType.F32;
            case 0x7C -> ValType.F64;
            case 0x7B -> ValType.V128;
            case 0x63 -> ValType.ref(true, heapType(in));
            case 0x64 -> ValType.ref(false, heapType(in));
            default -> {
                HeapType.Abstract a = HeapType.Abstract.fromCode(code);
                yield a == null ? null : ValType.ref(true, a);
            }
        };
    }

    public ValType refType(ByteReader in) {
        int at = in.pos();
        ValType t = valType(in);
        if (!t.isRef()) {
            throw in.error("malformed reference type", at);
        }
        return t;
    }

    /** A heap type: an abstract one (a negative s33 whose low 7 bits are its byte) or a type index. */
    public HeapType heapType(ByteReader in) {
        int at = in.pos();
        long v = in.s33();
        if (v >= 0) {
            return type((int) Math.min(v, Integer.MAX_VALUE), at);
        }
        HeapType.Abstract a = v >= -64 ? HeapType.Abstract.fromCode((int) (v & 0x7F)) : null;
        if (a == null) {
            throw in.error("malformed heap type", at);
        }
        return a;
    }
}
