package dev.wasmjs.jsapi.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.Imports;
import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.WasmInstance;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.WasmFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code wasm:js-string} functions called from wasm code, in both execution tiers, without JavaScript: the
 * edge cases of the JS API's algorithms (unsigned i32 indices, bounds, surrogates, null handling), with the results
 * node 24 (V8) gives for the same calls.
 */
class StringBuiltinTest {
    /** Imports every builtin under its spec type and exports a wrapper that calls it, plus i16 array helpers. */
    private static final String WAT = """
            (module
              (type $a (array (mut i16)))
              (import "wasm:js-string" "cast" (func $cast (param externref) (result (ref extern))))
              (import "wasm:js-string" "test" (func $test (param externref) (result i32)))
              (import "wasm:js-string" "fromCharCodeArray"
                (func $fromCharCodeArray (param (ref null $a) i32 i32) (result (ref extern))))
              (import "wasm:js-string" "intoCharCodeArray"
                (func $intoCharCodeArray (param externref (ref null $a) i32) (result i32)))
              (import "wasm:js-string" "fromCharCode" (func $fromCharCode (param i32) (result (ref extern))))
              (import "wasm:js-string" "fromCodePoint" (func $fromCodePoint (param i32) (result (ref extern))))
              (import "wasm:js-string" "charCodeAt" (func $charCodeAt (param externref i32) (result i32)))
              (import "wasm:js-string" "codePointAt" (func $codePointAt (param externref i32) (result i32)))
              (import "wasm:js-string" "length" (func $length (param externref) (result i32)))
              (import "wasm:js-string" "concat" (func $concat (param externref externref) (result (ref extern))))
              (import "wasm:js-string" "substring" (func $substring (param externref i32 i32) (result (ref extern))))
              (import "wasm:js-string" "equals" (func $equals (param externref externref) (result i32)))
              (import "wasm:js-string" "compare" (func $compare (param externref externref) (result i32)))
              (global $arr (mut (ref null $a)) (ref.null $a))
              (func (export "newArray") (param i32)
                (global.set $arr (array.new_default $a (local.get 0))))
              (func (export "nullArray") (global.set $arr (ref.null $a)))
              (func (export "arrayGet") (param i32) (result i32) (array.get_u $a (global.get $arr) (local.get 0)))
              (func (export "arraySet") (param i32 i32) (array.set $a (global.get $arr) (local.get 0) (local.get 1)))
              (func (export "cast") (param externref) (result externref) (call $cast (local.get 0)))
              (func (export "test") (param externref) (result i32) (call $test (local.get 0)))
              (func (export "fromCharCodeArray") (param i32 i32) (result externref)
                (call $fromCharCodeArray (global.get $arr) (local.get 0) (local.get 1)))
              (func (export "intoCharCodeArray") (param externref i32) (result i32)
                (call $intoCharCodeArray (local.get 0) (global.get $arr) (local.get 1)))
              (func (export "fromCharCode") (param i32) (result externref) (call $fromCharCode (local.get 0)))
              (func (export "fromCodePoint") (param i32) (result externref) (call $fromCodePoint (local.get 0)))
              (func (export "charCodeAt") (param externref i32) (result i32)
                (call $charCodeAt (local.get 0) (local.get 1)))
              (func (export "codePointAt") (param externref i32) (result i32)
                (call $codePointAt (local.get 0) (local.get 1)))
              (func (export "length") (param externref) (result i32) (call $length (local.get 0)))
              (func (export "concat") (param externref externref) (result externref)
                (call $concat (local.get 0) (local.get 1)))
              (func (export "substring") (param externref i32 i32) (result externref)
                (call $substring (local.get 0) (local.get 1) (local.get 2)))
              (func (export "equals") (param externref externref) (result i32)
                (call $equals (local.get 0) (local.get 1)))
              (func (export "compare") (param externref externref) (result i32)
                (call $compare (local.get 0) (local.get 1)))
              ;; Strings made and consumed inside wasm: the builtins' results feed other builtins.
              (func (export "roundTrip") (param externref) (result i32)
                (local $n i32)
                (local.set $n (call $length (local.get 0)))
                (global.set $arr (array.new_default $a (local.get $n)))
                (drop (call $intoCharCodeArray (local.get 0) (global.get $arr) (i32.const 0)))
                (call $equals (local.get 0)
                  (call $fromCharCodeArray (global.get $arr) (i32.const 0) (local.get $n)))))
            """;

    private static WasmInstance instance(ExecutionMode mode) {
        WasmModule m = WasmModule.fromText(WAT, mode);
        Imports imports = new Imports();
        for (String name : JsStringBuiltins.names()) {
            imports.add(JsStringBuiltins.MODULE, name, JsStringBuiltins.create(name));
        }
        return m.instantiate(imports);
    }

    private static Object call(WasmInstance x, String export, Object... args) {
        return x.call(export, args)[0];
    }

