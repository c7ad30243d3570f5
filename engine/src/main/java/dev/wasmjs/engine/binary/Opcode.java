package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.types.ValType;

/**
 * Every instruction of the binary format this engine knows: its encoding (prefix byte, or 0, and code), its
 * text-format name, the shape of its immediates and, for instructions whose typing is a fixed signature, that
 * signature. The validator type-checks all fixed-signature instructions from {@link #params()} and
 * {@link #results()} alone.
 *
 * <p>Signature strings: parameter letters, a colon, result letters; {@code i}=i32, {@code l}=i64, {@code f}=f32,
 * {@code d}=f64, {@code v}=v128, {@code a}=the address type of the instruction's memory (i32 or i64).
 */
public enum Opcode {
    UNREACHABLE(0x00, 0x00, "unreachable", Immediates.NONE, null),
    NOP(0x00, 0x01, "nop", Immediates.NONE, null),
    BLOCK(0x00, 0x02, "block", Immediates.BLOCK_TYPE, null),
    LOOP(0x00, 0x03, "loop", Immediates.BLOCK_TYPE, null),
    IF(0x00, 0x04, "if", Immediates.BLOCK_TYPE, null),
    ELSE(0x00, 0x05, "else", Immediates.NONE, null),
    TRY(0x00, 0x06, "try", Immediates.BLOCK_TYPE, null),
    CATCH(0x00, 0x07, "catch", Immediates.TAG, null),
    THROW(0x00, 0x08, "throw", Immediates.TAG, null),
    RETHROW(0x00, 0x09, "rethrow", Immediates.LABEL, null),
    THROW_REF(0x00, 0x0A, "throw_ref", Immediates.NONE, null),
    END(0x00, 0x0B, "end", Immediates.NONE, null),
    BR(0x00, 0x0C, "br", Immediates.LABEL, null),
    BR_IF(0x00, 0x0D, "br_if", Immediates.LABEL, null),
    BR_TABLE(0x00, 0x0E, "br_table", Immediates.BR_TABLE, null),
    RETURN(0x00, 0x0F, "return", Immediates.NONE, null),
    CALL(0x00, 0x10, "call", Immediates.FUNC, null),
    CALL_INDIRECT(0x00, 0x11, "call_indirect", Immediates.CALL_INDIRECT, null),
    RETURN_CALL(0x00, 0x12, "return_call", Immediates.FUNC, null),
    RETURN_CALL_INDIRECT(0x00, 0x13, "return_call_indirect", Immediates.CALL_INDIRECT, null),
    CALL_REF(0x00, 0x14, "call_ref", Immediates.TYPE, null),
    RETURN_CALL_REF(0x00, 0x15, "return_call_ref", Immediates.TYPE, null),
    DELEGATE(0x00, 0x18, "delegate", Immediates.LABEL, null),
    CATCH_ALL(0x00, 0x19, "catch_all", Immediates.NONE, null),
    DROP(0x00, 0x1A, "drop", Immediates.NONE, null),
    SELECT(0x00, 0x1B, "select", Immediates.NONE, null),
    SELECT_T(0x00, 0x1C, "select_t", Immediates.VALUE_TYPES, null),
    TRY_TABLE(0x00, 0x1F, "try_table", Immediates.TRY_TABLE, null),
    LOCAL_GET(0x00, 0x20, "local.get", Immediates.LOCAL, null),
    LOCAL_SET(0x00, 0x21, "local.set", Immediates.LOCAL, null),
    LOCAL_TEE(0x00, 0x22, "local.tee", Immediates.LOCAL, null),
    GLOBAL_GET(0x00, 0x23, "global.get", Immediates.GLOBAL, null),
    GLOBAL_SET(0x00, 0x24, "global.set", Immediates.GLOBAL, null),
    TABLE_GET(0x00, 0x25, "table.get", Immediates.TABLE, null),
    TABLE_SET(0x00, 0x26, "table.set", Immediates.TABLE, null),
    I32_LOAD(0x00, 0x28, "i32.load", Immediates.MEMARG, "a:i"),
    I64_LOAD(0x00, 0x29, "i64.load", Immediates.MEMARG, "a:l"),
    F32_LOAD(0x00, 0x2A, "f32.load", Immediates.MEMARG, "a:f"),
    F64_LOAD(0x00, 0x2B, "f64.load", Immediates.MEMARG, "a:d"),
    I32_LOAD8_S(0x00, 0x2C, "i32.load8_s", Immediates.MEMARG, "a:i"),
    I32_LOAD8_U(0x00, 0x2D, "i32.load8_u", Immediates.MEMARG, "a:i"),
    I32_LOAD16_S(0x00, 0x2E, "i32.load16_s", Immediates.MEMARG, "a:i"),
    I32_LOAD16_U(0x00, 0x2F, "i32.load16_u", Immediates.MEMARG, "a:i"),
    I64_LOAD8_S(0x00, 0x30, "i64.load8_s", Immediates.MEMARG, "a:l"),
    I64_LOAD8_U(0x00, 0x31, "i64.load8_u", Immediates.MEMARG, "a:l"),
    I64_LOAD16_S(0x00, 0x32, "i64.load16_s", Immediates.MEMARG, "a:l"),
    I64_LOAD16_U(0x00, 0x33, "i64.load16_u", Immediates.MEMARG, "a:l"),
    I64_LOAD32_S(0x00, 0x34, "i64.load32_s", Immediates.MEMARG, "a:l"),
    I64_LOAD32_U(0x00, 0x35, "i64.load32_u", Immediates.MEMARG, "a:l"),
    I32_STORE(0x00, 0x36, "i32.store", Immediates.MEMARG, "ai:"),
    I64_STORE(0x00, 0x37, "i64.store", Immediates.MEMARG, "al:"),
    F32_STORE(0x00, 0x38, "f32.store", Immediates.MEMARG, "af:"),
    F64_STORE(0x00, 0x39, "f64.store", Immediates.MEMARG, "ad:"),
    I32_STORE8(0x00, 0x3A, "i32.store8", Immediates.MEMARG, "ai:"),
    I32_STORE16(0x00, 0x3B, "i32.store16", Immediates.MEMARG, "ai:"),
    I64_STORE8(0x00, 0x3C, "i64.store8", Immediates.MEMARG, "al:"),
    I64_STORE16(0x00, 0x3D, "i64.store16", Immediates.MEMARG, "al:"),
    I64_STORE32(0x00, 0x3E, "i64.store32", Immediates.MEMARG, "al:"),
    MEMORY_SIZE(0x00, 0x3F, "memory.size", Immediates.MEMORY, null),
    MEMORY_GROW(0x00, 0x40, "memory.grow", Immediates.MEMORY, null),
    I32_CONST(0x00, 0x41, "i32.const", Immediates.I32, ":i"),
    I64_CONST(0x00, 0x42, "i64.const", Immediates.I64, ":l"),
    F32_CONST(0x00, 0x43, "f32.const", Immediates.F32, ":f"),
    F64_CONST(0x00, 0x44, "f64.const", Immediates.F64, ":d"),
    I32_EQZ(0x00, 0x45, "i32.eqz", Immediates.NONE, "i:i"),
    I32_EQ(0x00, 0x46, "i32.eq", Immediates.NONE, "ii:i"),
    I32_NE(0x00, 0x47, "i32.ne", Immediates.NONE, "ii:i"),
    I32_LT_S(0x00, 0x48, "i32.lt_s", Immediates.NONE, "ii:i"),
    I32_LT_U(0x00, 0x49, "i32.lt_u", Immediates.NONE, "ii:i"),
    I32_GT_S(0x00, 0x4A, "i32.gt_s", Immediates.NONE, "ii:i"),
    I32_GT_U(0x00, 0x4B, "i32.gt_u", Immediates.NONE, "ii:i"),
    I32_LE_S(0x00, 0x4C, "i32.le_s", Immediates.NONE, "ii:i"),
    I32_LE_U(0x00, 0x4D, "i32.le_u", Immediates.NONE, "ii:i"),
    I32_GE_S(0x00, 0x4E, "i32.ge_s", Immediates.NONE, "ii:i"),
    I32_GE_U(0x00, 0x4F, "i32.ge_u", Immediates.NONE, "ii:i"),
    I64_EQZ(0x00, 0x50, "i64.eqz", Immediates.NONE, "l:i"),
    I64_EQ(0x00, 0x51, "i64.eq", Immediates.NONE, "ll:i"),
    I64_NE(0x00, 0x52, "i64.ne", Immediates.NONE, "ll:i"),
    I64_LT_S(0x00, 0x53, "i64.lt_s", Immediates.NONE, "ll:i"),
    I64_LT_U(0x00, 0x54, "i64.lt_u", Immediates.NONE, "ll:i"),
    I64_GT_S(0x00, 0x55, "i64.gt_s", Immediates.NONE, "ll:i"),
    I64_GT_U(0x00, 0x56, "i64.gt_u", Immediates.NONE, "ll:i"),
    I64_LE_S(0x00, 0x57, "i64.le_s", Immediates.NONE, "ll:i"),
    I64_LE_U(0x00, 0x58, "i64.le_u", Immediates.NONE, "ll:i"),
    I64_GE_S(0x00, 0x59, "i64.ge_s", Immediates.NONE, "ll:i"),
    I64_GE_U(0x00, 0x5A, "i64.ge_u", Immediates.NONE, "ll:i"),
    F32_EQ(0x00, 0x5B, "f32.eq", Immediates.NONE, "ff:i"),
    F32_NE(0x00, 0x5C, "f32.ne", Immediates.NONE, "ff:i"),
    F32_LT(0x00, 0x5D, "f32.lt", Immediates.NONE, "ff:i"),
    F32_GT(0x00, 0x5E, "f32.gt", Immediates.NONE, "ff:i"),
    F32_LE(0x00, 0x5F, "f32.le", Immediates.NONE, "ff:i"),
    F32_GE(0x00, 0x60, "f32.ge", Immediates.NONE, "ff:i"),
    F64_EQ(0x00, 0x61, "f64.eq", Immediates.NONE, "dd:i"),
    F64_NE(0x00, 0x62, "f64.ne", Immediates.NONE, "dd:i"),
    F64_LT(0x00, 0x63, "f64.lt", Immediates.NONE, "dd:i"),
    F64_GT(0x00, 0x64, "f64.gt", Immediates.NONE, "dd:i"),
    F64_LE(0x00, 0x65, "f64.le", Immediates.NONE, "dd:i"),
    F64_GE(0x00, 0x66, "f64.ge", Immediates.NONE, "dd:i"),
    I32_CLZ(0x00, 0x67, "i32.clz", Immediates.NONE, "i:i"),
    I32_CTZ(0x00, 0x68, "i32.ctz", Immediates.NONE, "i:i"),
    I32_POPCNT(0x00, 0x69, "i32.popcnt", Immediates.NONE, "i:i"),
    I32_ADD(0x00, 0x6A, "i32.add", Immediates.NONE, "ii:i"),
    I32_SUB(0x00, 0x6B, "i32.sub", Immediates.NONE, "ii:i"),
    I32_MUL(0x00, 0x6C, "i32.mul", Immediates.NONE, "ii:i"),
    I32_DIV_S(0x00, 0x6D, "i32.div_s", Immediates.NONE, "ii:i"),
    I32_DIV_U(0x00, 0x6E, "i32.div_u", Immediates.NONE, "ii:i"),
    I32_REM_S(0x00, 0x6F, "i32.rem_s", Immediates.NONE, "ii:i"),
    I32_REM_U(0x00, 0x70, "i32.rem_u", Immediates.NONE, "ii:i"),
    I32_AND(0x00, 0x71, "i32.and", Immediates.NONE, "ii:i"),
    I32_OR(0x00, 0x72, "i32.or", Immediates.NONE, "ii:i"),
    I32_XOR(0x00, 0x73, "i32.xor", Immediates.NONE, "ii:i"),
    I32_SHL(0x00, 0x74, "i32.shl", Immediates.NONE, "ii:i"),
    I32_SHR_S(0x00, 0x75, "i32.shr_s", Immediates.NONE, "ii:i"),
    I32_SHR_U(0x00, 0x76, "i32.shr_u", Immediates.NONE, "ii:i"),
    I32_ROTL(0x00, 0x77, "i32.rotl", Immediates.NONE, "ii:i"),
    I32_ROTR(0x00, 0x78, "i32.rotr", Immediates.NONE, "ii:i"),
    I64_CLZ(0x00, 0x79, "i64.clz", Immediates.NONE, "l:l"),
    I64_CTZ(0x00, 0x7A, "i64.ctz", Immediates.NONE, "l:l"),
    I64_POPCNT(0x00, 0x7B, "i64.popcnt", Immediates.NONE, "l:l"),
    I64_ADD(0x00, 0x7C, "i64.add", Immediates.NONE, "ll:l"),
    I64_SUB(0x00, 0x7D, "i64.sub", Immediates.NONE, "ll:l"),
    I64_MUL(0x00, 0x7E, "i64.mul", Immediates.NONE, "ll:l"),
    I64_DIV_S(0x00, 0x7F, "i64.div_s", Immediates.NONE, "ll:l"),
    I64_DIV_U(0x00, 0x80, "i64.div_u", Immediates.NONE, "ll:l"),
    I64_REM_S(0x00, 0x81, "i64.rem_s", Immediates.NONE, "ll:l"),
    I64_REM_U(0x00, 0x82, "i64.rem_u", Immediates.NONE, "ll:l"),
    I64_AND(0x00, 0x83, "i64.and", Immediates.NONE, "ll:l"),
    I64_OR(0x00, 0x84, "i64.or", Immediates.NONE, "ll:l"),
    I64_XOR(0x00, 0x85, "i64.xor", Immediates.NONE, "ll:l"),
    I64_SHL(0x00, 0x86, "i64.shl", Immediates.NONE, "ll:l"),
    I64_SHR_S(0x00, 0x87, "i64.shr_s", Immediates.NONE, "ll:l"),
    I64_SHR_U(0x00, 0x88, "i64.shr_u", Immediates.NONE, "ll:l"),
    I64_ROTL(0x00, 0x89, "i64.rotl", Immediates.NONE, "ll:l"),
    I64_ROTR(0x00, 0x8A, "i64.rotr", Immediates.NONE, "ll:l"),
    F32_ABS(0x00, 0x8B, "f32.abs", Immediates.NONE, "f:f"),
    F32_NEG(0x00, 0x8C, "f32.neg", Immediates.NONE, "f:f"),
    F32_CEIL(0x00, 0x8D, "f32.ceil", Immediates.NONE, "f:f"),
    F32_FLOOR(0x00, 0x8E, "f32.floor", Immediates.NONE, "f:f"),
    F32_TRUNC(0x00, 0x8F, "f32.trunc", Immediates.NONE, "f:f"),
    F32_NEAREST(0x00, 0x90, "f32.nearest", Immediates.NONE, "f:f"),
    F32_SQRT(0x00, 0x91, "f32.sqrt", Immediates.NONE, "f:f"),
    F32_ADD(0x00, 0x92, "f32.add", Immediates.NONE, "ff:f"),
    F32_SUB(0x00, 0x93, "f32.sub", Immediates.NONE, "ff:f"),
    F32_MUL(0x00, 0x94, "f32.mul", Immediates.NONE, "ff:f"),
    F32_DIV(0x00, 0x95, "f32.div", Immediates.NONE, "ff:f"),
    F32_MIN(0x00, 0x96, "f32.min", Immediates.NONE, "ff:f"),
    F32_MAX(0x00, 0x97, "f32.max", Immediates.NONE, "ff:f"),
    F32_COPYSIGN(0x00, 0x98, "f32.copysign", Immediates.NONE, "ff:f"),
    F64_ABS(0x00, 0x99, "f64.abs", Immediates.NONE, "d:d"),
    F64_NEG(0x00, 0x9A, "f64.neg", Immediates.NONE, "d:d"),
    F64_CEIL(0x00, 0x9B, "f64.ceil", Immediates.NONE, "d:d"),
    F64_FLOOR(0x00, 0x9C, "f64.floor", Immediates.NONE, "d:d"),
    F64_TRUNC(0x00, 0x9D, "f64.trunc", Immediates.NONE, "d:d"),
    F64_NEAREST(0x00, 0x9E, "f64.nearest", Immediates.NONE, "d:d"),
    F64_SQRT(0x00, 0x9F, "f64.sqrt", Immediates.NONE, "d:d"),
    F64_ADD(0x00, 0xA0, "f64.add", Immediates.NONE, "dd:d"),
    F64_SUB(0x00, 0xA1, "f64.sub", Immediates.NONE, "dd:d"),
    F64_MUL(0x00, 0xA2, "f64.mul", Immediates.NONE, "dd:d"),
    F64_DIV(0x00, 0xA3, "f64.div", Immediates.NONE, "dd:d"),
    F64_MIN(0x00, 0xA4, "f64.min", Immediates.NONE, "dd:d"),
    F64_MAX(0x00, 0xA5, "f64.max", Immediates.NONE, "dd:d"),
    F64_COPYSIGN(0x00, 0xA6, "f64.copysign", Immediates.NONE, "dd:d"),
    I32_WRAP_I64(0x00, 0xA7, "i32.wrap_i64", Immediates.NONE, "l:i"),
    I32_TRUNC_F32_S(0x00, 0xA8, "i32.trunc_f32_s", Immediates.NONE, "f:i"),
    I32_TRUNC_F32_U(0x00, 0xA9, "i32.trunc_f32_u", Immediates.NONE, "f:i"),
    I32_TRUNC_F64_S(0x00, 0xAA, "i32.trunc_f64_s", Immediates.NONE, "d:i"),
    I32_TRUNC_F64_U(0x00, 0xAB, "i32.trunc_f64_u", Immediates.NONE, "d:i"),
    I64_EXTEND_I32_S(0x00, 0xAC, "i64.extend_i32_s", Immediates.NONE, "i:l"),
    I64_EXTEND_I32_U(0x00, 0xAD, "i64.extend_i32_u", Immediates.NONE, "i:l"),
    I64_TRUNC_F32_S(0x00, 0xAE, "i64.trunc_f32_s", Immediates.NONE, "f:l"),
    I64_TRUNC_F32_U(0x00, 0xAF, "i64.trunc_f32_u", Immediates.NONE, "f:l"),
    I64_TRUNC_F64_S(0x00, 0xB0, "i64.trunc_f64_s", Immediates.NONE, "d:l"),
    I64_TRUNC_F64_U(0x00, 0xB1, "i64.trunc_f64_u", Immediates.NONE, "d:l"),
    F32_CONVERT_I32_S(0x00, 0xB2, "f32.convert_i32_s", Immediates.NONE, "i:f"),
    F32_CONVERT_I32_U(0x00, 0xB3, "f32.convert_i32_u", Immediates.NONE, "i:f"),
    F32_CONVERT_I64_S(0x00, 0xB4, "f32.convert_i64_s", Immediates.NONE, "l:f"),
    F32_CONVERT_I64_U(0x00, 0xB5, "f32.convert_i64_u", Immediates.NONE, "l:f"),
    F32_DEMOTE_F64(0x00, 0xB6, "f32.demote_f64", Immediates.NONE, "d:f"),
    F64_CONVERT_I32_S(0x00, 0xB7, "f64.convert_i32_s", Immediates.NONE, "i:d"),
    F64_CONVERT_I32_U(0x00, 0xB8, "f64.convert_i32_u", Immediates.NONE, "i:d"),
    F64_CONVERT_I64_S(0x00, 0xB9, "f64.convert_i64_s", Immediates.NONE, "l:d"),
    F64_CONVERT_I64_U(0x00, 0xBA, "f64.convert_i64_u", Immediates.NONE, "l:d"),
    F64_PROMOTE_F32(0x00, 0xBB, "f64.promote_f32", Immediates.NONE, "f:d"),
    I32_REINTERPRET_F32(0x00, 0xBC, "i32.reinterpret_f32", Immediates.NONE, "f:i"),
    I64_REINTERPRET_F64(0x00, 0xBD, "i64.reinterpret_f64", Immediates.NONE, "d:l"),
    F32_REINTERPRET_I32(0x00, 0xBE, "f32.reinterpret_i32", Immediates.NONE, "i:f"),
    F64_REINTERPRET_I64(0x00, 0xBF, "f64.reinterpret_i64", Immediates.NONE, "l:d"),
    I32_EXTEND8_S(0x00, 0xC0, "i32.extend8_s", Immediates.NONE, "i:i"),
    I32_EXTEND16_S(0x00, 0xC1, "i32.extend16_s", Immediates.NONE, "i:i"),
    I64_EXTEND8_S(0x00, 0xC2, "i64.extend8_s", Immediates.NONE, "l:l"),
    I64_EXTEND16_S(0x00, 0xC3, "i64.extend16_s", Immediates.NONE, "l:l"),
    I64_EXTEND32_S(0x00, 0xC4, "i64.extend32_s", Immediates.NONE, "l:l"),
    REF_NULL(0x00, 0xD0, "ref.null", Immediates.HEAP_TYPE, null),
    REF_IS_NULL(0x00, 0xD1, "ref.is_null", Immediates.NONE, null),
    REF_FUNC(0x00, 0xD2, "ref.func", Immediates.FUNC, null),
    REF_EQ(0x00, 0xD3, "ref.eq", Immediates.NONE, null),
    REF_AS_NON_NULL(0x00, 0xD4, "ref.as_non_null", Immediates.NONE, null),
    BR_ON_NULL(0x00, 0xD5, "br_on_null", Immediates.LABEL, null),
    BR_ON_NON_NULL(0x00, 0xD6, "br_on_non_null", Immediates.LABEL, null),
    STRUCT_NEW(0xFB, 0x00, "struct.new", Immediates.TYPE, null),
    STRUCT_NEW_DEFAULT(0xFB, 0x01, "struct.new_default", Immediates.TYPE, null),
    STRUCT_GET(0xFB, 0x02, "struct.get", Immediates.TYPE_FIELD, null),
    STRUCT_GET_S(0xFB, 0x03, "struct.get_s", Immediates.TYPE_FIELD, null),
    STRUCT_GET_U(0xFB, 0x04, "struct.get_u", Immediates.TYPE_FIELD, null),
    STRUCT_SET(0xFB, 0x05, "struct.set", Immediates.TYPE_FIELD, null),
    ARRAY_NEW(0xFB, 0x06, "array.new", Immediates.TYPE, null),
    ARRAY_NEW_DEFAULT(0xFB, 0x07, "array.new_default", Immediates.TYPE, null),
    ARRAY_NEW_FIXED(0xFB, 0x08, "array.new_fixed", Immediates.TYPE_COUNT, null),
    ARRAY_NEW_DATA(0xFB, 0x09, "array.new_data", Immediates.TYPE_DATA, null),
    ARRAY_NEW_ELEM(0xFB, 0x0A, "array.new_elem", Immediates.TYPE_ELEM, null),
    ARRAY_GET(0xFB, 0x0B, "array.get", Immediates.TYPE, null),
    ARRAY_GET_S(0xFB, 0x0C, "array.get_s", Immediates.TYPE, null),
    ARRAY_GET_U(0xFB, 0x0D, "array.get_u", Immediates.TYPE, null),
    ARRAY_SET(0xFB, 0x0E, "array.set", Immediates.TYPE, null),
    ARRAY_LEN(0xFB, 0x0F, "array.len", Immediates.NONE, null),
    ARRAY_FILL(0xFB, 0x10, "array.fill", Immediates.TYPE, null),
    ARRAY_COPY(0xFB, 0x11, "array.copy", Immediates.TYPE_TYPE, null),
    ARRAY_INIT_DATA(0xFB, 0x12, "array.init_data", Immediates.TYPE_DATA, null),
    ARRAY_INIT_ELEM(0xFB, 0x13, "array.init_elem", Immediates.TYPE_ELEM, null),
    REF_TEST(0xFB, 0x14, "ref.test", Immediates.HEAP_TYPE, null),
    REF_TEST_NULL(0xFB, 0x15, "ref.test_null", Immediates.HEAP_TYPE, null),
    REF_CAST(0xFB, 0x16, "ref.cast", Immediates.HEAP_TYPE, null),
    REF_CAST_NULL(0xFB, 0x17, "ref.cast_null", Immediates.HEAP_TYPE, null),
    BR_ON_CAST(0xFB, 0x18, "br_on_cast", Immediates.BR_ON_CAST, null),
    BR_ON_CAST_FAIL(0xFB, 0x19, "br_on_cast_fail", Immediates.BR_ON_CAST, null),
    ANY_CONVERT_EXTERN(0xFB, 0x1A, "any.convert_extern", Immediates.NONE, null),
    EXTERN_CONVERT_ANY(0xFB, 0x1B, "extern.convert_any", Immediates.NONE, null),
    REF_I31(0xFB, 0x1C, "ref.i31", Immediates.NONE, null),
    I31_GET_S(0xFB, 0x1D, "i31.get_s", Immediates.NONE, null),
    I31_GET_U(0xFB, 0x1E, "i31.get_u", Immediates.NONE, null),
    I32_TRUNC_SAT_F32_S(0xFC, 0x00, "i32.trunc_sat_f32_s", Immediates.NONE, "f:i"),
    I32_TRUNC_SAT_F32_U(0xFC, 0x01, "i32.trunc_sat_f32_u", Immediates.NONE, "f:i"),
    I32_TRUNC_SAT_F64_S(0xFC, 0x02, "i32.trunc_sat_f64_s", Immediates.NONE, "d:i"),
    I32_TRUNC_SAT_F64_U(0xFC, 0x03, "i32.trunc_sat_f64_u", Immediates.NONE, "d:i"),
    I64_TRUNC_SAT_F32_S(0xFC, 0x04, "i64.trunc_sat_f32_s", Immediates.NONE, "f:l"),
    I64_TRUNC_SAT_F32_U(0xFC, 0x05, "i64.trunc_sat_f32_u", Immediates.NONE, "f:l"),
    I64_TRUNC_SAT_F64_S(0xFC, 0x06, "i64.trunc_sat_f64_s", Immediates.NONE, "d:l"),
    I64_TRUNC_SAT_F64_U(0xFC, 0x07, "i64.trunc_sat_f64_u", Immediates.NONE, "d:l"),
    MEMORY_INIT(0xFC, 0x08, "memory.init", Immediates.DATA_MEMORY, null),
    DATA_DROP(0xFC, 0x09, "data.drop", Immediates.DATA, null),
    MEMORY_COPY(0xFC, 0x0A, "memory.copy", Immediates.MEMORY_MEMORY, null),
    MEMORY_FILL(0xFC, 0x0B, "memory.fill", Immediates.MEMORY, null),
    TABLE_INIT(0xFC, 0x0C, "table.init", Immediates.ELEM_TABLE, null),
    ELEM_DROP(0xFC, 0x0D, "elem.drop", Immediates.ELEM, null),
    TABLE_COPY(0xFC, 0x0E, "table.copy", Immediates.TABLE_TABLE, null),
    TABLE_GROW(0xFC, 0x0F, "table.grow", Immediates.TABLE, null),
    TABLE_SIZE(0xFC, 0x10, "table.size", Immediates.TABLE, null),
    TABLE_FILL(0xFC, 0x11, "table.fill", Immediates.TABLE, null);

