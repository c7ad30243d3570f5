package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One JS object per engine object: functions, memories, tables, globals, tags and exceptions. */
class IdentityTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        js.module("bytes", """
                (module
                  (func $f (export "f") (export "alias") (param i32) (result i32) local.get 0)
                  (table (export "table") 2 funcref)
                  (elem (i32.const 0) $f)
                  (memory (export "memory") 1)
                  (global (export "global") (mut i32) (i32.const 7))
                  (tag (export "tag") (param i32))
                  (func (export "tableGet") (param i32) (result funcref) local.get 0 table.get 0)
                  (func (export "refFunc") (result funcref) ref.func $f))
                """);
        js.module("reexport", """
                (module
                  (import "m" "f" (func $f (param i32) (result i32)))
                  (import "m" "memory" (memory 1))
                  (import "m" "table" (table 2 funcref))
                  (import "m" "global" (global (mut i32)))
                  (import "m" "tag" (tag (param i32)))
                  (export "f" (func $f)) (export "memory" (memory 0)) (export "table" (table 0))
                  (export "global" (global 0)) (export "tag" (tag 0)))
                """);
        js.eval("""
                var a = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
                var b = new WebAssembly.Instance(new WebAssembly.Module(reexport), { m: a }).exports;
                """);
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void exportedFunctionsAreTheSameObjectWhereverTheyAppear() {
        assertEquals("true true true true true", js.str(
                "return [a.f === a.alias, b.f === a.f, a.table.get(0) === a.f, a.tableGet(0) === a.f, a.refFunc() === a.f].join(' ')"));
        assertEquals("function 0 1 true", js.str(
                "return [typeof a.f, a.f.name, a.f.length, Object.getPrototypeOf(a.f) === Function.prototype].join(' ')"));
    }

    @Test
    void memoriesTablesGlobalsAndTagsKeepTheirObject() {
        assertEquals("true true true true", js.str(
                "return [b.memory === a.memory, b.table === a.table, b.global === a.global, b.tag === a.tag].join(' ')"));
        js.eval("var mine = new WebAssembly.Memory({ initial: 1 });");
        js.module("importsMemory", "(module (import \"m\" \"mem\" (memory 1)) (export \"mem\" (memory 0)))");
        assertEquals("true", js.str("return new WebAssembly.Instance(new WebAssembly.Module(importsMemory), { m: { mem: mine } }).exports.mem === mine"));
    }

    @Test
    void tableSetThenGetReturnsTheSameFunction() {
        assertEquals("true null", js.str("a.table.set(1, b.f); const r = a.table.get(1) === a.f; a.table.set(1, null);"
                + " return r + ' ' + a.table.get(1)"));
    }

    @Test
    void exceptionsKeepTheirIdentityThroughWasm() {
        js.module("rethrow", """
                (module
                  (import "js" "thrower" (func $thrower))
                  (func (export "run")
                    (block $h (result exnref)
                      (try_table (catch_all_ref $h) (call $thrower))
                      (return))
                    throw_ref))
                """);
        js.eval("""
                var tag = new WebAssembly.Tag({ parameters: ['i32'] });
                var exception = new WebAssembly.Exception(tag, [42]);
                var r = new WebAssembly.Instance(new WebAssembly.Module(rethrow), { js: { thrower() { throw exception; } } }).exports;
                """);
        assertEquals("true 42", js.str("try { r.run(); } catch (x) { return (x === exception) + ' ' + x.getArg(tag, 0); }"));
    }
}
