package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exact encodings of small modules, checked by hand against the binary format. */
class WatEncodingTest {
    private static void assertContains(String hex, String expected) {
        assertTrue(hex.contains(expected), () -> "expected <" + expected + "> in\n" + hex);
    }

    @Test
    void emptyModule() {
        assertEquals(Hex.HEADER, Hex.wat("(module)"));
        assertEquals(Hex.HEADER, Hex.wat("(module $m)"));
        assertEquals(Hex.HEADER, Hex.wat(""));
        assertEquals(Hex.HEADER, Hex.wat(";; nothing\n(@custom \"x\") (;;)"));
    }

    @Test
    void addFunction() {
        String expected = Hex.module(
                "01 07 01 60 02 7f 7f 01 7f",
                "03 02 01 00",
                "07 07 01 03 61 64 64 00 00",
                "0a 09 01 07 00 20 00 20 01 6a 0b");
        assertEquals(expected, Hex.wat(
                "(module (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"));
        assertEquals(expected, Hex.wat(
                "(func $add (export \"add\") (param $a i32) (param $b i32) (result i32) local.get $a local.get $b i32.add)"));
    }

    @Test
    void implicitTypesReuseFinalSingletonsAndAppendOthers() {
        String expected = Hex.module(
                "01 11 04 60 01 7f 00 60 00 00 50 00 60 00 00 60 00 01 7e",
                "03 04 03 00 01 03",
                "0a 0c 03 02 00 0b 02 00 0b 04 00 42 00 0b");
        assertEquals(expected, Hex.wat("""
                (module
                  (type $a (func (param i32)))
                  (rec (type $b (func)))
                  (type $c (sub (func)))
                  (func (param i32))
                  (func)
                  (func (result i64) (i64.const 0)))
                """));
    }

    @Test
    void localsAreGroupedIntoRuns() {
        assertContains(Hex.wat("(func (local i32 i32) (local $x i64) (local f32 i32))"),
                "0a 0c 01 0a 04 02 7f 01 7e 01 7d 01 7f 0b");
    }

    @Test
    void memargWithMemoryIndexSetsFlagBit6() {
        String hex = Hex.wat("""
                (module (memory 1) (memory $m 1)
                  (func (result i32) (i32.load $m offset=4 align=2 (i32.const 0)))
                  (func (result i64) (i64.load (i32.const 0)))
                  (func (i64.store16 0 offset=0x10 (i32.const 0) (i64.const 0))))
                """);
        assertContains(hex, "41 00 28 41 01 04 0b");
        assertContains(hex, "41 00 29 03 00 0b");
        assertContains(hex, "41 00 42 00 3d 01 10 0b");
    }

    @Test
    void elementSegmentsUseAllEightEncodings() {
        String hex = Hex.wat("""
                (module (table $t 1 funcref) (table $u 1 funcref) (func $f)
                  (elem (i32.const 0) $f)
                  (elem func $f)
                  (elem (table $u) (i32.const 0) func $f)
                  (elem declare func $f)
                  (elem (offset (i32.const 0)) funcref (ref.null func))
                  (elem funcref (ref.func $f))
                  (elem (table $u) (i32.const 0) funcref (item ref.func $f))
                  (elem declare funcref (ref.func $f)))
                """);
        assertContains(hex, "09 35 08 00 41 00 0b 01 00 01 00 01 00 02 01 41 00 0b 00 01 00 03 00 01 00"
                + " 04 41 00 0b 01 d0 70 0b 05 70 01 d2 00 0b 06 01 41 00 0b 70 01 d2 00 0b 07 70 01 d2 00 0b");
    }

    @Test
    void inlineTableElementsSizeTheTable() {
        String hex = Hex.wat("(module (func $f) (table $t funcref (elem $f $f)))");
        assertContains(hex, "04 05 01 70 01 02 02");
        assertContains(hex, "09 08 01 00 41 00 0b 02 00 00");
        // Table64 uses an i64 offset and i64 limits.
        assertContains(Hex.wat("(module (func $f) (table i64 funcref (elem $f)))"), "04 05 01 70 05 01 01");
        assertContains(Hex.wat("(module (func $f) (table i64 funcref (elem $f)))"), "00 42 00 0b 01 00");
    }