    public final int prefix;
    public final int code;
    public final String text;
    public final Immediates immediates;
    private final String signature;
    private ValType[] params;
    private ValType[] results;

    Opcode(int prefix, int code, String text, Immediates immediates, String signature) {
        this.prefix = prefix;
        this.code = code;
        this.text = text;
        this.immediates = immediates;
        this.signature = signature;
    }

    private static final Opcode[] PLAIN = new Opcode[256];
    private static final Opcode[] GC = new Opcode[32];
    private static final Opcode[] MISC = new Opcode[32];

    static {
        for (Opcode op : values()) {
            switch (op.prefix) {
                case 0 -> PLAIN[op.code] = op;
                case 0xFB -> GC[op.code] = op;
                case 0xFC -> MISC[op.code] = op;
                default -> throw new AssertionError(op);
            }
            if (op.signature != null) {
                int colon = op.signature.indexOf(':');
                op.params = parse(op.signature.substring(0, colon));
                op.results = parse(op.signature.substring(colon + 1));
            }
        }
    }

    private static ValType[] parse(String letters) {
        ValType[] ts = new ValType[letters.length()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = switch (letters.charAt(i)) {
                case 'i' -> ValType.I32;
                case 'l' -> ValType.I64;
                case 'f' -> ValType.F32;
                case 'd' -> ValType.F64;
                case 'v' -> ValType.V128;
                case 'a' -> null; // resolved per memory by the validator
                default -> throw new AssertionError(letters);
            };
        }
        return ts;
    }

    /** The instruction with this single-byte code, or null. */
    public static Opcode plain(int code) {
        return PLAIN[code];
    }

    /** The instruction with this prefix and sub-code, or null. */
    public static Opcode prefixed(int prefix, int code) {
        Opcode[] table = switch (prefix) {
            case 0xFB -> GC;
            case 0xFC -> MISC;
            default -> null;
        };
        return table != null && code >= 0 && code < table.length ? table[code] : null;
    }

    /** Whether the instruction's typing is a fixed signature ({@link #params()} → {@link #results()}). */
    public boolean hasSignature() {
        return signature != null;
    }

    /**
     * Parameter types of a fixed-signature instruction; a null entry stands for the memory's address type.
     * Shared array: do not modify.
     */
    public ValType[] params() {
        return params;
    }

    /** Result types of a fixed-signature instruction (shared array: do not modify). */
    public ValType[] results() {
        return results;
    }

    @Override
    public String toString() {
        return text;
    }
}
