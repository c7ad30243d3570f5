package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.binary.Opcode;

/**
 * The interpreter's internal instruction set: dense int codes (so the dispatch switch is a jump table), with
 * immediates as following ints. Branch targets are resolved code positions and stack heights are
 * frame-relative slot numbers, so nothing is decoded or searched at run time.
 */
final class Op {
    private Op() {
    }

    public static final int UNREACHABLE = 0;
    public static final int NOP = 1;
    /** target */
    public static final int BR = 2;
    /** target; pops the condition */
    public static final int BR_IF = 3;
    /** target; pops the condition, jumps when zero */
    public static final int BR_UNLESS = 4;
    /** target, arity, height: keeps the top arity slots at frame height and jumps */
    public static final int BR_MOVE = 5;
    /** target, arity, height */
    public static final int BR_IF_MOVE = 6;
    /** n, arity, then n+1 (target, height) pairs, the last one the default */
    public static final int BR_TABLE = 7;
    /** target, arity, height */
    public static final int BR_ON_NULL = 8;
    /** target, arity, height */
    public static final int BR_ON_NON_NULL = 9;
    public static final int RETURN = 10;
    /** function index */
    public static final int CALL = 11;
    /** type index, table index */
    public static final int CALL_INDIRECT = 12;
    /** type index */
    public static final int CALL_REF = 13;
    /** function index */
    public static final int RETURN_CALL = 14;
    /** type index, table index */
    public static final int RETURN_CALL_INDIRECT = 15;
    /** type index */
    public static final int RETURN_CALL_REF = 16;
    public static final int DROP = 17;
    /** a v128 */
    public static final int DROP2 = 18;
    public static final int SELECT = 19;
    public static final int SELECT_REF = 20;
    public static final int SELECT_V128 = 21;
    /** slot */
    public static final int LOCAL_GET = 22;
    /** slot */
    public static final int LOCAL_SET = 23;
    /** slot */
    public static final int LOCAL_TEE = 24;
    /** slot */
    public static final int LOCAL_GET_REF = 25;
    /** slot */
    public static final int LOCAL_SET_REF = 26;
    /** slot */
    public static final int LOCAL_TEE_REF = 27;
    /** slot */
    public static final int LOCAL_GET_V128 = 28;
    /** slot */
    public static final int LOCAL_SET_V128 = 29;
    /** slot */
    public static final int LOCAL_TEE_V128 = 30;
    /** global index */
    public static final int GLOBAL_GET = 31;
    public static final int GLOBAL_SET = 32;
    public static final int GLOBAL_GET_REF = 33;
    public static final int GLOBAL_SET_REF = 34;
    public static final int GLOBAL_GET_V128 = 35;
    public static final int GLOBAL_SET_V128 = 36;
    /** value */
    public static final int I32_CONST = 37;
    /** low, high */
    public static final int I64_CONST = 38;
    /** bits */
    public static final int F32_CONST = 39;
    /** low, high bits */
    public static final int F64_CONST = 40;
    public static final int REF_NULL = 41;
    public static final int REF_IS_NULL = 42;
    /** function index */
    public static final int REF_FUNC = 43;
    public static final int REF_AS_NON_NULL = 44;
    /** Opcode ordinal, index, index2, value low, value high: rarely used instructions, run out of line */
    public static final int GENERIC = 45;
    /** offset (memory 0, 32-bit) */
    public static final int I32_LOAD = 46;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD = 47;
    /** offset (memory 0, 32-bit) */
    public static final int F32_LOAD = 48;
    /** offset (memory 0, 32-bit) */
    public static final int F64_LOAD = 49;
    /** offset (memory 0, 32-bit) */
    public static final int I32_LOAD8_S = 50;
    /** offset (memory 0, 32-bit) */
    public static final int I32_LOAD8_U = 51;
    /** offset (memory 0, 32-bit) */
    public static final int I32_LOAD16_S = 52;
    /** offset (memory 0, 32-bit) */
    public static final int I32_LOAD16_U = 53;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD8_S = 54;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD8_U = 55;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD16_S = 56;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD16_U = 57;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD32_S = 58;
    /** offset (memory 0, 32-bit) */
    public static final int I64_LOAD32_U = 59;
    /** offset (memory 0, 32-bit) */
    public static final int I32_STORE = 60;
    /** offset (memory 0, 32-bit) */
    public static final int I64_STORE = 61;
    /** offset (memory 0, 32-bit) */
    public static final int F32_STORE = 62;
    /** offset (memory 0, 32-bit) */
    public static final int F64_STORE = 63;
    /** offset (memory 0, 32-bit) */
    public static final int I32_STORE8 = 64;
    /** offset (memory 0, 32-bit) */
    public static final int I32_STORE16 = 65;
    /** offset (memory 0, 32-bit) */
    public static final int I64_STORE8 = 66;
    /** offset (memory 0, 32-bit) */
    public static final int I64_STORE16 = 67;
    /** offset (memory 0, 32-bit) */
    public static final int I64_STORE32 = 68;
    public static final int I32_EQZ = 69;
    public static final int I32_EQ = 70;
    public static final int I32_NE = 71;
    public static final int I32_LT_S = 72;
    public static final int I32_LT_U = 73;
    public static final int I32_GT_S = 74;
    public static final int I32_GT_U = 75;
    public static final int I32_LE_S = 76;
    public static final int I32_LE_U = 77;
    public static final int I32_GE_S = 78;
    public static final int I32_GE_U = 79;
    public static final int I64_EQZ = 80;
    public static final int I64_EQ = 81;
    public static final int I64_NE = 82;
    public static final int I64_LT_S = 83;
    public static final int I64_LT_U = 84;
    public static final int I64_GT_S = 85;
    public static final int I64_GT_U = 86;
    public static final int I64_LE_S = 87;
    public static final int I64_LE_U = 88;
    public static final int I64_GE_S = 89;
    public static final int I64_GE_U = 90;
    public static final int F32_EQ = 91;
    public static final int F32_NE = 92;
    public static final int F32_LT = 93;
    public static final int F32_GT = 94;
    public static final int F32_LE = 95;
    public static final int F32_GE = 96;
    public static final int F64_EQ = 97;
    public static final int F64_NE = 98;
    public static final int F64_LT = 99;
    public static final int F64_GT = 100;
    public static final int F64_LE = 101;
    public static final int F64_GE = 102;
    public static final int I32_CLZ = 103;
    public static final int I32_CTZ = 104;
    public static final int I32_POPCNT = 105;
    public static final int I32_ADD = 106;
    public static final int I32_SUB = 107;
    public static final int I32_MUL = 108;
    public static final int I32_DIV_S = 109;
    public static final int I32_DIV_U = 110;
    public static final int I32_REM_S = 111;
    public static final int I32_REM_U = 112;
    public static final int I32_AND = 113;
    public static final int I32_OR = 114;
    public static final int I32_XOR = 115;
    public static final int I32_SHL = 116;
    public static final int I32_SHR_S = 117;
    public static final int I32_SHR_U = 118;
    public static final int I32_ROTL = 119;
    public static final int I32_ROTR = 120;
    public static final int I64_CLZ = 121;
    public static final int I64_CTZ = 122;
    public static final int I64_POPCNT = 123;
    public static final int I64_ADD = 124;
    public static final int I64_SUB = 125;
    public static final int I64_MUL = 126;
    public static final int I64_DIV_S = 127;
    public static final int I64_DIV_U = 128;
    public static final int I64_REM_S = 129;
    public static final int I64_REM_U = 130;
    public static final int I64_AND = 131;
    public static final int I64_OR = 132;
    public static final int I64_XOR = 133;
    public static final int I64_SHL = 134;
    public static final int I64_SHR_S = 135;
    public static final int I64_SHR_U = 136;
    public static final int I64_ROTL = 137;
    public static final int I64_ROTR = 138;
    public static final int F32_ABS = 139;
    public static final int F32_NEG = 140;
    public static final int F32_CEIL = 141;
    public static final int F32_FLOOR = 142;
    public static final int F32_TRUNC = 143;
    public static final int F32_NEAREST = 144;
    public static final int F32_SQRT = 145;
    public static final int F32_ADD = 146;
    public static final int F32_SUB = 147;
    public static final int F32_MUL = 148;
    public static final int F32_DIV = 149;
    public static final int F32_MIN = 150;
    public static final int F32_MAX = 151;
    public static final int F32_COPYSIGN = 152;
    public static final int F64_ABS = 153;
    public static final int F64_NEG = 154;
    public static final int F64_CEIL = 155;
    public static final int F64_FLOOR = 156;
    public static final int F64_TRUNC = 157;
    public static final int F64_NEAREST = 158;
    public static final int F64_SQRT = 159;
    public static final int F64_ADD = 160;
    public static final int F64_SUB = 161;
    public static final int F64_MUL = 162;
    public static final int F64_DIV = 163;
    public static final int F64_MIN = 164;
    public static final int F64_MAX = 165;
    public static final int F64_COPYSIGN = 166;
    public static final int I32_WRAP_I64 = 167;
    public static final int I32_TRUNC_F32_S = 168;
    public static final int I32_TRUNC_F32_U = 169;
    public static final int I32_TRUNC_F64_S = 170;
    public static final int I32_TRUNC_F64_U = 171;
    public static final int I64_EXTEND_I32_S = 172;
    public static final int I64_EXTEND_I32_U = 173;
    public static final int I64_TRUNC_F32_S = 174;
    public static final int I64_TRUNC_F32_U = 175;
    public static final int I64_TRUNC_F64_S = 176;
    public static final int I64_TRUNC_F64_U = 177;
    public static final int F32_CONVERT_I32_S = 178;
    public static final int F32_CONVERT_I32_U = 179;
    public static final int F32_CONVERT_I64_S = 180;
    public static final int F32_CONVERT_I64_U = 181;
    public static final int F32_DEMOTE_F64 = 182;
    public static final int F64_CONVERT_I32_S = 183;
    public static final int F64_CONVERT_I32_U = 184;
    public static final int F64_CONVERT_I64_S = 185;
    public static final int F64_CONVERT_I64_U = 186;
    public static final int F64_PROMOTE_F32 = 187;
    public static final int I32_REINTERPRET_F32 = 188;
    public static final int I64_REINTERPRET_F64 = 189;
    public static final int F32_REINTERPRET_I32 = 190;
    public static final int F64_REINTERPRET_I64 = 191;
    public static final int I32_EXTEND8_S = 192;
    public static final int I32_EXTEND16_S = 193;
    public static final int I64_EXTEND8_S = 194;
    public static final int I64_EXTEND16_S = 195;
    public static final int I64_EXTEND32_S = 196;
    public static final int I32_TRUNC_SAT_F32_S = 197;
    public static final int I32_TRUNC_SAT_F32_U = 198;
    public static final int I32_TRUNC_SAT_F64_S = 199;
    public static final int I32_TRUNC_SAT_F64_U = 200;
    public static final int I64_TRUNC_SAT_F32_S = 201;
    public static final int I64_TRUNC_SAT_F32_U = 202;
    public static final int I64_TRUNC_SAT_F64_S = 203;
    public static final int I64_TRUNC_SAT_F64_U = 204;
    /** slot: rethrows the exception a legacy catch stored in that hidden local */
    public static final int RETHROW = 205;

