package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which JS error each failure becomes, and with what message. */
class ErrorMappingTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    private String thrown(String call) {
        return js.str("try { " + call + "; return 'no error'; } catch (e) { return e.constructor.name + '|'"
                + " + (e instanceof Error) + '|' + e.message; }");
    }

    @Test
    void trapsAreRuntimeErrorsWithTheTrapMessage() {
        js.module("bytes", """
                (module
                  (func (export "unreachable") unreachable)
                  (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
                  (memory 1)
                  (func (export "load") (param i32) (result i32) local.get 0 i32.load))
                """);
        js.eval("var e = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;");
        assertEquals("RuntimeError|true|unreachable", thrown("e.unreachable()"));
        assertEquals("RuntimeError|true|integer divide by zero", thrown("e.div(1, 0)"));
        assertEquals("RuntimeError|true|out of bounds memory access", thrown("e.load(65536)"));
        assertEquals("true", js.str("try { e.unreachable() } catch (x) { return x instanceof WebAssembly.RuntimeError }"));
    }

    @Test
    void stackExhaustionIsARangeErrorLikeV8() {
        js.module("bytes", "(module (func $r (export \"recurse\") call $r))");
        js.eval("var e = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;");
        assertEquals("RangeError|true|Maximum call stack size exceeded", thrown("e.recurse()"));
        // The engine is usable afterwards.
        assertEquals("RangeError|true|Maximum call stack size exceeded", thrown("e.recurse()"));
    }

    @Test
    void jsExceptionsPassThroughWasmFramesUnchanged() {
        js.module("bytes", """
                (module
                  (import "js" "boom" (func $boom))
                  (func $inner call $boom)
                  (func (export "outer") call $inner))
                """);
        js.eval("""
                var error = new TypeError('from JS');
                var thrownValues = [error, 42, undefined, null, 'text'];
                var index = 0;
                var e = new WebAssembly.Instance(new WebAssembly.Module(bytes),
                    { js: { boom() { throw thrownValues[index]; } } }).exports;
                """);
        for (int i = 0; i < 5; i++) {
            assertEquals("same", js.str("index = " + i
                    + "; try { e.outer(); return 'no error'; } catch (x) { return x === thrownValues[index] ? 'same' : 'different'; }"));
        }
    }

    @Test
    void trapInANestedCallBecomesOneRuntimeErrorObject() {
        js.module("bytes", """
                (module
                  (import "js" "callback" (func $callback))
                  (func (export "crash") unreachable)
                  (func (export "outer") call $callback))
                """);
        js.eval("""
                var inner;
                var e = new WebAssembly.Instance(new WebAssembly.Module(bytes),
                    { js: { callback() { try { e.crash(); } catch (x) { inner = x; throw x; } } } }).exports;
                """);
        assertEquals("RuntimeError true", js.str("try { e.outer(); } catch (x) { return x.constructor.name + ' ' + (x === inner); }"));
    }

    @Test
    void linkErrorsNameTheModuleAndField() {
        js.module("bytes", """
                (module (import "env" "mem" (memory 2)) (import "env" "fn" (func (param i32))))
                """);
        js.eval("var m = new WebAssembly.Module(bytes);");
        String small = thrown("new WebAssembly.Instance(m, { env: { mem: new WebAssembly.Memory({ initial: 1 }), fn() {} } })");
        assertTrue(small.startsWith("LinkError|true|") && small.contains("\"env\" \"mem\""), small);
        String notCallable = thrown("new WebAssembly.Instance(m, { env: { mem: new WebAssembly.Memory({ initial: 2 }), fn: 5 } })");
        assertTrue(notCallable.startsWith("LinkError|true|") && notCallable.contains("\"env\" \"fn\""), notCallable);
        String missingModule = thrown("new WebAssembly.Instance(m, {})");
        assertTrue(missingModule.startsWith("TypeError|true|") && missingModule.contains("\"env\""), missingModule);
    }

    @Test
    void compileErrorsSayWhatIsWrong() {
        String bad = thrown("new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1]))");
        assertTrue(bad.startsWith("CompileError|true|WebAssembly.Module(): "), bad);
        assertEquals("CompileError|true|WebAssembly.Module(): BufferSource argument is empty",
                thrown("new WebAssembly.Module(new Uint8Array(0))"));
        assertEquals("TypeError|true|WebAssembly.Module(): Argument 0 must be a buffer source",
                thrown("new WebAssembly.Module([0, 97, 115, 109, 1, 0, 0, 0])"));
        assertEquals("rejected: CompileError: WebAssembly.compile(): BufferSource argument is empty",
                js.async("return await WebAssembly.compile(new Uint8Array(0));"));
    }

    @Test
    void errorConstructorsBehaveLikeNativeErrors() {
        assertEquals("CompileError x true true", js.str(
                "const e = WebAssembly.CompileError('x'); return [e.name, e.message, e instanceof Error,"
                        + " Object.getPrototypeOf(WebAssembly.CompileError) === Error].join(' ')"));
        assertEquals("LinkError: y", js.str("return String(new WebAssembly.LinkError('y'))"));
        assertEquals("c", js.str("return new WebAssembly.RuntimeError('m', { cause: 'c' }).cause"));
    }

    /** The frames of a stack, as node shows them: the user's, none of the API's own JS or generated wrappers. */
    @Test
    void errorStacksShowUserFramesOnly() {
        js.module("bytes", """
                (module
                  (import "js" "boom" (func $boom))
                  (func (export "callsJs") call $boom)
                  (func (export "traps") unreachable))
                """);
        js.eval("""
                function boom() { throw new Error('from js'); }
                var e = new WebAssembly.Instance(new WebAssembly.Module(bytes), { js: { boom } }).exports;
                function userCaller(f) { f(); }
                """);
        for (String call : new String[] {"e.callsJs", "e.traps", "() => new WebAssembly.Module(new Uint8Array(8))"}) {
            String stack = js.str("try { userCaller(" + call + "); return 'no error'; } catch (x) { return x.stack; }");
            assertTrue(stack.contains("at userCaller"), call + ": " + stack);
            assertTrue(!stack.contains("wasmjs-") && !stack.contains("<function>"), call + ": " + stack);
        }
        assertTrue(js.str("try { e.callsJs() } catch (x) { return x.stack; }").contains("at boom"));
        // Errors the user constructs, with and without new, and subclassed, keep the user's frames too.
        for (String make : new String[] {"new WebAssembly.LinkError('m')", "WebAssembly.RuntimeError('m')",
                "new (class Mine extends WebAssembly.CompileError {})('m')"}) {
            String stack = js.str("function userMaker() { return " + make + "; } return userMaker().stack;");
            assertTrue(stack.contains("at userMaker") && !stack.contains("wasmjs-"), make + ": " + stack);
        }
    }
}
