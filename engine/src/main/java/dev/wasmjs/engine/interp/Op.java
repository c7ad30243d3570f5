package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.binary.Opcode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The interpreter's internal instruction set: dense int codes (so the dispatch switch is a jump table) with
 * immediates as following ints. It is register-style: operands and results are named by frame slot (a local, or
 * the operand-stack position the validator assigns to a value), so reading a local or a constant costs no
 * instruction of its own and nothing tracks a stack pointer at run time. Branch targets are resolved code
 * positions. {@link CodeBuilder} documents how wasm maps onto these.
 */
final class Op {
    private Op() {
    }

    // ---- control. Slots are frame-relative (fp + slot); "target" is a code position. ----
    // UNREACHABLE | BR target | BR_IF cond target | BR_UNLESS cond target (jumps when zero)
    // BR_MOVE target arity from to | BR_IF_MOVE cond target arity from to: copy arity slots from -> to, then jump
    // BR_TABLE index n arity from, then n+1 pairs (target, to), the last one the default
    // BR_ON_NULL ref target arity from to | BR_ON_NON_NULL ref target arity from to
    // RETURN from: the results are copied from slot `from` to the frame base
    // CALL func base | CALL_INDIRECT type table index base | CALL_REF ref base: arguments at base, results there
    // RETURN_CALL func from | RETURN_CALL_INDIRECT type table index from | RETURN_CALL_REF ref from
    static final int UNREACHABLE = 0;
    static final int BR = 1;
    static final int BR_IF = 2;
    static final int BR_UNLESS = 3;
    static final int BR_MOVE = 4;
    static final int BR_IF_MOVE = 5;
    static final int BR_TABLE = 6;
    static final int BR_ON_NULL = 7;
    static final int BR_ON_NON_NULL = 8;
    static final int RETURN = 9;
    static final int CALL = 10;
    static final int CALL_INDIRECT = 11;
    static final int CALL_REF = 12;
    static final int RETURN_CALL = 13;
    static final int RETURN_CALL_INDIRECT = 14;
    static final int RETURN_CALL_REF = 15;
    // ---- an i32 comparison fused with the conditional branch that consumes it: a b target / a k target ----
    static final int BR_IF_I32_EQ = 16;
    static final int BR_IF_I32_NE = 17;
    static final int BR_IF_I32_LT_S = 18;
    static final int BR_IF_I32_LT_U = 19;
    static final int BR_IF_I32_GT_S = 20;
    static final int BR_IF_I32_GT_U = 21;
    static final int BR_IF_I32_LE_S = 22;
    static final int BR_IF_I32_LE_U = 23;
    static final int BR_IF_I32_GE_S = 24;
    static final int BR_IF_I32_GE_U = 25;
    static final int BR_IF_I32_EQ_K = 26;
    static final int BR_IF_I32_NE_K = 27;
    static final int BR_IF_I32_LT_S_K = 28;
    static final int BR_IF_I32_LT_U_K = 29;
    static final int BR_IF_I32_GT_S_K = 30;
    static final int BR_IF_I32_GT_U_K = 31;
    static final int BR_IF_I32_LE_S_K = 32;
    static final int BR_IF_I32_LE_U_K = 33;
    static final int BR_IF_I32_GE_S_K = 34;
    static final int BR_IF_I32_GE_U_K = 35;
    // ---- moves and other operations on slots ----
    // COPY dst src | COPY_REF dst src | MOVE_REF dst src (clears src) | COPY_V128 dst src
    // CONST32 dst value (sign-extended) | CONST64 dst low high
    // GLOBAL_GET[_REF|_V128] dst global | GLOBAL_SET[_REF|_V128] global src
    // SELECT[_REF|_V128] dst a b cond | REF_NULL dst | REF_IS_NULL dst ref | REF_FUNC dst func
    // REF_AS_NON_NULL ref | RETHROW slot (the hidden local of a legacy catch)
    // Out of line, on the operand stack as it is at `sp` (frame-relative, from the validator's stack height):
    // SIMD sp encoded (see Simd#encode) | SIMD_IMM sp ordinal i0 i1 i2 i3 | GENERIC sp ordinal index index2 low high
    static final int COPY = 36;
    static final int COPY_REF = 37;
    static final int MOVE_REF = 38;
    static final int COPY_V128 = 39;
    static final int CONST32 = 40;
    static final int CONST64 = 41;
    static final int GLOBAL_GET = 42;
    static final int GLOBAL_SET = 43;
    static final int GLOBAL_GET_REF = 44;
    static final int GLOBAL_SET_REF = 45;
    static final int GLOBAL_GET_V128 = 46;
    static final int GLOBAL_SET_V128 = 47;
    static final int SELECT = 48;
    static final int SELECT_REF = 49;
    static final int SELECT_V128 = 50;
    static final int REF_NULL = 51;
    static final int REF_IS_NULL = 52;
    static final int REF_FUNC = 53;
    static final int REF_AS_NON_NULL = 54;
    static final int RETHROW = 55;
    static final int SIMD = 56;
    static final int SIMD_IMM = 57;
    static final int GENERIC = 58;
    // ---- memory 0 when it is 32-bit: loads dst address offset, stores address value offset ----
    static final int I32_LOAD = 59;
    static final int I64_LOAD = 60;
    static final int F32_LOAD = 61;
    static final int F64_LOAD = 62;
    static final int I32_LOAD8_S = 63;
    static final int I32_LOAD8_U = 64;
    static final int I32_LOAD16_S = 65;
    static final int I32_LOAD16_U = 66;
    static final int I64_LOAD8_S = 67;
    static final int I64_LOAD8_U = 68;
    static final int I64_LOAD16_S = 69;
    static final int I64_LOAD16_U = 70;
    static final int I64_LOAD32_S = 71;
    static final int I64_LOAD32_U = 72;
    static final int I32_STORE = 73;
    static final int I64_STORE = 74;
    static final int F32_STORE = 75;
    static final int F64_STORE = 76;
    static final int I32_STORE8 = 77;
    static final int I32_STORE16 = 78;
    static final int I64_STORE8 = 79;
    static final int I64_STORE16 = 80;
    static final int I64_STORE32 = 81;
    // ---- i32 arithmetic and comparisons: dst a (unary) or dst a b; then with a constant second operand: dst a k ----
    static final int I32_EQZ = 82;
    static final int I32_EQ = 83;
    static final int I32_NE = 84;
    static final int I32_LT_S = 85;
    static final int I32_LT_U = 86;
    static final int I32_GT_S = 87;
    static final int I32_GT_U = 88;
    static final int I32_LE_S = 89;
    static final int I32_LE_U = 90;
    static final int I32_GE_S = 91;
    static final int I32_GE_U = 92;
    static final int I32_CLZ = 93;
    static final int I32_CTZ = 94;
    static final int I32_POPCNT = 95;
    static final int I32_ADD = 96;
    static final int I32_SUB = 97;
    static final int I32_MUL = 98;
    static final int I32_DIV_S = 99;
    static final int I32_DIV_U = 100;
    static final int I32_REM_S = 101;
    static final int I32_REM_U = 102;
    static final int I32_AND = 103;
    static final int I32_OR = 104;
    static final int I32_XOR = 105;
    static final int I32_SHL = 106;
    static final int I32_SHR_S = 107;
    static final int I32_SHR_U = 108;
    static final int I32_ROTL = 109;
    static final int I32_ROTR = 110;
    static final int I32_ADD_K = 111;
    static final int I32_MUL_K = 112;
    static final int I32_AND_K = 113;
    static final int I32_OR_K = 114;
    static final int I32_XOR_K = 115;
    static final int I32_SHL_K = 116;
    static final int I32_SHR_S_K = 117;
    static final int I32_SHR_U_K = 118;
    static final int I32_ROTL_K = 119;
    static final int I32_EQ_K = 120;
    static final int I32_NE_K = 121;
    static final int I32_LT_S_K = 122;
    static final int I32_LT_U_K = 123;
    static final int I32_GT_S_K = 124;
    static final int I32_GT_U_K = 125;
    static final int I32_LE_S_K = 126;
    static final int I32_LE_U_K = 127;
    static final int I32_GE_S_K = 128;
    static final int I32_GE_U_K = 129;
    // ---- other numeric ops: dst a (unary) or dst a b (binary); those not in Interpreter.run run in Generic.numeric ----
    static final int I64_EQZ = 130;
    static final int I64_EQ = 131;
    static final int I64_NE = 132;
    static final int I64_LT_S = 133;
    static final int I64_LT_U = 134;
    static final int I64_GT_S = 135;
    static final int I64_GT_U = 136;
    static final int I64_LE_S = 137;
    static final int I64_LE_U = 138;
    static final int I64_GE_S = 139;
    static final int I64_GE_U = 140;
    static final int F32_EQ = 141;
    static final int F32_NE = 142;
    static final int F32_LT = 143;
    static final int F32_GT = 144;
    static final int F32_LE = 145;
    static final int F32_GE = 146;
    static final int F64_EQ = 147;
    static final int F64_NE = 148;
    static final int F64_LT = 149;
    static final int F64_GT = 150;
    static final int F64_LE = 151;
    static final int F64_GE = 152;
    static final int I64_CLZ = 153;
    static final int I64_CTZ = 154;
    static final int I64_POPCNT = 155;
    static final int I64_ADD = 156;
    static final int I64_SUB = 157;
    static final int I64_MUL = 158;
    static final int I64_DIV_S = 159;
    static final int I64_DIV_U = 160;
    static final int I64_REM_S = 161;
    static final int I64_REM_U = 162;
    static final int I64_AND = 163;
    static final int I64_OR = 164;
    static final int I64_XOR = 165;
    static final int I64_SHL = 166;
    static final int I64_SHR_S = 167;
    static final int I64_SHR_U = 168;
    static final int I64_ROTL = 169;
    static final int I64_ROTR = 170;
    static final int F32_ABS = 171;
    static final int F32_NEG = 172;
    static final int F32_CEIL = 173;
    static final int F32_FLOOR = 174;
    static final int F32_TRUNC = 175;
    static final int F32_NEAREST = 176;
    static final int F32_SQRT = 177;
    static final int F32_ADD = 178;
    static final int F32_SUB = 179;
    static final int F32_MUL = 180;
    static final int F32_DIV = 181;
    static final int F32_MIN = 182;
    static final int F32_MAX = 183;
    static final int F32_COPYSIGN = 184;
    static final int F64_ABS = 185;
    static final int F64_NEG = 186;
    static final int F64_CEIL = 187;
    static final int F64_FLOOR = 188;
    static final int F64_TRUNC = 189;
    static final int F64_NEAREST = 190;
    static final int F64_SQRT = 191;
    static final int F64_ADD = 192;
    static final int F64_SUB = 193;
    static final int F64_MUL = 194;
    static final int F64_DIV = 195;
    static final int F64_MIN = 196;
    static final int F64_MAX = 197;
    static final int F64_COPYSIGN = 198;
    static final int I32_WRAP_I64 = 199;
    static final int I32_TRUNC_F32_S = 200;
    static final int I32_TRUNC_F32_U = 201;
    static final int I32_TRUNC_F64_S = 202;
    static final int I32_TRUNC_F64_U = 203;
    static final int I64_EXTEND_I32_S = 204;
    static final int I64_EXTEND_I32_U = 205;
    static final int I64_TRUNC_F32_S = 206;
    static final int I64_TRUNC_F32_U = 207;
    static final int I64_TRUNC_F64_S = 208;
    static final int I64_TRUNC_F64_U = 209;
    static final int F32_CONVERT_I32_S = 210;
    static final int F32_CONVERT_I32_U = 211;
    static final int F32_CONVERT_I64_S = 212;
    static final int F32_CONVERT_I64_U = 213;
    static final int F32_DEMOTE_F64 = 214;
    static final int F64_CONVERT_I32_S = 215;
    static final int F64_CONVERT_I32_U = 216;
    static final int F64_CONVERT_I64_S = 217;
    static final int F64_CONVERT_I64_U = 218;
    static final int F64_PROMOTE_F32 = 219;
    static final int I32_REINTERPRET_F32 = 220;
    static final int I64_REINTERPRET_F64 = 221;
    static final int F32_REINTERPRET_I32 = 222;
    static final int F64_REINTERPRET_I64 = 223;
    static final int I32_EXTEND8_S = 224;
    static final int I32_EXTEND16_S = 225;
    static final int I64_EXTEND8_S = 226;
    static final int I64_EXTEND16_S = 227;
    static final int I64_EXTEND32_S = 228;
    static final int I32_TRUNC_SAT_F32_S = 229;
    static final int I32_TRUNC_SAT_F32_U = 230;
    static final int I32_TRUNC_SAT_F64_S = 231;
    static final int I32_TRUNC_SAT_F64_U = 232;
    static final int I64_TRUNC_SAT_F32_S = 233;
    static final int I64_TRUNC_SAT_F32_U = 234;
    static final int I64_TRUNC_SAT_F64_S = 235;
    static final int I64_TRUNC_SAT_F64_U = 236;
    static final int COUNT = 237;