    /** {@link Simd#encode}: a SIMD instruction without immediates, run by {@link Simd#execute} */
    public static final int SIMD = 206;
    /** Opcode ordinal and four ints of immediates: a SIMD instruction run by {@link Simd#withImmediates} */
    public static final int SIMD_IMM = 207;

    static final int COUNT = 208;

    /** Number of immediate ints after each op (-1: variable, see the op). */
    static final int[] IMMEDIATES = {0, 0, 1, 1, 1, 3, 3, -1, 3, 3, 0, 1, 2, 1, 1, 2, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 0, 0, 1, 0, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 5};

    static final String[] NAMES = {"UNREACHABLE", "NOP", "BR", "BR_IF", "BR_UNLESS", "BR_MOVE", "BR_IF_MOVE", "BR_TABLE", "BR_ON_NULL", "BR_ON_NON_NULL", "RETURN", "CALL", "CALL_INDIRECT", "CALL_REF", "RETURN_CALL", "RETURN_CALL_INDIRECT", "RETURN_CALL_REF", "DROP", "DROP2", "SELECT", "SELECT_REF", "SELECT_V128", "LOCAL_GET", "LOCAL_SET", "LOCAL_TEE", "LOCAL_GET_REF", "LOCAL_SET_REF", "LOCAL_TEE_REF", "LOCAL_GET_V128", "LOCAL_SET_V128", "LOCAL_TEE_V128", "GLOBAL_GET", "GLOBAL_SET", "GLOBAL_GET_REF", "GLOBAL_SET_REF", "GLOBAL_GET_V128", "GLOBAL_SET_V128", "I32_CONST", "I64_CONST", "F32_CONST", "F64_CONST", "REF_NULL", "REF_IS_NULL", "REF_FUNC", "REF_AS_NON_NULL", "GENERIC", "I32_LOAD", "I64_LOAD", "F32_LOAD", "F64_LOAD", "I32_LOAD8_S", "I32_LOAD8_U", "I32_LOAD16_S", "I32_LOAD16_U", "I64_LOAD8_S", "I64_LOAD8_U", "I64_LOAD16_S", "I64_LOAD16_U", "I64_LOAD32_S", "I64_LOAD32_U", "I32_STORE", "I64_STORE", "F32_STORE", "F64_STORE", "I32_STORE8", "I32_STORE16", "I64_STORE8", "I64_STORE16", "I64_STORE32", "I32_EQZ", "I32_EQ", "I32_NE", "I32_LT_S", "I32_LT_U", "I32_GT_S", "I32_GT_U", "I32_LE_S", "I32_LE_U", "I32_GE_S", "I32_GE_U", "I64_EQZ", "I64_EQ", "I64_NE", "I64_LT_S", "I64_LT_U", "I64_GT_S", "I64_GT_U", "I64_LE_S", "I64_LE_U", "I64_GE_S", "I64_GE_U", "F32_EQ", "F32_NE", "F32_LT", "F32_GT", "F32_LE", "F32_GE", "F64_EQ", "F64_NE", "F64_LT", "F64_GT", "F64_LE", "F64_GE", "I32_CLZ", "I32_CTZ", "I32_POPCNT", "I32_ADD", "I32_SUB", "I32_MUL", "I32_DIV_S", "I32_DIV_U", "I32_REM_S", "I32_REM_U", "I32_AND", "I32_OR", "I32_XOR", "I32_SHL", "I32_SHR_S", "I32_SHR_U", "I32_ROTL", "I32_ROTR", "I64_CLZ", "I64_CTZ", "I64_POPCNT", "I64_ADD", "I64_SUB", "I64_MUL", "I64_DIV_S", "I64_DIV_U", "I64_REM_S", "I64_REM_U", "I64_AND", "I64_OR", "I64_XOR", "I64_SHL", "I64_SHR_S", "I64_SHR_U", "I64_ROTL", "I64_ROTR", "F32_ABS", "F32_NEG", "F32_CEIL", "F32_FLOOR", "F32_TRUNC", "F32_NEAREST", "F32_SQRT", "F32_ADD", "F32_SUB", "F32_MUL", "F32_DIV", "F32_MIN", "F32_MAX", "F32_COPYSIGN", "F64_ABS", "F64_NEG", "F64_CEIL", "F64_FLOOR", "F64_TRUNC", "F64_NEAREST", "F64_SQRT", "F64_ADD", "F64_SUB", "F64_MUL", "F64_DIV", "F64_MIN", "F64_MAX", "F64_COPYSIGN", "I32_WRAP_I64", "I32_TRUNC_F32_S", "I32_TRUNC_F32_U", "I32_TRUNC_F64_S", "I32_TRUNC_F64_U", "I64_EXTEND_I32_S", "I64_EXTEND_I32_U", "I64_TRUNC_F32_S", "I64_TRUNC_F32_U", "I64_TRUNC_F64_S", "I64_TRUNC_F64_U", "F32_CONVERT_I32_S", "F32_CONVERT_I32_U", "F32_CONVERT_I64_S", "F32_CONVERT_I64_U", "F32_DEMOTE_F64", "F64_CONVERT_I32_S", "F64_CONVERT_I32_U", "F64_CONVERT_I64_S", "F64_CONVERT_I64_U", "F64_PROMOTE_F32", "I32_REINTERPRET_F32", "I64_REINTERPRET_F64", "F32_REINTERPRET_I32", "F64_REINTERPRET_I64", "I32_EXTEND8_S", "I32_EXTEND16_S", "I64_EXTEND8_S", "I64_EXTEND16_S", "I64_EXTEND32_S", "I32_TRUNC_SAT_F32_S", "I32_TRUNC_SAT_F32_U", "I32_TRUNC_SAT_F64_S", "I32_TRUNC_SAT_F64_U", "I64_TRUNC_SAT_F32_S", "I64_TRUNC_SAT_F32_U", "I64_TRUNC_SAT_F64_S", "I64_TRUNC_SAT_F64_U", "RETHROW", "SIMD", "SIMD_IMM"};

