package dev.wasmjs.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random valid modules (as WAT) for differential testing of the execution tiers: a few functions over
 * i32/i64/f32/f64 with locals, globals, a memory, a table for {@code call_indirect}, nested blocks, bounded loops,
 * branches ({@code br_if}, {@code br_table}), calls (only to later functions, so every run terminates), and
 * instructions that trap (division, conversions, out-of-bounds accesses); SIMD expressions (v128 parameters,
 * results and locals, lane arithmetic of every shape, shuffles, lane and memory access), GC expressions (structs with
 * packed fields, arrays, i31, casts that may fail, {@code br_on_cast}), and tail calls ({@code return_call},
 * {@code return_call_indirect}) to later functions with the same results.
 *
 * <p>Float values reaching something observable (a store, a global, a reinterpretation, a result) pass through
 * a NaN canonicalisation, because wasm lets the payload of a NaN produced by arithmetic differ between
 * executions; everything else must agree bit for bit.
 */
final class RandomModule {
    static final String[] TYPES = {"i32", "i64", "f32", "f64"};
    /** Parameter and result types: the numbers, and now and then a v128. */
    private static final String[] SIGNATURE_TYPES = {"i32", "i64", "f32", "f64", "i32", "i64", "f64", "v128"};

    record Func(List<String> params, List<String> results) {
    }

    private final Random random;
    final List<Func> functions = new ArrayList<>();
    private StringBuilder out;
    private List<String> locals;
    private int loopDepth;
    private int current;
    private int labelCount;