    @Test
    void dataSegmentsAndDataCount() {
        String expected = Hex.module(
                "01 04 01 60 00 00",
                "03 02 01 00",
                "05 03 01 00 01",
                "0c 01 02",
                "0a 07 01 05 00 fc 09 01 0b",
                "0b 0b 02 00 41 08 0b 02 68 69 01 01 78");
        assertEquals(expected, Hex.wat("(module (memory 1) (data (i32.const 8) \"h\" \"i\") (data $p \"x\") (func (data.drop $p)))"));
        // No data count section when no code refers to data segments.
        assertEquals(Hex.module("05 03 01 00 01", "0b 07 01 00 41 00 0b 01 61"),
                Hex.wat("(memory 1) (data (i32.const 0) \"a\")"));
    }

    @Test
    void inlineMemoryData() {
        assertEquals(Hex.module("05 04 01 01 01 01", "0b 09 01 00 41 00 0b 03 61 62 63"),
                Hex.wat("(memory (data \"abc\"))"));
        assertContains(Hex.wat("(memory i64 (data \"\"))"), "05 04 01 05 00 00");
    }

    @Test
    void gcTypesAndFieldNames() {
        String expected = Hex.module(
                "01 13 03 50 00 5f 02 7f 00 63 00 01 5e 78 01 60 01 64 00 01 7f",
                "03 02 01 02",
                "0a 0a 01 08 00 20 00 fb 02 00 00 0b");
        assertEquals(expected, Hex.wat("""
                (module
                  (rec (type $node (sub (struct (field $val i32) (field $next (mut (ref null $node)))))))
                  (type $arr (array (mut i8)))
                  (func (param (ref $node)) (result i32) (struct.get $node $val (local.get 0))))
                """));
    }

    @Test
    void recGroupsAndSubtypes() {
        assertContains(Hex.wat("""
                (rec (type $a (sub (struct))) (type $b (sub final $a (struct (field i32)))))
                (rec)
                """), "01 10 02 4e 02 50 00 5f 00 4f 01 00 5f 01 7f 00 4e 00");
    }

    @Test
    void castsAndBranchesOnCasts() {
        String hex = Hex.wat("""
                (type $s (struct))
                (func (param anyref) (result anyref)
                  (block $l (result anyref)
                    (br_on_cast $l anyref (ref null $s) (local.get 0))
                    (br_on_cast_fail $l (ref any) (ref $s))
                    (drop (ref.test (ref $s) (local.get 0)))
                    (drop (ref.cast i31ref (local.get 0)))))
                """);
        assertContains(hex, "20 00 fb 18 03 00 6e 00 fb 19 00 00 6e 00");
        assertContains(hex, "20 00 fb 14 00 1a 20 00 fb 17 6c 1a");
    }

    @Test
    void vectorConstantsAndLanes() {
        assertContains(Hex.wat("(func (result v128) (v128.const i16x8 1 2 3 4 5 6 7 -1))"),
                "fd 0c 01 00 02 00 03 00 04 00 05 00 06 00 07 00 ff ff 0b");
        assertContains(Hex.wat("(func (result v128) (v128.const f32x4 1 -0 inf nan))"),
                "fd 0c 00 00 80 3f 00 00 00 80 00 00 80 7f 00 00 c0 7f 0b");
        assertContains(Hex.wat("(func (result i32) (i8x16.extract_lane_u 15 (v128.const i64x2 0 -1)))"),
                "fd 16 0f 0b");
        assertContains(Hex.wat("(memory 1) (func (param v128) (result v128) (v128.load16_lane 1 (i32.const 0) (local.get 0)))"),
                "fd 55 01 00 01 0b");
        assertContains(Hex.wat("(memory 1) (memory 1) (func (param v128) (result v128) (v128.load16_lane 1 1 (i32.const 0) (local.get 0)))"),
                "fd 55 41 01 00 01 0b");
        assertContains(Hex.wat("(func (result v128) (f32x4.relaxed_madd (v128.const i64x2 0 0) (v128.const i64x2 0 0) (v128.const i64x2 0 0)))"),
                "fd 85 02 0b");
    }