    /**
     * The op for a fixed-signature wasm instruction that maps one to one (numeric instructions, and loads and
     * stores on memory 0 when it is 32-bit), or -1.
     */
    static int direct(Opcode op) {
        return switch (op) {
            case I32_LOAD -> I32_LOAD;
            case I64_LOAD -> I64_LOAD;
            case F32_LOAD -> F32_LOAD;
            case F64_LOAD -> F64_LOAD;
            case I32_LOAD8_S -> I32_LOAD8_S;
            case I32_LOAD8_U -> I32_LOAD8_U;
            case I32_LOAD16_S -> I32_LOAD16_S;
            case I32_LOAD16_U -> I32_LOAD16_U;
            case I64_LOAD8_S -> I64_LOAD8_S;
            case I64_LOAD8_U -> I64_LOAD8_U;
            case I64_LOAD16_S -> I64_LOAD16_S;
            case I64_LOAD16_U -> I64_LOAD16_U;
            case I64_LOAD32_S -> I64_LOAD32_S;
            case I64_LOAD32_U -> I64_LOAD32_U;
            case I32_STORE -> I32_STORE;
            case I64_STORE -> I64_STORE;
            case F32_STORE -> F32_STORE;
            case F64_STORE -> F64_STORE;
            case I32_STORE8 -> I32_STORE8;
            case I32_STORE16 -> I32_STORE16;
            case I64_STORE8 -> I64_STORE8;
            case I64_STORE16 -> I64_STORE16;
            case I64_STORE32 -> I64_STORE32;
            case I32_EQZ -> I32_EQZ;
            case I32_EQ -> I32_EQ;
            case I32_NE -> I32_NE;
            case I32_LT_S -> I32_LT_S;
            case I32_LT_U -> I32_LT_U;
            case I32_GT_S -> I32_GT_S;
            case I32_GT_U -> I32_GT_U;
            case I32_LE_S -> I32_LE_S;
            case I32_LE_U -> I32_LE_U;
            case I32_GE_S -> I32_GE_S;
            case I32_GE_U -> I32_GE_U;
            case I64_EQZ -> I64_EQZ;
            case I64_EQ -> I64_EQ;
            case I64_NE -> I64_NE;
            case I64_LT_S -> I64_LT_S;
            case I64_LT_U -> I64_LT_U;
            case I64_GT_S -> I64_GT_S;
            case I64_GT_U -> I64_GT_U;
            case I64_LE_S -> I64_LE_S;
            case I64_LE_U -> I64_LE_U;
            case I64_GE_S -> I64_GE_S;
            case I64_GE_U -> I64_GE_U;
            case F32_EQ -> F32_EQ;
            case F32_NE -> F32_NE;
            case F32_LT -> F32_LT;
            case F32_GT -> F32_GT;
            case F32_LE -> F32_LE;
            case F32_GE -> F32_GE;
            case F64_EQ -> F64_EQ;
            case F64_NE -> F64_NE;
            case F64_LT -> F64_LT;
            case F64_GT -> F64_GT;
            case F64_LE -> F64_LE;
            case F64_GE -> F64_GE;
            case I32_CLZ -> I32_CLZ;
            case I32_CTZ -> I32_CTZ;
            case I32_POPCNT -> I32_POPCNT;
            case I32_ADD -> I32_ADD;
            case I32_SUB -> I32_SUB;
            case I32_MUL -> I32_MUL;
            case I32_DIV_S -> I32_DIV_S;
            case I32_DIV_U -> I32_DIV_U;
            case I32_REM_S -> I32_REM_S;
            case I32_REM_U -> I32_REM_U;
            case I32_AND -> I32_AND;
            case I32_OR -> I32_OR;
            case I32_XOR -> I32_XOR;
            case I32_SHL -> I32_SHL;
            case I32_SHR_S -> I32_SHR_S;
            case I32_SHR_U -> I32_SHR_U;
            case I32_ROTL -> I32_ROTL;
            case I32_ROTR -> I32_ROTR;
            case I64_CLZ -> I64_CLZ;
            case I64_CTZ -> I64_CTZ;
            case I64_POPCNT -> I64_POPCNT;
            case I64_ADD -> I64_ADD;
            case I64_SUB -> I64_SUB;
            case I64_MUL -> I64_MUL;
            case I64_DIV_S -> I64_DIV_S;
            case I64_DIV_U -> I64_DIV_U;
            case I64_REM_S -> I64_REM_S;
            case I64_REM_U -> I64_REM_U;
            case I64_AND -> I64_AND;
            case I64_OR -> I64_OR;
            case I64_XOR -> I64_XOR;
            case I64_SHL -> I64_SHL;
            case I64_SHR_S -> I64_SHR_S;
            case I64_SHR_U -> I64_SHR_U;
            case I64_ROTL -> I64_ROTL;
            case I64_ROTR -> I64_ROTR;
            case F32_ABS -> F32_ABS;
            case F32_NEG -> F32_NEG;
            case F32_CEIL -> F32_CEIL;
            case F32_FLOOR -> F32_FLOOR;
            case F32_TRUNC -> F32_TRUNC;
            case F32_NEAREST -> F32_NEAREST;
            case F32_SQRT -> F32_SQRT;
            case F32_ADD -> F32_ADD;
            case F32_SUB -> F32_SUB;
            case F32_MUL -> F32_MUL;
            case F32_DIV -> F32_DIV;
            case F32_MIN -> F32_MIN;
            case F32_MAX -> F32_MAX;
            case F32_COPYSIGN -> F32_COPYSIGN;
            case F64_ABS -> F64_ABS;
            case F64_NEG -> F64_NEG;
            case F64_CEIL -> F64_CEIL;
            case F64_FLOOR -> F64_FLOOR;
            case F64_TRUNC -> F64_TRUNC;
            case F64_NEAREST -> F64_NEAREST;
            case F64_SQRT -> F64_SQRT;
            case F64_ADD -> F64_ADD;
            case F64_SUB -> F64_SUB;
            case F64_MUL -> F64_MUL;
            case F64_DIV -> F64_DIV;
            case F64_MIN -> F64_MIN;
            case F64_MAX -> F64_MAX;
            case F64_COPYSIGN -> F64_COPYSIGN;
            case I32_WRAP_I64 -> I32_WRAP_I64;
            case I32_TRUNC_F32_S -> I32_TRUNC_F32_S;
            case I32_TRUNC_F32_U -> I32_TRUNC_F32_U;
            case I32_TRUNC_F64_S -> I32_TRUNC_F64_S;
            case I32_TRUNC_F64_U -> I32_TRUNC_F64_U;
            case I64_EXTEND_I32_S -> I64_EXTEND_I32_S;
            case I64_EXTEND_I32_U -> I64_EXTEND_I32_U;
            case I64_TRUNC_F32_S -> I64_TRUNC_F32_S;
            case I64_TRUNC_F32_U -> I64_TRUNC_F32_U;
            case I64_TRUNC_F64_S -> I64_TRUNC_F64_S;
            case I64_TRUNC_F64_U -> I64_TRUNC_F64_U;
            case F32_CONVERT_I32_S -> F32_CONVERT_I32_S;
            case F32_CONVERT_I32_U -> F32_CONVERT_I32_U;
            case F32_CONVERT_I64_S -> F32_CONVERT_I64_S;
            case F32_CONVERT_I64_U -> F32_CONVERT_I64_U;
            case F32_DEMOTE_F64 -> F32_DEMOTE_F64;
            case F64_CONVERT_I32_S -> F64_CONVERT_I32_S;
            case F64_CONVERT_I32_U -> F64_CONVERT_I32_U;
            case F64_CONVERT_I64_S -> F64_CONVERT_I64_S;
            case F64_CONVERT_I64_U -> F64_CONVERT_I64_U;
            case F64_PROMOTE_F32 -> F64_PROMOTE_F32;
            case I32_REINTERPRET_F32 -> I32_REINTERPRET_F32;
            case I64_REINTERPRET_F64 -> I64_REINTERPRET_F64;
            case F32_REINTERPRET_I32 -> F32_REINTERPRET_I32;
            case F64_REINTERPRET_I64 -> F64_REINTERPRET_I64;
            case I32_EXTEND8_S -> I32_EXTEND8_S;
            case I32_EXTEND16_S -> I32_EXTEND16_S;
            case I64_EXTEND8_S -> I64_EXTEND8_S;
            case I64_EXTEND16_S -> I64_EXTEND16_S;
            case I64_EXTEND32_S -> I64_EXTEND32_S;
            case I32_TRUNC_SAT_F32_S -> I32_TRUNC_SAT_F32_S;
            case I32_TRUNC_SAT_F32_U -> I32_TRUNC_SAT_F32_U;
            case I32_TRUNC_SAT_F64_S -> I32_TRUNC_SAT_F64_S;
            case I32_TRUNC_SAT_F64_U -> I32_TRUNC_SAT_F64_U;
            case I64_TRUNC_SAT_F32_S -> I64_TRUNC_SAT_F32_S;
            case I64_TRUNC_SAT_F32_U -> I64_TRUNC_SAT_F32_U;
            case I64_TRUNC_SAT_F64_S -> I64_TRUNC_SAT_F64_S;
            case I64_TRUNC_SAT_F64_U -> I64_TRUNC_SAT_F64_U;
            default -> -1;
        };
    }
}