    RandomModule(long seed) {
        this.random = new Random(seed);
        int n = 2 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            List<String> params = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                params.add(signatureType());
            }
            List<String> results = new ArrayList<>();
            for (int r = random.nextInt(10) == 0 ? 2 : random.nextInt(2); r > 0; r--) {
                results.add(signatureType());
            }
            functions.add(new Func(params, results));
        }
    }

    private String type() {
        return TYPES[random.nextInt(4)];
    }

    private String signatureType() {
        return SIGNATURE_TYPES[random.nextInt(SIGNATURE_TYPES.length)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String wat() {
        out = new StringBuilder("(module\n  (memory (export \"mem\") 1 4)\n");
        out.append("""
                  (type $s (struct (field (mut i32)) (field (mut i64)) (field (mut f64)) (field (mut i8)) (field i16)))
                  (type $a (array (mut i32)))
                  (type $a8 (array (mut i8)))
                  (type $av (array (mut v128)))
                """);
        for (String t : TYPES) {
            out.append("  (global $g_").append(t).append(" (export \"g_").append(t).append("\") (mut ").append(t)
                    .append(") (").append(t).append(".const 7))\n");
        }
        for (int i = 0; i < functions.size(); i++) {
            out.append("  (type $t").append(i).append(signature(functions.get(i))).append(")\n");
        }
        out.append("  (table ").append(functions.size()).append(" funcref)\n  (elem (i32.const 0)");
        for (int i = 0; i < functions.size(); i++) {
            out.append(" $f").append(i);
        }
        out.append(")\n");
        for (String t : new String[] {"f32", "f64"}) {
            out.append("  (func $canon_").append(t).append(" (param ").append(t).append(") (result ").append(t)
                    .append(")\n    (select (").append(t).append(".const nan) (local.get 0) (").append(t)
                    .append(".ne (local.get 0) (local.get 0))))\n");
        }
        for (int i = 0; i < functions.size(); i++) {
            function(i);
        }
        return out.append(")\n").toString();
    }

    private static String signature(Func f) {
        StringBuilder s = new StringBuilder(" (func");
        if (!f.params().isEmpty()) {
            s.append(" (param ").append(String.join(" ", f.params())).append(')');
        }
        if (!f.results().isEmpty()) {
            s.append(" (result ").append(String.join(" ", f.results())).append(')');
        }
        return s.append(')').toString();
    }

    private void function(int index) {
        current = index;
        Func f = functions.get(index);
        locals = new ArrayList<>(f.params());
        List<String> extra = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            extra.add(type());
        }
        if (chance(50)) {
            extra.add("v128");
        }
        int counterBase = locals.size() + extra.size();
        // Loop counters: one i32 per possible nesting level; then a struct for GC statements.
        for (int i = 0; i < 3; i++) {
            extra.add("i32");
        }
        extra.add("(ref null $s)");
        locals.addAll(extra);
        out.append("  (func $f").append(index).append(" (export \"f").append(index).append("\") (type $t").append(index)
                .append(")");
        if (!extra.isEmpty()) {
            out.append(" (local ").append(String.join(" ", extra)).append(')');
        }
        out.append('\n');
        loopDepth = 0;
        this.counterBase = counterBase;
        labelCount = 0;
        int statements = 1 + random.nextInt(6);
        for (int i = 0; i < statements; i++) {
            statement(3);
        }
        if (chance(25)) {
            tailCall(f);
        }
        for (String r : f.results()) {
            out.append("    ").append(observable(r, expr(r, 4))).append('\n');
        }
        out.append("  )\n");
    }

    private int counterBase;

    private void statement(int depth) {
        if (chance(12)) {
            simdOrGcStatement();
            return;
        }
        int kind = random.nextInt(depth > 0 ? 11 : 5);
        String t = type();
        switch (kind) {
            case 0 -> {
                String local = localOf(t);
                out.append(local == null ? "    (drop " : "    (local.set " + local + " ").append(expr(t, 3)).append(")\n");
            }
            case 1 -> out.append("    (global.set $g_").append(t).append(' ').append(observable(t, expr(t, 3))).append(")\n");
            case 2 -> out.append("    (").append(t).append(".store offset=").append(random.nextInt(16)).append(' ')
                    .append(address()).append(' ').append(observable(t, expr(t, 3))).append(")\n");
            case 3 -> out.append("    (drop ").append(expr(t, 3)).append(")\n");
            case 4 -> callStatement();
            case 5, 6 -> {
                out.append("    (if ").append(expr("i32", 2)).append(" (then\n");
                statement(depth - 1);
                out.append("    ) (else\n");
                statement(depth - 1);
                out.append("    ))\n");
            }
            case 7, 8 -> loop(depth);
            case 9 -> {
                String label = "$b" + labelCount++;
                out.append("    (block ").append(label).append('\n');
                statement(depth - 1);
                out.append("    (br_if ").append(label).append(' ').append(expr("i32", 2)).append(")\n");
                statement(depth - 1);
                out.append("    )\n");
            }
            default -> brTable(depth);
        }
    }

    private void loop(int depth) {
        if (loopDepth >= 3) {
            statement(0);
            return;
        }
        int slot = counterBase + loopDepth;
        loopDepth++;
        String label = "$l" + labelCount++;
        out.append("    (local.set ").append(slot).append(" (i32.const ").append(1 + random.nextInt(6)).append("))\n");
        out.append("    (loop ").append(label).append('\n');
        statement(depth - 1);
        statement(depth - 1);
        out.append("    (br_if ").append(label).append(" (local.tee ").append(slot).append(" (i32.sub (local.get ")
                .append(slot).append(") (i32.const 1))))\n");
        out.append("    )\n");
        loopDepth--;
    }

    private void brTable(int depth) {
        String a = "$x" + labelCount++;
        String b = "$y" + labelCount++;
        out.append("    (block ").append(a).append(" (block ").append(b).append('\n');
        out.append("    (br_table ").append(b).append(' ').append(a).append(' ').append(b).append(' ')
                .append(expr("i32", 2)).append(")\n    )\n");
        statement(depth - 1);
        out.append("    )\n");
    }

    private void callStatement() {
        if (current + 1 >= functions.size()) {
            out.append("    (nop)\n");
            return;
        }
        int callee = current + 1 + random.nextInt(functions.size() - current - 1);
        Func f = functions.get(callee);
        out.append("    ").append(call(callee, f)).append('\n');
        for (int i = 0; i < f.results().size(); i++) {
            out.append("    (drop)\n");
        }
    }

    private String call(int callee, Func f) {
        StringBuilder s = new StringBuilder();
        boolean indirect = chance(30);
        s.append(indirect ? "(call_indirect (type $t" + callee + ")" : "(call $f" + callee);
        for (String p : f.params()) {
            s.append(' ').append(expr(p, 2));
        }
        if (indirect) {
            // Mostly the right slot; sometimes another one (a signature mismatch trap) or out of the table.
            int slot = chance(85) ? callee : random.nextInt(functions.size() + 2);
            s.append(" (i32.const ").append(slot).append(')');
        }
        return s.append(')').toString();
    }

    private String localOf(String t) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < counterBase; i++) {
            if (locals.get(i).equals(t)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        return String.valueOf(candidates.get(random.nextInt(candidates.size())));
    }

    /** An address: usually inside the first page, sometimes anywhere (out of bounds traps). */
    private String address() {
        if (chance(90)) {
            return "(i32.and " + expr("i32", 2) + " (i32.const 65000))";
        }
        return expr("i32", 1);
    }

    /** Canonicalises a NaN so that what is observed does not depend on the NaN payload arithmetic produced. */
    private String observable(String t, String e) {
        if (t.startsWith("f")) {
            return "(call $canon_" + t + " " + e + ")";
        }
        return e;
    }

    private String expr(String t, int depth) {
        if (t.equals("v128")) {
            return vector(depth);
        }
        if (depth <= 0 || chance(25)) {
            return leaf(t);
        }
        if (chance(12)) {
            return chance(50) ? fromVector(t, depth) : fromGc(t, depth);
        }
        int kind = random.nextInt(12);
        switch (kind) {
            case 0, 1, 2 -> {
                return "(" + t + "." + binary(t) + " " + expr(t, depth - 1) + " " + expr(t, depth - 1) + ")";
            }
            case 3 -> {
                return "(" + t + "." + unary(t) + " " + expr(t, depth - 1) + ")";
            }
            case 4 -> {
                return conversion(t, depth);
            }
            case 5 -> {
                return "(select " + expr(t, depth - 1) + " " + expr(t, depth - 1) + " " + expr("i32", depth - 1) + ")";
            }
            case 6 -> {
                return load(t, depth);
            }
            case 7 -> {
                String local = localOf(t);
                return local == null ? leaf(t) : "(local.tee " + local + " " + expr(t, depth - 1) + ")";
            }
            case 8 -> {
                return "(if (result " + t + ") " + expr("i32", depth - 1) + " (then " + expr(t, depth - 1) + ") (else "
                        + expr(t, depth - 1) + "))";
            }
            case 9 -> {
                for (int callee = current + 1; callee < functions.size(); callee++) {
                    Func f = functions.get(callee);
                    if (f.results().size() == 1 && f.results().get(0).equals(t) && chance(60)) {
                        return call(callee, f);
                    }
                }
                return leaf(t);
            }
            case 10 -> {
                if (t.equals("i32")) {
                    String u = TYPES[random.nextInt(4)];
                    String[] cmp = u.startsWith("i") ? new String[] {"eq", "ne", "lt_s", "lt_u", "gt_s", "ge_u", "le_s"}
                            : new String[] {"eq", "ne", "lt", "gt", "le", "ge"};
                    return "(" + u + "." + cmp[random.nextInt(cmp.length)] + " " + expr(u, depth - 1) + " "
                            + expr(u, depth - 1) + ")";
                }
                return "(block (result " + t + ") " + expr(t, depth - 1) + ")";
            }
            default -> {
                return t.equals("i32") && chance(20) ? "(memory.size)" : leaf(t);
            }
        }
    }

    private String leaf(String t) {
        if (t.equals("v128")) {
            return vectorLeaf();
        }
        int k = random.nextInt(4);
        if (k == 0) {
            String local = localOf(t);
            if (local != null) {
                return "(local.get " + local + ")";
            }
        }
        if (k == 1) {
            return "(global.get $g_" + t + ")";
        }
        return "(" + t + ".const " + constant(t) + ")";
    }

    // ---- SIMD ----------------------------------------------------------------------------------------------------

    private static final String[] VECTOR_BINARY = {"v128.and", "v128.or", "v128.xor", "v128.andnot", "i8x16.add",
        "i8x16.sub", "i8x16.add_sat_s", "i8x16.sub_sat_u", "i8x16.min_u", "i8x16.max_s", "i8x16.avgr_u", "i8x16.eq",
        "i8x16.gt_s", "i16x8.add", "i16x8.mul", "i16x8.q15mulr_sat_s", "i16x8.lt_u", "i16x8.max_u",
        "i16x8.extmul_low_i8x16_s", "i16x8.narrow_i32x4_s", "i8x16.narrow_i16x8_u", "i32x4.add", "i32x4.sub",
        "i32x4.mul", "i32x4.min_s", "i32x4.max_u", "i32x4.dot_i16x8_s", "i32x4.ge_s", "i32x4.extmul_high_i16x8_u",
        "i64x2.add", "i64x2.sub", "i64x2.mul", "i64x2.eq", "i64x2.lt_s", "i64x2.extmul_low_i32x4_s", "i8x16.swizzle",
        "i8x16.relaxed_swizzle", "f32x4.add", "f32x4.mul", "f32x4.min", "f32x4.pmax", "f32x4.lt", "f64x2.add",
        "f64x2.div", "f64x2.max", "f64x2.ge", "i16x8.relaxed_q15mulr_s"};
    private static final String[] VECTOR_UNARY = {"v128.not", "i8x16.abs", "i8x16.neg", "i8x16.popcnt", "i16x8.abs",
        "i32x4.neg", "i64x2.abs", "i16x8.extend_high_i8x16_u", "i32x4.extend_low_i16x8_s", "i64x2.extend_high_i32x4_s",
        "i16x8.extadd_pairwise_i8x16_s", "i32x4.extadd_pairwise_i16x8_u", "f32x4.abs", "f32x4.neg", "f32x4.sqrt",
        "f32x4.nearest", "f64x2.ceil", "f64x2.floor", "i32x4.trunc_sat_f32x4_s", "f32x4.convert_i32x4_u",
        "f64x2.convert_low_i32x4_s", "f64x2.promote_low_f32x4", "f32x4.demote_f64x2_zero",
        "i32x4.trunc_sat_f64x2_u_zero", "i32x4.relaxed_trunc_f32x4_s"};
    private static final String[] VECTOR_SHIFT = {"i8x16.shl", "i8x16.shr_s", "i16x8.shr_u", "i32x4.shl",
        "i32x4.shr_s", "i64x2.shl", "i64x2.shr_u"};

    private String vectorLeaf() {
        return switch (random.nextInt(5)) {
            case 0 -> "(v128.const i32x4 " + constant("i32") + " " + constant("i32") + " " + constant("i32") + " "
                    + constant("i32") + ")";
            case 1 -> "(v128.const f64x2 " + constant("f64") + " " + constant("f64") + ")";
            case 2 -> "(i16x8.splat " + leaf("i32") + ")";
            case 3 -> {
                String local = localOf("v128");
                yield local != null ? "(local.get " + local + ")" : "(f32x4.splat " + leaf("f32") + ")";
            }
            default -> "(v128.load offset=" + random.nextInt(32) + " " + address() + ")";
        };
    }

    private String vector(int depth) {
        if (depth <= 0 || chance(20)) {
            return vectorLeaf();
        }
        int d = depth - 1;
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> "(" + VECTOR_BINARY[random.nextInt(VECTOR_BINARY.length)] + " " + vector(d) + " "
                    + vector(d) + ")";
            case 4, 5 -> "(" + VECTOR_UNARY[random.nextInt(VECTOR_UNARY.length)] + " " + vector(d) + ")";
            case 6 -> "(" + VECTOR_SHIFT[random.nextInt(VECTOR_SHIFT.length)] + " " + vector(d) + " " + expr("i32", d)
                    + ")";
            case 7 -> "(v128.bitselect " + vector(d) + " " + vector(d) + " " + vector(d) + ")";
            case 8 -> {
                StringBuilder lanes = new StringBuilder();
                for (int i = 0; i < 16; i++) {
                    lanes.append(' ').append(random.nextInt(32));
                }
                yield "(i8x16.shuffle" + lanes + " " + vector(d) + " " + vector(d) + ")";
            }
            case 9 -> switch (random.nextInt(4)) {
                case 0 -> "(i8x16.replace_lane " + random.nextInt(16) + " " + vector(d) + " " + expr("i32", d) + ")";
                case 1 -> "(i64x2.replace_lane " + random.nextInt(2) + " " + vector(d) + " " + expr("i64", d) + ")";
                case 2 -> "(f32x4.replace_lane " + random.nextInt(4) + " " + vector(d) + " " + expr("f32", d) + ")";
                default -> "(i16x8.replace_lane " + random.nextInt(8) + " " + vector(d) + " " + expr("i32", d) + ")";
            };
            case 10 -> switch (random.nextInt(5)) {
                case 0 -> "(v128.load8x8_s offset=" + random.nextInt(16) + " " + address() + ")";
                case 1 -> "(v128.load32_splat " + address() + ")";
                case 2 -> "(v128.load64_zero " + address() + ")";
                case 3 -> "(v128.load16_lane " + random.nextInt(8) + " " + address() + " " + vector(d) + ")";
                default -> "(v128.load32_zero offset=4 " + address() + ")";
            };
            default -> {
                String local = localOf("v128");
                yield local == null ? vectorLeaf() : "(local.tee " + local + " " + vector(d) + ")";
            }
        };
    }

    /** A scalar out of a vector: lanes (float lanes canonicalised), reductions. */
    private String fromVector(String t, int depth) {
        String v = vector(depth - 1);
        return switch (t) {
            case "i32" -> switch (random.nextInt(6)) {
                case 0 -> "(i8x16.extract_lane_s " + random.nextInt(16) + " " + v + ")";
                case 1 -> "(i16x8.extract_lane_u " + random.nextInt(8) + " " + v + ")";
                case 2 -> "(v128.any_true " + v + ")";
                case 3 -> "(i8x16.bitmask " + v + ")";
                case 4 -> "(i32x4.all_true " + v + ")";
                default -> "(i32x4.extract_lane " + random.nextInt(4) + " " + v + ")";
            };
            case "i64" -> "(i64x2.extract_lane " + random.nextInt(2) + " " + v + ")";
            case "f32" -> "(f32x4.extract_lane " + random.nextInt(4) + " " + v + ")";
            default -> "(f64x2.extract_lane " + random.nextInt(2) + " " + v + ")";
        };
    }

    // ---- GC ------------------------------------------------------------------------------------------------------

    /** A reference in the any hierarchy: a struct, an array, an i31 or null. */
    private String anyRef(int depth) {
        return switch (random.nextInt(5)) {
            case 0 -> "(ref.null any)";
            case 1 -> "(ref.i31 " + expr("i32", depth - 1) + ")";
            case 2 -> "(array.new_default $a (i32.const " + random.nextInt(4) + "))";
            default -> structNew(depth);
        };
    }

    private String structNew(int depth) {
        int d = depth - 1;
        return "(struct.new $s " + expr("i32", d) + " " + expr("i64", d) + " " + expr("f64", d) + " "
                + expr("i32", d) + " " + expr("i32", d) + ")";
    }

    private String fromGc(String t, int depth) {
        int d = depth - 1;
        return switch (t) {
            case "i32" -> switch (random.nextInt(10)) {
                case 0 -> "(struct.get $s 0 " + structNew(d) + ")";
                case 1 -> "(struct.get_s $s 3 " + structNew(d) + ")";
                case 2 -> "(struct.get_u $s 4 " + structNew(d) + ")";
                case 3 -> "(array.get $a (array.new $a " + expr("i32", d) + " (i32.const " + (1 + random.nextInt(4))
                        + ")) (i32.const " + random.nextInt(6) + "))";
                case 4 -> "(array.get_u $a8 (array.new_fixed $a8 3 " + expr("i32", d) + " " + expr("i32", d)
                        + " (i32.const 200)) (i32.const " + random.nextInt(4) + "))";
                case 5 -> "(i31.get_" + (chance(50) ? "s" : "u") + " (ref.i31 " + expr("i32", d) + "))";
                case 6 -> "(ref.test (ref $s) " + anyRef(d) + ")";
                case 7 -> "(ref.eq (ref.i31 " + expr("i32", d) + ") (ref.i31 " + expr("i32", d) + "))";
                case 8 -> "(if (result i32) (ref.is_null (block $c" + labelCount++ + " (result (ref null $s))"
                        + " (drop (br_on_cast $c" + (labelCount - 1) + " anyref (ref $s) " + anyRef(d) + "))"
                        + " (ref.null $s))) (then (i32.const 0)) (else (i32.const 1)))";
                default -> "(array.len (ref.cast (ref $a) " + anyRef(d) + "))";
            };
            case "i64" -> "(struct.get $s 1 (ref.cast (ref null $s) " + anyRef(d) + "))";
            case "f64" -> "(struct.get $s 2 " + structNew(d) + ")";
            default -> "(f32.convert_i32_s (array.len (array.new_default $a8 (i32.const " + random.nextInt(5) + "))))";
        };
    }

    /** Memory and GC side effects: vector stores, struct and array writes read back, a v128 array. */
    private void simdOrGcStatement() {
        switch (random.nextInt(5)) {
            case 0 -> out.append("    (v128.store offset=").append(random.nextInt(32)).append(' ').append(address())
                    .append(' ').append(vector(2)).append(")\n");
            case 1 -> out.append("    (v128.store32_lane ").append(random.nextInt(4)).append(' ').append(address())
                    .append(' ').append(vector(2)).append(")\n");
            case 2 -> {
                int struct = counterBase + 3;
                out.append("    (local.set ").append(struct).append(' ').append(structNew(2)).append(")\n");
                out.append("    (struct.set $s ").append(chance(50) ? 0 : 3).append(" (local.get ").append(struct)
                        .append(") ").append(expr("i32", 2)).append(")\n");
                out.append("    (i32.store (i32.const 64) (i32.add (struct.get $s 0 (local.get ").append(struct)
                        .append(")) (struct.get_s $s 3 (local.get ").append(struct).append("))))\n");
            }
            case 3 -> out.append("    (i64.store (i32.const 72) (i64x2.extract_lane 1 (array.get $av (array.new $av ")
                    .append(vector(2)).append(" (i32.const 2)) (i32.const ").append(random.nextInt(3)).append("))))\n");
            default -> out.append("    (i32.store (i32.const 80) (array.get $a (array.new_fixed $a 2 ")
                    .append(expr("i32", 2)).append(' ').append(expr("i32", 2)).append(") (i32.const ")
                    .append(random.nextInt(3)).append(")))\n");
        }
    }

    // ---- tail calls ------------------------------------------------------------------------------------------

    /** Now and then leaves the function by a tail call to a later function with the same results. */
    private void tailCall(Func f) {
        List<Integer> candidates = new ArrayList<>();
        for (int callee = current + 1; callee < functions.size(); callee++) {
            if (functions.get(callee).results().equals(f.results())) {
                candidates.add(callee);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int callee = candidates.get(random.nextInt(candidates.size()));
        Func g = functions.get(callee);
        StringBuilder args = new StringBuilder();
        for (String p : g.params()) {
            args.append(' ').append(expr(p, 2));
        }
        out.append("    (if ").append(expr("i32", 2)).append(" (then ");
        if (chance(30)) {
            int slot = chance(85) ? callee : random.nextInt(functions.size() + 2);
            out.append("(return_call_indirect (type $t").append(callee).append(')').append(args)
                    .append(" (i32.const ").append(slot).append("))");
        } else {
            out.append("(return_call $f").append(callee).append(args).append(')');
        }
        out.append("))\n");
    }

    private String constant(String t) {
        return switch (t) {
            case "i32" -> String.valueOf(switch (random.nextInt(5)) {
                case 0 -> random.nextInt();
                case 1 -> random.nextInt(3) - 1;
                case 2 -> Integer.MIN_VALUE;
                default -> random.nextInt(100);
            });
            case "i64" -> String.valueOf(switch (random.nextInt(5)) {
                case 0 -> random.nextLong();
                case 1 -> (long) random.nextInt(3) - 1;
                case 2 -> Long.MIN_VALUE;
                default -> (long) random.nextInt(100);
            });
            case "f32" -> switch (random.nextInt(6)) {
                case 0 -> "nan";
                case 1 -> "-inf";
                case 2 -> "-0";
                default -> Float.toHexString(random.nextFloat() * 200 - 100);
            };
            default -> switch (random.nextInt(6)) {
                case 0 -> "nan:0x4000000000001";
                case 1 -> "inf";
                case 2 -> "0x1p63";
                default -> Double.toHexString(random.nextDouble() * 2e10 - 1e10);
            };
        };
    }

    private String binary(String t) {
        String[] ops = t.startsWith("i")
                ? new String[] {"add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and", "or", "xor", "shl",
                    "shr_s", "shr_u", "rotl", "rotr"}
                : new String[] {"add", "sub", "mul", "div", "min", "max", "copysign"};
        return ops[random.nextInt(ops.length)];
    }

    private String unary(String t) {
        String[] ops = t.equals("i32") ? new String[] {"clz", "ctz", "popcnt", "eqz", "extend8_s", "extend16_s"}
                : t.equals("i64") ? new String[] {"clz", "ctz", "popcnt", "extend8_s", "extend16_s", "extend32_s"}
                : new String[] {"abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt"};
        return ops[random.nextInt(ops.length)];
    }

    private String conversion(String t, int depth) {
        return switch (t) {
            case "i32" -> switch (random.nextInt(5)) {
                case 0 -> "(i32.wrap_i64 " + expr("i64", depth - 1) + ")";
                case 1 -> "(i32.trunc_f32_s " + expr("f32", depth - 1) + ")";
                case 2 -> "(i32.trunc_sat_f64_u " + expr("f64", depth - 1) + ")";
                case 3 -> "(i32.reinterpret_f32 " + observable("f32", expr("f32", depth - 1)) + ")";
                default -> "(i32.trunc_f64_u " + expr("f64", depth - 1) + ")";
            };
            case "i64" -> switch (random.nextInt(5)) {
                case 0 -> "(i64.extend_i32_s " + expr("i32", depth - 1) + ")";
                case 1 -> "(i64.extend_i32_u " + expr("i32", depth - 1) + ")";
                case 2 -> "(i64.trunc_f64_s " + expr("f64", depth - 1) + ")";
                case 3 -> "(i64.reinterpret_f64 " + observable("f64", expr("f64", depth - 1)) + ")";
                default -> "(i64.trunc_sat_f32_u " + expr("f32", depth - 1) + ")";
            };
            case "f32" -> switch (random.nextInt(4)) {
                case 0 -> "(f32.convert_i32_u " + expr("i32", depth - 1) + ")";
                case 1 -> "(f32.demote_f64 " + expr("f64", depth - 1) + ")";
                case 2 -> "(f32.convert_i64_u " + expr("i64", depth - 1) + ")";
                default -> "(f32.reinterpret_i32 " + expr("i32", depth - 1) + ")";
            };
            default -> switch (random.nextInt(4)) {
                case 0 -> "(f64.convert_i64_s " + expr("i64", depth - 1) + ")";
                case 1 -> "(f64.promote_f32 " + expr("f32", depth - 1) + ")";
                case 2 -> "(f64.convert_i32_u " + expr("i32", depth - 1) + ")";
                default -> "(f64.reinterpret_i64 " + expr("i64", depth - 1) + ")";
            };
        };
    }

    private String load(String t, int depth) {
        String op = switch (t) {
            case "i32" -> new String[] {"i32.load", "i32.load8_s", "i32.load8_u", "i32.load16_s", "i32.load16_u"}[random.nextInt(5)];
            case "i64" -> new String[] {"i64.load", "i64.load8_u", "i64.load16_s", "i64.load32_s", "i64.load32_u"}[random.nextInt(5)];
            default -> t + ".load";
        };
        return "(" + op + " offset=" + random.nextInt(32) + " " + address() + ")";
    }
}