    @Test
    void labelsResolveInnermostFirst() {
        assertContains(Hex.wat("(func (block $a (block $b (br $a) (br $b) (br 1))))"),
                "02 40 02 40 0c 01 0c 00 0c 01 0b 0b");
        assertContains(Hex.wat("(func block $l loop $l br $l end br $l end)"), "02 40 03 40 0c 00 0b 0c 00 0b");
        assertContains(Hex.wat("(func (param i32) (if $x (local.get 0) (then (br $x)) (else (br_if $x (i32.const 1)))))"),
                "20 00 04 40 0c 00 05 41 01 0d 00 0b");
    }

    @Test
    void blockTypes() {
        String hex = Hex.wat("""
                (type $t (func (param i32) (result i32)))
                (func (result i32) (block (result i32) (i32.const 1)))
                (func (result i32) (i32.const 1) (block (type $t)))
                (func (result i32 i32) (block (result i32 i32) (i32.const 1) (i32.const 2)))
                """);
        assertContains(hex, "02 7f 41 01 0b");
        assertContains(hex, "41 01 02 00 0b");
        // [] -> [i32 i32] becomes type 2 for the third function, and the block reuses it.
        assertContains(hex, "02 02 41 01 41 02 0b");
    }

    @Test
    void exceptions() {
        String hex = Hex.wat("""
                (tag $e (param i32))
                (func (result i32)
                  (block $h (result i32)
                    (try_table (catch $e $h) (catch_all $h) (throw $e (i32.const 1)))
                    (i32.const 0)))
                (func (try $t (do (try (do) (delegate $t))) (catch_all)))
                (func try catch $e drop catch_all end)
                """);
        assertContains(hex, "0d 03 01 00 00"); // tag section: tag 0 of type 0
        assertContains(hex, "02 7f 1f 40 02 00 00 00 02 00 41 01 08 00 0b 41 00 0b");
        assertContains(hex, "06 40 06 40 18 00 19 0b");
        assertContains(hex, "06 40 07 00 1a 19 0b");
    }

    @Test
    void selectWithAndWithoutTypes() {
        String hex = Hex.wat("(func (result i32) (select (i32.const 1) (i32.const 2) (i32.const 0)))"
                + "(func (result i32) (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)))");
        assertContains(hex, "41 00 1b 0b");
        assertContains(hex, "41 00 1c 01 7f 0b");
    }

    @Test
    void tablesMemoriesAndGlobals() {
        String hex = Hex.wat("""
                (import "m" "f" (func $imp (param i32)))
                (import "m" "g" (global $g (mut i64)))
                (table $t 1 2 externref)
                (table $r 0 (ref null func) (ref.null func))
                (memory i64 1 0x1_0000)
                (global $x (export "x") (mut f32) (f32.const 1.5))
                (func (table.copy $r $t (i32.const 0) (i32.const 0) (i32.const 0)) (call $imp (global.get $g)))
                """);
        assertContains(hex, "02 0e 02 01 6d 01 66 00 00 01 6d 01 67 03 7e 01");
        assertContains(hex, "04 0d 02 6f 01 01 02 40 00 70 00 00 d0 70 0b");
        assertContains(hex, "05 06 01 05 01 80 80 04");
        assertContains(hex, "06 09 01 7d 01 43 00 00 c0 3f 0b");
        assertContains(hex, "07 05 01 01 78 03 01");
        assertContains(hex, "fc 0e 01 00");
    }

    @Test
    void typedFunctionReferencesAndTailCalls() {
        String hex = Hex.wat("""
                (type $f (func (result i32)))
                (func $g (type $f) (i32.const 1))
                (elem declare func $g)
                (func (result i32) (call_ref $f (ref.func $g)))
                (func (result i32) (return_call_ref $f (ref.as_non_null (ref.func $g))))
                (func (result i32) (return_call $g))
                """);
        assertContains(hex, "d2 00 14 00 0b");
        assertContains(hex, "d2 00 d4 15 00 0b");
        assertContains(hex, "12 00 0b");
    }

    @Test
    void startExportsAndTagsInline() {
        String hex = Hex.wat("(func $s) (start $s) (tag (export \"t\") (param i32))");
        assertContains(hex, "08 01 00");
        assertContains(hex, "07 05 01 01 74 04 00");
    }
}
