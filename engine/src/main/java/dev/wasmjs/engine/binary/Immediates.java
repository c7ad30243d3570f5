package dev.wasmjs.engine.binary;

/** The shape of an instruction's immediate operands in the binary format. */
public enum Immediates {
    NONE,
    /** Block type: empty, one value type, or a type index (s33). */
    BLOCK_TYPE,
    /** A label index (relative depth). */
    LABEL,
    /** A vector of label indices plus a default one. */
    BR_TABLE,
    FUNC,
    /** Type index, then table index. */
    CALL_INDIRECT,
    TYPE,
    LOCAL,
    GLOBAL,
    TABLE,
    TAG,
    /** Alignment flags (bit 6: memory index follows), optional memory index, offset. */
    MEMARG,
    MEMORY,
    I32,
    I64,
    F32,
    F64,
    HEAP_TYPE,
    /** A vector of value types ({@code select t*}). */
    VALUE_TYPES,
    /** Block type, then a vector of catch clauses. */
    TRY_TABLE,
    /** Flags byte, label, two heap types. */
    BR_ON_CAST,
    /** Type index then field index. */
    TYPE_FIELD,
    /** Type index then a count ({@code array.new_fixed}). */
    TYPE_COUNT,
    /** Type index then data index. */
    TYPE_DATA,
    /** Type index then element index. */
    TYPE_ELEM,
    /** Two type indices ({@code array.copy}). */
    TYPE_TYPE,
    /** Data index then memory index ({@code memory.init}). */
    DATA_MEMORY,
    DATA,
    /** Two memory indices ({@code memory.copy}: destination, source). */
    MEMORY_MEMORY,
    /** Element index then table index ({@code table.init}). */
    ELEM_TABLE,
    ELEM,
    /** Two table indices ({@code table.copy}: destination, source). */
    TABLE_TABLE,
    /** 16 bytes ({@code v128.const}), little-endian into value and valueHigh. */
    V128,
    /** 16 lane-index bytes ({@code i8x16.shuffle}), packed like a v128 constant. */
    SHUFFLE,
    /** One lane-index byte. */
    LANE,
    /** A memarg, then a lane-index byte ({@code v128.load8_lane} ...). */
    MEMARG_LANE
}
