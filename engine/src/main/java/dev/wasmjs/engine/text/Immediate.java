package dev.wasmjs.engine.text;

/** The shape of an instruction's immediates, in text and in binary. */
enum Immediate {
    NONE,
    /** Structured instructions: parsed by the instruction parser itself. */
    BLOCK, LOOP, IF, TRY_TABLE, TRY,
    /** A label index (br, br_if, br_on_null, br_on_non_null, rethrow). */
    LABEL,
    BR_TABLE,
    FUNC,
    /** {@code tableidx? typeuse}, encoded type first. */
    CALL_INDIRECT,
    TYPE,
    /** A struct type and one of its fields. */
    TYPE_FIELD,
    TYPE_TYPE,
    /** array.new_fixed: type and element count. */
    TYPE_COUNT,
    TYPE_DATA,
    TYPE_ELEM,
    LOCAL,
    GLOBAL,
    TAG,
    /** An optional table index defaulting to 0. */
    TABLE,
    TABLE_TABLE,
    /** table.init: optional table, then element segment; encoded segment first. */
    TABLE_ELEM,
    ELEM,
    /** An optional memory index defaulting to 0. */
    MEMORY,
    MEMORY_MEMORY,
    /** memory.init: optional memory, then data segment; encoded segment first. */
    MEMORY_DATA,
    DATA,
    /** {@code memidx? offset=? align=?}. */
    MEMARG,
    /** {@code memidx? offset=? align=? laneidx}. */
    MEMARG_LANE,
    I32, I64, F32, F64, V128,
    /** One lane index byte. */
    LANE,
    /** 16 lane index bytes. */
    SHUFFLE,
    SELECT,
    HEAP_TYPE,
    /** ref.test / ref.cast: a reference type whose nullability picks the opcode. */
    REF_TYPE,
    /** br_on_cast(_fail): label and two reference types, with a flags byte for their nullability. */
    BR_ON_CAST
}
