package dev.wasmjs.engine.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Every instruction mnemonic of WebAssembly 3.0 (plus the legacy exception instructions) with its opcode and the
 * shape of its immediates. Opcodes with a prefix byte (0xFB GC, 0xFC misc, 0xFD SIMD) carry their sub-opcode,
 * which is encoded as a u32.
 */
final class InstructionTable {
    /**
     * @param prefix 0 for single-byte opcodes, else 0xFB, 0xFC or 0xFD
     * @param naturalAlignment log2 of the access size for memory instructions, else 0
     */
    record Entry(String name, int prefix, int opcode, Immediate immediate, int naturalAlignment) {
        void emitOpcode(ByteSink out) {
            emitOpcode(out, 0);
        }

        /** The opcode plus {@code delta}: ref.test and ref.cast have a second opcode for nullable targets. */
        void emitOpcode(ByteSink out, int delta) {
            if (prefix == 0) {
                out.u8(opcode + delta);
            } else {
                out.u8(prefix);
                out.u32(opcode + delta);
            }
        }
    }

    private static final Map<String, Entry> TABLE = new HashMap<>(1024);

    private InstructionTable() {}

    static Entry lookup(String name) {
        return TABLE.get(name);
    }

    private static void add(int prefix, int opcode, String name, Immediate immediate, int align) {
        if (TABLE.put(name, new Entry(name, prefix, opcode, immediate, align)) != null) {
            throw new IllegalStateException("duplicate instruction " + name);
        }
    }

    private static void op(int opcode, String name, Immediate immediate) {
        add(0, opcode, name, immediate, 0);
    }

