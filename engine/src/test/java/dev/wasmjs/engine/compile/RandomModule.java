package dev.wasmjs.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random valid modules (as WAT) for differential testing of the execution tiers: a few functions over
 * i32/i64/f32/f64 with locals, globals, a memory, a table for {@code call_indirect}, nested blocks, bounded loops,
 * branches ({@code br_if}, {@code br_table}), calls (only to later functions, so every run terminates), and
 * instructions that trap (division, conversions, out-of-bounds accesses).
 *
 * <p>Float values reaching something observable (a store, a global, a reinterpretation, a result) pass through
 * a NaN canonicalisation, because wasm lets the payload of a NaN produced by arithmetic differ between
 * executions; everything else must agree bit for bit.
 */
final class RandomModule {
    static final String[] TYPES = {"i32", "i64", "f32", "f64"};

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
                params.add(type());
            }
            List<String> results = new ArrayList<>();
            for (int r = random.nextInt(10) == 0 ? 2 : random.nextInt(2); r > 0; r--) {
                results.add(type());
            }
            functions.add(new Func(params, results));
        }
    }

    private String type() {
        return TYPES[random.nextInt(4)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String wat() {
        out = new StringBuilder("(module\n  (memory (export \"mem\") 1 4)\n");
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
        int declared = random.nextInt(4);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < declared; i++) {
            extra.add(type());
        }
        // Loop counters: one i32 per possible nesting level.
        for (int i = 0; i < 3; i++) {
            extra.add("i32");
        }
        int counterBase = locals.size() + declared;
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
        for (String r : f.results()) {
            out.append("    ").append(observable(r, expr(r, 4))).append('\n');
        }
        out.append("  )\n");
    }

    private int counterBase;

    private void statement(int depth) {
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
        if (depth <= 0 || chance(25)) {
            return leaf(t);
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
