package dev.wasmjs.engine.text;

import java.util.Map;

/**
 * A type definition of the module, already encoded. Comparing encodings is enough to compare types structurally
 * here, because type indices are resolved to numbers and abstract reference types are always encoded in their
 * shortest form.
 *
 * @param composite the encoded composite type: 0x60 (func), 0x5F (struct) or 0x5E (array) and its contents
 * @param paramCount for function types, the number of parameters (locals are numbered after them)
 * @param fieldNames for struct types, the field identifiers
 * @param recGroupSize the size of the rec group the type belongs to
 */
record TypeDef(boolean isFinal, int[] supertypes, byte[] composite, int paramCount, Map<String, Integer> fieldNames,
        int recGroupSize) {
    static final int FUNC = 0x60;
    static final int STRUCT = 0x5F;
    static final int ARRAY = 0x5E;

    int kind() {
        return composite[0] & 0xFF;
    }

    /** A final function type without supertypes alone in its rec group: the kind a type use may refer to implicitly. */
    boolean isPlainFunction() {
        return kind() == FUNC && isFinal && supertypes.length == 0 && recGroupSize == 1;
    }

    void encodeSubtype(ByteSink out) {
        if (isFinal && supertypes.length == 0) {
            out.bytes(composite);
            return;
        }
        out.u8(isFinal ? 0x4F : 0x50);
        out.u32(supertypes.length);
        for (int s : supertypes) out.u32(s);
        out.bytes(composite);
    }
}
