package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Malformed text: the error message and where it is reported. */
class WatErrorTest {
    private static TextFormatException error(String wat) {
        return assertThrows(TextFormatException.class, () -> Wat.toBinary(wat));
    }

    private static void assertError(String wat, String message) {
        TextFormatException e = error(wat);
        assertTrue(e.getMessage().contains(message), () -> "expected \"" + message + "\" but got: " + e.getMessage());
    }

    @Test
    void reportsLineAndColumn() {
        TextFormatException e = error("(module\n  (func\n    (i32.bogus)))");
        assertEquals(3, e.line());
        assertEquals(6, e.column());
        assertEquals("3:6: unknown operator", e.getMessage());
    }

    @Test
    void unknownAndDuplicateIdentifiers() {
        assertError("(func (call $nope))", "unknown func $nope");
        assertError("(func $f) (func $f)", "duplicate func $f");
        assertError("(func (param $x i32) (local $x i32))", "duplicate local $x");
        assertError("(func (local.get $y))", "unknown local $y");
        assertError("(func (br $l))", "unknown label $l");
        assertError("(type $t (func)) (type $t (func))", "duplicate type $t");
        assertError("(func (type $t))", "unknown type $t");
        assertError("(global $g i32 (i32.const 0)) (global $g i32 (i32.const 0))", "duplicate global $g");
        assertError("(type $s (struct (field $a i32) (field $a i32)))", "duplicate field $a");
        assertError("(type $s (struct (field $a i32))) (func (param (ref $s)) (drop (struct.get $s $b (local.get 0))))",
                "unknown field $b");
    }

    @Test
    void numericIndicesAreNotCheckedHere() {
        Wat.toBinary("(func (call 7) (drop (global.get 3)) (local.get 9) (br 4))");
    }

    @Test
    void literalErrors() {
        assertError("(func (drop (i32.const 4294967296)))", "constant out of range");
        assertError("(func (drop (f32.const 1e39)))", "constant out of range");
        assertError("(func (drop (i32.const 0x)))", "unknown operator");
        assertError("(func (drop (i32.const)))", "unexpected token");
        assertError("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))", "alignment must be a power of two");
        assertError("(func (drop (i32.const0)))", "unknown operator");
        assertError("(func br 0drop)", "unknown operator");
    }

    @Test
    void blockLabelsMustMatch() {
        assertError("(func block $a end $b)", "mismatching label");
        assertError("(func block end $a)", "mismatching label");
        assertError("(func (param i32) local.get 0 if $a else $b end)", "mismatching label");
        Wat.toBinary("(func block $a end $a)");
    }

    @Test
    void typeUsesMustAgreeWithTheirType() {
        assertError("(type $t (func (param i32))) (func (type $t) (param i64))", "inline function type");
        assertError("(type $t (func (param i32))) (func (type $t) (param i32) (result i32) (i32.const 0))",
                "inline function type");
        Wat.toBinary("(type $t (func (param i32))) (func (type $t) (param $x i32) (local.get $x) (drop))");
        // Without inline parameters, locals are numbered after the type's parameters.
        assertEquals(Hex.wat("(type $t (func (param i32))) (func (type $t) (param i32) (local $y i64) (local.get 1) (drop))"),
                Hex.wat("(type $t (func (param i32))) (func (type $t) (local $y i64) (local.get $y) (drop))"));
    }

    @Test
    void importsMustComeFirst() {
        assertError("(func) (import \"m\" \"f\" (func))", "import after function");
        assertError("(global i32 (i32.const 0)) (import \"m\" \"t\" (table 1 funcref))", "import after global");
        assertError("(memory 1) (func (import \"m\" \"f\"))", "import after memory");
    }

    @Test
    void lexicalErrors() {
        assertError("(func \"unclosed", "unclosed string");
        assertError("(module (; comment", "unclosed comment");
        assertError("(@a (b)", "unclosed annotation");
        assertError("(@ a)", "empty annotation id");
        assertError("(func $)", "empty identifier");
        assertError("(func $\"\")", "empty identifier");
        assertError("(func) \u00e9", "illegal character");
        assertError("(func (export \"\\ff\"))", "malformed UTF-8 encoding");
        assertError("(data \"\\u{d800}\")", "malformed UTF-8 encoding");
        assertError("(func))", "unexpected token");
        assertError("(func", "unexpected end");
        assertError("(func \"a\"b)", "unknown operator");
    }

    @Test
    void commentsAnnotationsAndQuotedIds() {
        assertEquals(Hex.wat("(func $f (export \"f\") nop)"),
                Hex.wat("((@a x) func (@b) $\"f\" (; c (; nested ;) ;) (export \"\\66\") ;; line\n nop)"));
        assertEquals(Hex.wat("(func $f) (func (call $f))"), Hex.wat("(func $\"f\") (func (call $f))"));
    }

    @Test
    void miscellaneousStructure() {
        assertError("(start 0) (start 0) (func)", "multiple start sections");
        assertError("(func (then))", "unknown operator");
        assertError("(func (i32.add nop end))", "unexpected token");
        assertError("(func (block (param $x i32)))", "unexpected token");
        assertError("(module (func)) (func)", "unexpected token");
        assertError("(bogus)", "unknown operator");
    }
}