    /** Op names by code, for messages and debugging. */
    static final String[] NAMES = names();

    private static String[] names() {
        String[] names = new String[COUNT];
        for (Field f : Op.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && f.getType() == int.class && !f.getName().equals("COUNT")) {
                try {
                    names[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }

    /** The form of a binary i32 op whose second operand is a constant, or -1 ({@code sub}, {@code rotr}: see CodeBuilder). */
    static int withConstant(int op) {
        return switch (op) {
            case I32_ADD -> I32_ADD_K;
            case I32_MUL -> I32_MUL_K;
            case I32_AND -> I32_AND_K;
            case I32_OR -> I32_OR_K;
            case I32_XOR -> I32_XOR_K;
            case I32_SHL -> I32_SHL_K;
            case I32_SHR_S -> I32_SHR_S_K;
            case I32_SHR_U -> I32_SHR_U_K;
            case I32_ROTL -> I32_ROTL_K;
            case I32_EQ -> I32_EQ_K;
            case I32_NE -> I32_NE_K;
            case I32_LT_S -> I32_LT_S_K;
            case I32_LT_U -> I32_LT_U_K;
            case I32_GT_S -> I32_GT_S_K;
            case I32_GT_U -> I32_GT_U_K;
            case I32_LE_S -> I32_LE_S_K;
            case I32_LE_U -> I32_LE_U_K;
            case I32_GE_S -> I32_GE_S_K;
            case I32_GE_U -> I32_GE_U_K;
            default -> -1;
        };
    }

    /** The op computing the same with its operands exchanged ({@code a < b} is {@code b > a}), or -1. */
    static int swapped(int op) {
        return switch (op) {
            case I32_ADD, I32_MUL, I32_AND, I32_OR, I32_XOR, I32_EQ, I32_NE -> op;
            case I32_LT_S -> I32_GT_S;
            case I32_LT_U -> I32_GT_U;
            case I32_GT_S -> I32_LT_S;
            case I32_GT_U -> I32_LT_U;
            case I32_LE_S -> I32_GE_S;
            case I32_LE_U -> I32_GE_U;
            case I32_GE_S -> I32_LE_S;
            case I32_GE_U -> I32_LE_U;
            default -> -1;
        };
    }

    /** The comparison that is true exactly when {@code op} (an i32 comparison, plain or _K) is false. */
    static int negated(int op) {
        return switch (op) {
            case I32_EQ -> I32_NE;
            case I32_NE -> I32_EQ;
            case I32_LT_S -> I32_GE_S;
            case I32_LT_U -> I32_GE_U;
            case I32_GT_S -> I32_LE_S;
            case I32_GT_U -> I32_LE_U;
            case I32_LE_S -> I32_GT_S;
            case I32_LE_U -> I32_GT_U;
            case I32_GE_S -> I32_LT_S;
            case I32_GE_U -> I32_LT_U;
            case I32_EQ_K -> I32_NE_K;
            case I32_NE_K -> I32_EQ_K;
            case I32_LT_S_K -> I32_GE_S_K;
            case I32_LT_U_K -> I32_GE_U_K;
            case I32_GT_S_K -> I32_LE_S_K;
            case I32_GT_U_K -> I32_LE_U_K;
            case I32_LE_S_K -> I32_GT_S_K;
            case I32_LE_U_K -> I32_GT_U_K;
            case I32_GE_S_K -> I32_LT_S_K;
            case I32_GE_U_K -> I32_LT_U_K;
            default -> -1;
        };
    }

    /** The fused compare-and-branch op for an i32 comparison op (plain or _K), or -1 for other ops. */
    static int branchOn(int compare) {
        if (compare >= I32_EQ && compare <= I32_GE_U) {
            return BR_IF_I32_EQ + (compare - I32_EQ);
        }
        if (compare >= I32_EQ_K && compare <= I32_GE_U_K) {
            return BR_IF_I32_EQ_K + (compare - I32_EQ_K);
        }
        return -1;
    }

    /** Whether {@code op} is one of the memory loads or stores above. */
    static boolean isStore(int op) {
        return op >= I32_STORE && op <= I64_STORE32;
    }

    static boolean isLoad(int op) {
        return op >= I32_LOAD && op <= I64_LOAD32_U;
    }

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
