package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JS String Builtins as JS sees them: the WebAssemblyCompileOptions conversions, which imports the options provide
 * (and so are neither listed by Module.imports() nor read from the import object), the CompileErrors of mistyped
 * builtin and string constant imports, and the builtins as Exported Functions. The builtins' own semantics are in
 * {@code builtins.StringBuiltinTest}. Where V8 and the spec differ, the comment says which one is followed.
 */
class JsStringBuiltinsTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        js.module("uses", """
                (module
                  (import "wasm:js-string" "length" (func $length (param externref) (result i32)))
                  (import "wasm:js-string" "fromCharCode" (func $fromCharCode (param i32) (result (ref extern))))
                  (import "wasm:js-string" "cast" (func $cast (param externref) (result (ref extern))))
                  (import "wasm:js-string" "cast" (func $cast2 (param externref) (result (ref extern))))
                  (import "strings" "hello \\u{1F600}" (global $hello (ref extern)))
                  (export "fromCharCode" (func $fromCharCode))
                  (export "cast" (func $cast))
                  (export "cast2" (func $cast2))
                  (export "hello" (global $hello))
                  (func (export "helloLength") (result i32) (call $length (global.get $hello))))
                """);
        js.module("extra", """
                (module
                  (import "wasm:js-string" "length" (func $length (param externref) (result i32)))
                  (import "wasm:js-string" "notABuiltin" (func $other (result i32)))
                  (func (export "both") (param externref) (result i32)
                    (i32.add (call $length (local.get 0)) (call $other))))
                """);
        js.eval("var opts = { builtins: ['js-string'], importedStringConstants: 'strings' };");
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void providedImportsAreNotListedAndNeedNoImportObject() {
        assertEquals("0", js.str("return WebAssembly.Module.imports(new WebAssembly.Module(uses, opts)).length"));
        assertEquals("wasm:js-string notABuiltin function", js.str(
                "const [i] = WebAssembly.Module.imports(new WebAssembly.Module(extra, opts));"
                        + " return [i.module, i.name, i.kind].join(' ')"));
        // V8 and JavaScriptCore instantiate without an import object when nothing is read from it; the spec's test
        // of the module's imports predates builtins (WebAssembly/spec#2102).
        assertEquals("8", js.str("return new WebAssembly.Instance(new WebAssembly.Module(uses, opts)).exports.helloLength()"));
        assertEquals("hello \uD83D\uDE00", js.async("const { instance } = await WebAssembly.instantiate(uses, undefined, opts);"
                + " return instance.exports.hello.value"));
        assertEquals("TypeError", js.str("try { new WebAssembly.Instance(new WebAssembly.Module(extra, opts)); }"
                + " catch (e) { return e.name; }"));
    }

    @Test
    void theImportObjectIsReadOnlyForImportsTheOptionsDoNotProvide() {
        assertEquals("45 wasm:js-string", js.str("""
                const read = [];
                const imports = new Proxy({}, { get(t, module) {
                  read.push(module);
                  return { notABuiltin: () => 42, length: () => { throw new Error('not the builtin'); } };
                } });
                const x = new WebAssembly.Instance(new WebAssembly.Module(extra, opts), imports).exports;
                return x.both('abc') + ' ' + read.join(',');
                """));
        // Without the option the same imports are ordinary ones.
        assertEquals("142", js.str("return new WebAssembly.Instance(new WebAssembly.Module(extra),"
                + " { 'wasm:js-string': { length: () => 100, notABuiltin: () => 42 } }).exports.both('abc')"));
    }

    @Test
    void builtinsAreExportedFunctionsOfTheirInstance() {
        js.eval("var m = new WebAssembly.Module(uses, opts);"
                + " var a = new WebAssembly.Instance(m).exports, b = new WebAssembly.Instance(m).exports;");
        // One function per builtin and instance, whatever the number of imports naming it (the spec's import
        // object has one property per builtin; V8 makes one function per import), named by its first index.
        assertEquals("1 2 1 true false", js.str(
                "return [a.fromCharCode.name, a.cast.name, a.cast.length, a.cast === a.cast2, a.cast === b.cast].join(' ')"));
        // Called from JS, arguments go through ToWebAssemblyValue; a non-string still traps.
        assertEquals("A", js.str("return a.fromCharCode('65')"));
        assertEquals("RuntimeError", js.str("try { a.cast(5); } catch (e) { return e.constructor.name; }"));
        assertEquals("true", js.str("const s = 'q' + Math.random(); return a.cast(s) === s"));
    }

    @Test
    void stringConstantsAreImmutableExternGlobalsHoldingTheirName() {
        String[][] modules = {
            {"ref", "'", "(ref extern)"}, {"externref", "'", "externref"}, {"mutable", "'", "(mut externref)"},
            {"anyref", "'", "anyref"}, {"i32", "'", "i32"}, {"replacement", "\uFFFD", "externref"}};
        for (String[] m : modules) {
            js.module(m[0], "(module (import \"" + m[1] + "\" \"\u03BB\" (global " + m[2] + ")) (export \"g\" (global 0)))");
        }
        js.eval("var quote = { importedStringConstants: \"'\" };");
        assertEquals("\u03BB \u03BB false", js.str("""
                const m = new WebAssembly.Module(ref, quote);
                const g = new WebAssembly.Instance(m, {}).exports.g;
                const other = new WebAssembly.Instance(new WebAssembly.Module(externref, quote), {}).exports.g;
                return [g.value, other.value, g === new WebAssembly.Instance(m, {}).exports.g].join(' ');
                """));
        assertEquals("CompileError CompileError false", js.str("""
                const errors = [mutable, anyref].map(bytes => {
                  try { new WebAssembly.Module(bytes, quote); return 'compiled'; } catch (e) { return e.constructor.name; }
                });
                return [...errors, WebAssembly.validate(i32, quote)].join(' ');
                """));
        // importedStringConstants is a USVString: a lone surrogate becomes U+FFFD, which a module name can hold.
        // (V8 compares the unconverted string and so finds no string constant here.)
        assertEquals("0", js.str("return WebAssembly.Module.imports("
                + "new WebAssembly.Module(replacement, { importedStringConstants: '\\uD800' })).length"));
    }

    @Test
    void mistypedBuiltinImportsAreCompileErrors() {
        js.module("wrongType", "(module (import \"wasm:js-string\" \"length\" (func (param i32) (result i32))))");
        js.module("recGroup", """
                (module
                  (rec (type $f (func (param externref) (result i32))) (type (struct)))
                  (import "wasm:js-string" "length" (func (type $f))))
                """);
        js.module("global", "(module (import \"wasm:js-string\" \"length\" (global i32)))");
        js.module("supertypeResult", "(module (import \"wasm:js-string\" \"cast\" (func (param externref) (result externref))))");
        for (String module : new String[] {"wrongType", "recGroup", "global", "supertypeResult"}) {
            assertEquals("false CompileError true", js.str("let e; try { new WebAssembly.Module(" + module + ", opts); }"
                    + " catch (x) { e = x.constructor.name; }"
                    + " return [WebAssembly.validate(" + module + ", opts), e, WebAssembly.validate(" + module + ")].join(' ')"),
                    module);
        }
        String message = js.str("try { new WebAssembly.Module(wrongType, opts); } catch (e) { return e.message; }");
        assertTrue(message.contains("import #0 \"wasm:js-string\" \"length\""), message);
    }

    @Test
    void compileOptionsAreConvertedAsTheWebIdlDictionary() {
        // The spec rejects repeated set names (V8 accepts them) and ignores unknown ones.
        assertEquals("false CompileError true", js.str("let e; try { new WebAssembly.Module(uses, { builtins: ['js-string', 'js-string'],"
                + " importedStringConstants: 'strings' }); } catch (x) { e = x.constructor.name; }"
                + " return [WebAssembly.validate(uses, { builtins: ['js-string', 'js-string'] }), e,"
                + " WebAssembly.validate(extra, { builtins: ['js-string', 'js-string-2'] })].join(' ')"));
        // Any iterable of strings is a sequence<USVString>; a string, null or a non-object dictionary is a TypeError
        // (V8 ignores such values).
        assertEquals("0", js.str("return WebAssembly.Module.imports(new WebAssembly.Module(uses,"
                + " { builtins: new Set(['js-string']), importedStringConstants: { toString: () => 'strings' } })).length"));
        for (String options : new String[] {"{ builtins: 'js-string' }", "{ builtins: null }", "5"}) {
            assertEquals("TypeError", js.str("try { WebAssembly.validate(uses, " + options + "); } catch (e) { return e.name; }"),
                    options);
            assertEquals("rejected: TypeError", js.async("try { await WebAssembly.compile(uses, " + options + "); }"
                    + " catch (e) { throw e.name; }"), options);
        }
    }
}