    private static void plain(int firstOpcode, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) add(0, firstOpcode + i, names[i], Immediate.NONE, 0);
        }
    }

    private static void mem(int opcode, String name, int align) {
        add(0, opcode, name, Immediate.MEMARG, align);
    }

    private static void gc(int opcode, String name, Immediate immediate) {
        add(0xFB, opcode, name, immediate, 0);
    }

    private static void misc(int opcode, String name, Immediate immediate) {
        add(0xFC, opcode, name, immediate, 0);
    }

    private static void simd(int opcode, String name, Immediate immediate, int align) {
        add(0xFD, opcode, name, immediate, align);
    }

    /** Consecutive SIMD opcodes without immediates; null entries are unassigned opcodes. */
    private static void simdPlain(int firstOpcode, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) simd(firstOpcode + i, names[i], Immediate.NONE, 0);
        }
    }

    /** The integer comparison/arithmetic names shared by i32 and i64, prefixed. */
    private static String[] prefixed(String type, String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) out[i] = names[i] == null ? null : type + "." + names[i];
        return out;
    }

    static {
        // Control
        op(0x00, "unreachable", Immediate.NONE);
        op(0x01, "nop", Immediate.NONE);
        op(0x02, "block", Immediate.BLOCK);
        op(0x03, "loop", Immediate.LOOP);
        op(0x04, "if", Immediate.IF);
        op(0x06, "try", Immediate.TRY);
        op(0x08, "throw", Immediate.TAG);
        op(0x09, "rethrow", Immediate.LABEL);
        op(0x0A, "throw_ref", Immediate.NONE);
        op(0x0C, "br", Immediate.LABEL);
        op(0x0D, "br_if", Immediate.LABEL);
        op(0x0E, "br_table", Immediate.BR_TABLE);
        op(0x0F, "return", Immediate.NONE);
        op(0x10, "call", Immediate.FUNC);
        op(0x11, "call_indirect", Immediate.CALL_INDIRECT);
        op(0x12, "return_call", Immediate.FUNC);
        op(0x13, "return_call_indirect", Immediate.CALL_INDIRECT);
        op(0x14, "call_ref", Immediate.TYPE);
        op(0x15, "return_call_ref", Immediate.TYPE);
        op(0x1A, "drop", Immediate.NONE);
        op(0x1B, "select", Immediate.SELECT);
        op(0x1F, "try_table", Immediate.TRY_TABLE);

        // Variables and tables
        op(0x20, "local.get", Immediate.LOCAL);
        op(0x21, "local.set", Immediate.LOCAL);
        op(0x22, "local.tee", Immediate.LOCAL);
        op(0x23, "global.get", Immediate.GLOBAL);
        op(0x24, "global.set", Immediate.GLOBAL);
        op(0x25, "table.get", Immediate.TABLE);
        op(0x26, "table.set", Immediate.TABLE);

        // Memory
        mem(0x28, "i32.load", 2);
        mem(0x29, "i64.load", 3);
        mem(0x2A, "f32.load", 2);
        mem(0x2B, "f64.load", 3);
        mem(0x2C, "i32.load8_s", 0);
        mem(0x2D, "i32.load8_u", 0);
        mem(0x2E, "i32.load16_s", 1);
        mem(0x2F, "i32.load16_u", 1);
        mem(0x30, "i64.load8_s", 0);
        mem(0x31, "i64.load8_u", 0);
        mem(0x32, "i64.load16_s", 1);
        mem(0x33, "i64.load16_u", 1);
        mem(0x34, "i64.load32_s", 2);
        mem(0x35, "i64.load32_u", 2);
        mem(0x36, "i32.store", 2);
        mem(0x37, "i64.store", 3);
        mem(0x38, "f32.store", 2);
        mem(0x39, "f64.store", 3);
        mem(0x3A, "i32.store8", 0);
        mem(0x3B, "i32.store16", 1);
        mem(0x3C, "i64.store8", 0);
        mem(0x3D, "i64.store16", 1);
        mem(0x3E, "i64.store32", 2);
        op(0x3F, "memory.size", Immediate.MEMORY);
        op(0x40, "memory.grow", Immediate.MEMORY);

        // Numeric
        op(0x41, "i32.const", Immediate.I32);
        op(0x42, "i64.const", Immediate.I64);
        op(0x43, "f32.const", Immediate.F32);
        op(0x44, "f64.const", Immediate.F64);
        String[] intCompare = {"eqz", "eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"};
        plain(0x45, prefixed("i32", intCompare));
        plain(0x50, prefixed("i64", intCompare));
        String[] floatCompare = {"eq", "ne", "lt", "gt", "le", "ge"};
        plain(0x5B, prefixed("f32", floatCompare));
        plain(0x61, prefixed("f64", floatCompare));
        String[] intArith = {"clz", "ctz", "popcnt", "add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u",
            "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr"};
        plain(0x67, prefixed("i32", intArith));
        plain(0x79, prefixed("i64", intArith));
        String[] floatArith = {"abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt", "add", "sub", "mul", "div",
            "min", "max", "copysign"};
        plain(0x8B, prefixed("f32", floatArith));
        plain(0x99, prefixed("f64", floatArith));
        plain(0xA7,
                "i32.wrap_i64", "i32.trunc_f32_s", "i32.trunc_f32_u", "i32.trunc_f64_s", "i32.trunc_f64_u",
                "i64.extend_i32_s", "i64.extend_i32_u", "i64.trunc_f32_s", "i64.trunc_f32_u", "i64.trunc_f64_s",
                "i64.trunc_f64_u", "f32.convert_i32_s", "f32.convert_i32_u", "f32.convert_i64_s",
                "f32.convert_i64_u", "f32.demote_f64", "f64.convert_i32_s", "f64.convert_i32_u",
                "f64.convert_i64_s", "f64.convert_i64_u", "f64.promote_f32", "i32.reinterpret_f32",
                "i64.reinterpret_f64", "f32.reinterpret_i32", "f64.reinterpret_i64",
                "i32.extend8_s", "i32.extend16_s", "i64.extend8_s", "i64.extend16_s", "i64.extend32_s");

        // References
        op(0xD0, "ref.null", Immediate.HEAP_TYPE);
        op(0xD1, "ref.is_null", Immediate.NONE);
        op(0xD2, "ref.func", Immediate.FUNC);
        op(0xD3, "ref.eq", Immediate.NONE);
        op(0xD4, "ref.as_non_null", Immediate.NONE);
        op(0xD5, "br_on_null", Immediate.LABEL);
        op(0xD6, "br_on_non_null", Immediate.LABEL);

        // GC
        gc(0, "struct.new", Immediate.TYPE);
        gc(1, "struct.new_default", Immediate.TYPE);
        gc(2, "struct.get", Immediate.TYPE_FIELD);
        gc(3, "struct.get_s", Immediate.TYPE_FIELD);
        gc(4, "struct.get_u", Immediate.TYPE_FIELD);
        gc(5, "struct.set", Immediate.TYPE_FIELD);
        gc(6, "array.new", Immediate.TYPE);
        gc(7, "array.new_default", Immediate.TYPE);
        gc(8, "array.new_fixed", Immediate.TYPE_COUNT);
        gc(9, "array.new_data", Immediate.TYPE_DATA);
        gc(10, "array.new_elem", Immediate.TYPE_ELEM);
        gc(11, "array.get", Immediate.TYPE);
        gc(12, "array.get_s", Immediate.TYPE);
        gc(13, "array.get_u", Immediate.TYPE);
        gc(14, "array.set", Immediate.TYPE);
        gc(15, "array.len", Immediate.NONE);
        gc(16, "array.fill", Immediate.TYPE);
        gc(17, "array.copy", Immediate.TYPE_TYPE);
        gc(18, "array.init_data", Immediate.TYPE_DATA);
        gc(19, "array.init_elem", Immediate.TYPE_ELEM);
        gc(20, "ref.test", Immediate.REF_TYPE); // 21 for a nullable target type
        gc(22, "ref.cast", Immediate.REF_TYPE); // 23 for a nullable target type
        gc(24, "br_on_cast", Immediate.BR_ON_CAST);
        gc(25, "br_on_cast_fail", Immediate.BR_ON_CAST);
        gc(26, "any.convert_extern", Immediate.NONE);
        gc(27, "extern.convert_any", Immediate.NONE);
        gc(28, "ref.i31", Immediate.NONE);
        gc(29, "i31.get_s", Immediate.NONE);
        gc(30, "i31.get_u", Immediate.NONE);

        // Saturating truncation, bulk memory and tables
        misc(0, "i32.trunc_sat_f32_s", Immediate.NONE);
        misc(1, "i32.trunc_sat_f32_u", Immediate.NONE);
        misc(2, "i32.trunc_sat_f64_s", Immediate.NONE);
        misc(3, "i32.trunc_sat_f64_u", Immediate.NONE);
        misc(4, "i64.trunc_sat_f32_s", Immediate.NONE);
        misc(5, "i64.trunc_sat_f32_u", Immediate.NONE);
        misc(6, "i64.trunc_sat_f64_s", Immediate.NONE);
        misc(7, "i64.trunc_sat_f64_u", Immediate.NONE);
        misc(8, "memory.init", Immediate.MEMORY_DATA);
        misc(9, "data.drop", Immediate.DATA);
        misc(10, "memory.copy", Immediate.MEMORY_MEMORY);
        misc(11, "memory.fill", Immediate.MEMORY);
        misc(12, "table.init", Immediate.TABLE_ELEM);
        misc(13, "elem.drop", Immediate.ELEM);
        misc(14, "table.copy", Immediate.TABLE_TABLE);
        misc(15, "table.grow", Immediate.TABLE);
        misc(16, "table.size", Immediate.TABLE);
        misc(17, "table.fill", Immediate.TABLE);

        addSimd();
    }

    private static void addSimd() {
        simd(0x00, "v128.load", Immediate.MEMARG, 4);
        simd(0x01, "v128.load8x8_s", Immediate.MEMARG, 3);
        simd(0x02, "v128.load8x8_u", Immediate.MEMARG, 3);
        simd(0x03, "v128.load16x4_s", Immediate.MEMARG, 3);
        simd(0x04, "v128.load16x4_u", Immediate.MEMARG, 3);
        simd(0x05, "v128.load32x2_s", Immediate.MEMARG, 3);
        simd(0x06, "v128.load32x2_u", Immediate.MEMARG, 3);
        simd(0x07, "v128.load8_splat", Immediate.MEMARG, 0);
        simd(0x08, "v128.load16_splat", Immediate.MEMARG, 1);
        simd(0x09, "v128.load32_splat", Immediate.MEMARG, 2);
        simd(0x0A, "v128.load64_splat", Immediate.MEMARG, 3);
        simd(0x0B, "v128.store", Immediate.MEMARG, 4);
        simd(0x0C, "v128.const", Immediate.V128, 0);
        simd(0x0D, "i8x16.shuffle", Immediate.SHUFFLE, 0);
        simdPlain(0x0E, "i8x16.swizzle", "i8x16.splat", "i16x8.splat", "i32x4.splat", "i64x2.splat",
                "f32x4.splat", "f64x2.splat");
        simd(0x15, "i8x16.extract_lane_s", Immediate.LANE, 0);
        simd(0x16, "i8x16.extract_lane_u", Immediate.LANE, 0);
        simd(0x17, "i8x16.replace_lane", Immediate.LANE, 0);
        simd(0x18, "i16x8.extract_lane_s", Immediate.LANE, 0);
        simd(0x19, "i16x8.extract_lane_u", Immediate.LANE, 0);
        simd(0x1A, "i16x8.replace_lane", Immediate.LANE, 0);
        simd(0x1B, "i32x4.extract_lane", Immediate.LANE, 0);
        simd(0x1C, "i32x4.replace_lane", Immediate.LANE, 0);
        simd(0x1D, "i64x2.extract_lane", Immediate.LANE, 0);
        simd(0x1E, "i64x2.replace_lane", Immediate.LANE, 0);
        simd(0x1F, "f32x4.extract_lane", Immediate.LANE, 0);
        simd(0x20, "f32x4.replace_lane", Immediate.LANE, 0);
        simd(0x21, "f64x2.extract_lane", Immediate.LANE, 0);
        simd(0x22, "f64x2.replace_lane", Immediate.LANE, 0);
        String[] intCompare = {"eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"};
        simdPlain(0x23, prefixed("i8x16", intCompare));
        simdPlain(0x2D, prefixed("i16x8", intCompare));
        simdPlain(0x37, prefixed("i32x4", intCompare));
        String[] floatCompare = {"eq", "ne", "lt", "gt", "le", "ge"};
        simdPlain(0x41, prefixed("f32x4", floatCompare));
        simdPlain(0x47, prefixed("f64x2", floatCompare));
        simdPlain(0x4D, "v128.not", "v128.and", "v128.andnot", "v128.or", "v128.xor", "v128.bitselect",
                "v128.any_true");
        simd(0x54, "v128.load8_lane", Immediate.MEMARG_LANE, 0);
        simd(0x55, "v128.load16_lane", Immediate.MEMARG_LANE, 1);
        simd(0x56, "v128.load32_lane", Immediate.MEMARG_LANE, 2);
        simd(0x57, "v128.load64_lane", Immediate.MEMARG_LANE, 3);
        simd(0x58, "v128.store8_lane", Immediate.MEMARG_LANE, 0);
        simd(0x59, "v128.store16_lane", Immediate.MEMARG_LANE, 1);
        simd(0x5A, "v128.store32_lane", Immediate.MEMARG_LANE, 2);
        simd(0x5B, "v128.store64_lane", Immediate.MEMARG_LANE, 3);
        simd(0x5C, "v128.load32_zero", Immediate.MEMARG, 2);
        simd(0x5D, "v128.load64_zero", Immediate.MEMARG, 3);
        simdPlain(0x5E, "f32x4.demote_f64x2_zero", "f64x2.promote_low_f32x4");
        simdPlain(0x60,
                "i8x16.abs", "i8x16.neg", "i8x16.popcnt", "i8x16.all_true", "i8x16.bitmask",
                "i8x16.narrow_i16x8_s", "i8x16.narrow_i16x8_u", "f32x4.ceil", "f32x4.floor", "f32x4.trunc",
                "f32x4.nearest", "i8x16.shl", "i8x16.shr_s", "i8x16.shr_u", "i8x16.add", "i8x16.add_sat_s",
                "i8x16.add_sat_u", "i8x16.sub", "i8x16.sub_sat_s", "i8x16.sub_sat_u", "f64x2.ceil", "f64x2.floor",
                "i8x16.min_s", "i8x16.min_u", "i8x16.max_s", "i8x16.max_u", "f64x2.trunc", "i8x16.avgr_u",
                "i16x8.extadd_pairwise_i8x16_s", "i16x8.extadd_pairwise_i8x16_u",
                "i32x4.extadd_pairwise_i16x8_s", "i32x4.extadd_pairwise_i16x8_u");
        simdPlain(0x80,
                "i16x8.abs", "i16x8.neg", "i16x8.q15mulr_sat_s", "i16x8.all_true", "i16x8.bitmask",
                "i16x8.narrow_i32x4_s", "i16x8.narrow_i32x4_u", "i16x8.extend_low_i8x16_s",
                "i16x8.extend_high_i8x16_s", "i16x8.extend_low_i8x16_u", "i16x8.extend_high_i8x16_u",
                "i16x8.shl", "i16x8.shr_s", "i16x8.shr_u", "i16x8.add", "i16x8.add_sat_s", "i16x8.add_sat_u",
                "i16x8.sub", "i16x8.sub_sat_s", "i16x8.sub_sat_u", "f64x2.nearest", "i16x8.mul", "i16x8.min_s",
                "i16x8.min_u", "i16x8.max_s", "i16x8.max_u", null, "i16x8.avgr_u",
                "i16x8.extmul_low_i8x16_s", "i16x8.extmul_high_i8x16_s", "i16x8.extmul_low_i8x16_u",
                "i16x8.extmul_high_i8x16_u");
        simdPlain(0xA0,
                "i32x4.abs", "i32x4.neg", null, "i32x4.all_true", "i32x4.bitmask", null, null,
                "i32x4.extend_low_i16x8_s", "i32x4.extend_high_i16x8_s", "i32x4.extend_low_i16x8_u",
                "i32x4.extend_high_i16x8_u", "i32x4.shl", "i32x4.shr_s", "i32x4.shr_u", "i32x4.add", null, null,
                "i32x4.sub", null, null, null, "i32x4.mul", "i32x4.min_s", "i32x4.min_u", "i32x4.max_s",
                "i32x4.max_u", "i32x4.dot_i16x8_s", null, "i32x4.extmul_low_i16x8_s", "i32x4.extmul_high_i16x8_s",
                "i32x4.extmul_low_i16x8_u", "i32x4.extmul_high_i16x8_u");
        simdPlain(0xC0,
                "i64x2.abs", "i64x2.neg", null, "i64x2.all_true", "i64x2.bitmask", null, null,
                "i64x2.extend_low_i32x4_s", "i64x2.extend_high_i32x4_s", "i64x2.extend_low_i32x4_u",
                "i64x2.extend_high_i32x4_u", "i64x2.shl", "i64x2.shr_s", "i64x2.shr_u", "i64x2.add", null, null,
                "i64x2.sub", null, null, null, "i64x2.mul", "i64x2.eq", "i64x2.ne", "i64x2.lt_s", "i64x2.gt_s",
                "i64x2.le_s", "i64x2.ge_s", "i64x2.extmul_low_i32x4_s", "i64x2.extmul_high_i32x4_s",
                "i64x2.extmul_low_i32x4_u", "i64x2.extmul_high_i32x4_u");
        simdPlain(0xE0,
                "f32x4.abs", "f32x4.neg", null, "f32x4.sqrt", "f32x4.add", "f32x4.sub", "f32x4.mul", "f32x4.div",
                "f32x4.min", "f32x4.max", "f32x4.pmin", "f32x4.pmax",
                "f64x2.abs", "f64x2.neg", null, "f64x2.sqrt", "f64x2.add", "f64x2.sub", "f64x2.mul", "f64x2.div",
                "f64x2.min", "f64x2.max", "f64x2.pmin", "f64x2.pmax",
                "i32x4.trunc_sat_f32x4_s", "i32x4.trunc_sat_f32x4_u", "f32x4.convert_i32x4_s",
                "f32x4.convert_i32x4_u", "i32x4.trunc_sat_f64x2_s_zero", "i32x4.trunc_sat_f64x2_u_zero",
                "f64x2.convert_low_i32x4_s", "f64x2.convert_low_i32x4_u");
        // Relaxed SIMD
        simdPlain(0x100,
                "i8x16.relaxed_swizzle", "i32x4.relaxed_trunc_f32x4_s", "i32x4.relaxed_trunc_f32x4_u",
                "i32x4.relaxed_trunc_f64x2_s_zero", "i32x4.relaxed_trunc_f64x2_u_zero", "f32x4.relaxed_madd",
                "f32x4.relaxed_nmadd", "f64x2.relaxed_madd", "f64x2.relaxed_nmadd", "i8x16.relaxed_laneselect",
                "i16x8.relaxed_laneselect", "i32x4.relaxed_laneselect", "i64x2.relaxed_laneselect",
                "f32x4.relaxed_min", "f32x4.relaxed_max", "f64x2.relaxed_min", "f64x2.relaxed_max",
                "i16x8.relaxed_q15mulr_s", "i16x8.relaxed_dot_i8x16_i7x16_s",
                "i32x4.relaxed_dot_i8x16_i7x16_add_s");
    }
}