    private static void assertTraps(WasmInstance x, String export, Object... args) {
        Trap t = assertThrows(Trap.class, () -> x.call(export, args), export);
        assertTrue(t.getMessage().startsWith("wasm:js-string " + export), t.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void castAndTestAcceptOnlyStrings(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        String s = new String("same object");
        assertSame(s, call(x, "cast", s));
        assertTraps(x, "cast", (Object) null);
        assertTraps(x, "cast", 42);
        assertEquals(1, call(x, "test", ""));
        assertEquals(0, call(x, "test", (Object) null));
        assertEquals(0, call(x, "test", new Object()));
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void fromCharCodeArrayTakesUnitsStartToEndWithUnsignedBounds(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        x.call("newArray", 5);
        for (int i = 0; i < 5; i++) {
            x.call("arraySet", i, 'a' + i);
        }
        x.call("arraySet", 4, 0xD800);
        assertEquals("bcd", call(x, "fromCharCodeArray", 1, 4));
        assertEquals("\uD800", call(x, "fromCharCodeArray", 4, 5));
        assertEquals("", call(x, "fromCharCodeArray", 5, 5));
        assertTraps(x, "fromCharCodeArray", 3, 2);
        assertTraps(x, "fromCharCodeArray", 0, 6);
        assertTraps(x, "fromCharCodeArray", -1, 2);
        x.call("nullArray");
        assertTraps(x, "fromCharCodeArray", 0, 0);
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void intoCharCodeArrayChecksTheArrayFirstThenTheRangeBeforeWriting(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        x.call("nullArray");
        assertTraps(x, "intoCharCodeArray", 5, 0);  // a null array traps before the non-string is looked at
        x.call("newArray", 5);
        assertEquals(2, call(x, "intoCharCodeArray", "xy", 3));
        assertEquals((int) 'x', call(x, "arrayGet", 3));
        assertEquals((int) 'y', call(x, "arrayGet", 4));
        assertTraps(x, "intoCharCodeArray", "zz", 4);
        assertEquals((int) 'y', call(x, "arrayGet", 4), "nothing written when the range does not fit");
        assertTraps(x, "intoCharCodeArray", "", -1);
        assertEquals(0, call(x, "intoCharCodeArray", "", 5));
        assertTraps(x, "intoCharCodeArray", 5, 0);
        assertEquals(1, call(x, "roundTrip", "a\uD800\uDE00\uDC00b"));
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void fromCharCodeAndFromCodePoint(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        assertEquals("A", call(x, "fromCharCode", 0x10041));
        assertEquals("\uFFFF", call(x, "fromCharCode", -1));
        assertEquals("\uD800", call(x, "fromCodePoint", 0xD800));
        assertEquals("\uDBFF\uDFFF", call(x, "fromCodePoint", 0x10FFFF));
        assertTraps(x, "fromCodePoint", 0x110000);
        assertTraps(x, "fromCodePoint", -1);
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void charCodeAtCodePointAtAndLength(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        String emoji = "\uD83D\uDE00";
        assertEquals(2, call(x, "length", emoji));
        assertEquals(0x1F600, call(x, "codePointAt", emoji, 0));
        assertEquals(0xDE00, call(x, "codePointAt", emoji, 1));
        assertEquals(0xD800, call(x, "codePointAt", "a\uD800", 1));
        assertEquals(0xD83D, call(x, "charCodeAt", emoji, 0));
        assertTraps(x, "charCodeAt", "abc", 3);
        assertTraps(x, "charCodeAt", "abc", -1);
        assertTraps(x, "codePointAt", "abc", 3);
        assertTraps(x, "length", (Object) null);
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void substringClampsTheEndAndIsEmptyForCrossedOrLateStarts(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        assertEquals("ello", call(x, "substring", "hello", 1, 10));
        assertEquals("ello", call(x, "substring", "hello", 1, -1));  // end 2^32 - 1
        assertEquals("", call(x, "substring", "hello", 4, 2));
        assertEquals("", call(x, "substring", "hello", 6, 7));
        assertEquals("", call(x, "substring", "hello", -1, 2));
        assertEquals("", call(x, "substring", "hello", 5, 5));
        assertTraps(x, "substring", 1, 0, 0);
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionMode.class, names = {"INTERPRET", "COMPILE"})
    void concatEqualsAndCompareWorkOnCodeUnits(ExecutionMode mode) {
        WasmInstance x = instance(mode);
        assertEquals("\uD83D\uDE00", call(x, "concat", "\uD83D", "\uDE00"));
        assertTraps(x, "concat", "a", null);
        assertEquals(1, call(x, "equals", null, null));
        assertEquals(0, call(x, "equals", null, "a"));
        assertEquals(1, call(x, "equals", "ab", new String("ab")));
        assertTraps(x, "equals", "a", 1);
        // By code units, as JS's < : a supplementary character (lead surrogate first) sorts below U+FFFF.
        assertEquals(-1, call(x, "compare", "\uD800\uDC00", "\uFFFF"));
        assertEquals(-1, call(x, "compare", "ab", "abc"));
        assertEquals(0, call(x, "compare", "", ""));
        assertEquals(1, call(x, "compare", "b", "a"));
        assertTraps(x, "compare", null, null);
    }

    @Test
    void eachCreatedBuiltinIsANewFunctionOfTheCanonicalType() {
        WasmFunction a = JsStringBuiltins.create("length");
        WasmFunction b = JsStringBuiltins.create("length");
        assertNotSame(a, b);
        assertSame(JsStringBuiltins.type("length"), a.type());
        assertSame(a.type(), b.type());
        assertEquals("wasm:js-string length", a.debugName());
        assertNull(JsStringBuiltins.type("toUpperCase"));
        assertThrows(IllegalArgumentException.class, () -> JsStringBuiltins.create("toUpperCase"));
    }
}
