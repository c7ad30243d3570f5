package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Memory.prototype.buffer: zero copy, the same object until a grow, detached (with its views) after one. */
class MemoryBufferTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        js.module("bytes", """
                (module
                  (memory (export "memory") 1 10)
                  (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
                  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8)
                  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
                """);
        js.eval("var e = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports; var m = e.memory;");
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void bufferSharesTheBytesOfTheMemory() {
        assertEquals("65536 true 77 99", js.str("""
                const b = m.buffer; const u = new Uint8Array(b);
                u[100] = 77; e.store(101, 99);
                return [b.byteLength, m.buffer === b, e.load(100), u[101]].join(' ');
                """));
        assertEquals("[object ArrayBuffer] true true", js.str(
                "return [Object.prototype.toString.call(m.buffer), Object.getPrototypeOf(m.buffer) === ArrayBuffer.prototype,"
                        + " Object.isExtensible(m.buffer)].join(' ')"));
    }

    @Test
    void growFromJsDetachesTheOldBufferAndItsViews() {
        assertEquals("1 0 0 0 undefined 131072 5 false", js.str("""
                const old = m.buffer; const view = new Uint8Array(old); view[3] = 5;
                const before = m.grow(1);
                return [before, old.byteLength, view.length, view.byteLength, String(view[3]), m.buffer.byteLength,
                        new Uint8Array(m.buffer)[3], m.buffer === old].join(' ');
                """));
    }

    @Test
    void growFromWasmDetachesToo() {
        assertEquals("1 0 0 131072", js.str("""
                const old = m.buffer; const view = new Int32Array(old);
                const before = e.grow(1);
                return [before, old.byteLength, view.length, m.buffer.byteLength].join(' ');
                """));
    }

    @Test
    void growByZeroPagesStillRefreshesTheBuffer() {
        assertEquals("1 0 65536 false", js.str("""
                const old = m.buffer; const r = m.grow(0);
                return [r, old.byteLength, m.buffer.byteLength, m.buffer === old].join(' ');
                """));
        assertEquals("1 0", js.str("const old = m.buffer; return [e.grow(0), old.byteLength].join(' ')"));
    }

    @Test
    void failedGrowKeepsTheBuffer() {
        assertEquals("RangeError true -1 true", js.str("""
                const old = m.buffer; let name;
                try { m.grow(100); } catch (x) { name = x.constructor.name; }
                const same = m.buffer === old;
                return [name, same, e.grow(100), m.buffer === old].join(' ');
                """));
    }

    @Test
    void withoutTheDebugBuiltinOldBuffersStillReportLengthZero() {
        try (Context plain = Context.newBuilder("js").allowHostAccess(WebAssemblyJs.HOST_ACCESS)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            WebAssemblyJs.install(plain);
            String out = plain.eval("js", """
                    const m = new WebAssembly.Memory({ initial: 1 }); const old = m.buffer; m.grow(1);
                    [old.byteLength, m.buffer.byteLength, typeof Debug].join(' ')
                    """).asString();
            assertEquals("0 131072 undefined", out);
        }
    }

    @Test
    void installRemovesTheDebugGlobal() {
        assertEquals("undefined", js.str("return typeof Debug"));
    }
}
