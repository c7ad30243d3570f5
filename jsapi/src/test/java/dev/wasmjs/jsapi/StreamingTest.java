package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * compileStreaming / instantiateStreaming against a minimal {@code Response} defined here (the real one comes
 * from glue-runtime): duck-typed on {@code globalThis.Response}, checked for ok status and MIME type, read with
 * {@code arrayBuffer()}.
 */
class StreamingTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        js.module("bytes", "(module (func (export \"answer\") (result i32) i32.const 42))");
        js.eval("""
                class Response {
                  #body; #status; #type;
                  constructor(body, { status = 200, type = 'application/wasm' } = {}) { this.#body = body; this.#status = status; this.#type = type; }
                  get ok() { return this.#status >= 200 && this.#status < 300; }
                  get status() { return this.#status; }
                  get headers() { const type = this.#type; return { get: (n) => n.toLowerCase() === 'content-type' ? type : null }; }
                  arrayBuffer() { return Promise.resolve(this.#body.buffer.slice(0)); }
                }
                globalThis.Response = Response;
                """);
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void compilesAndInstantiatesAResponseOrAPromiseOfOne() {
        assertEquals("42", js.async("""
                const { instance } = await WebAssembly.instantiateStreaming(new Response(bytes));
                return instance.exports.answer();
                """));
        assertEquals("true", js.async(
                "return (await WebAssembly.compileStreaming(Promise.resolve(new Response(bytes)))) instanceof WebAssembly.Module;"));
        assertEquals("42", js.async("""
                const r = await WebAssembly.instantiateStreaming(new Response(bytes, { type: ' Application/Wasm\t' }));
                return r.instance.exports.answer();
                """));
    }

    @Test
    void rejectsWithTypeErrorUnlessOkAndApplicationWasm() {
        assertTrue(js.async("await WebAssembly.compileStreaming(new Response(bytes, { type: 'application/octet-stream' }));")
                .startsWith("rejected: TypeError"));
        assertTrue(js.async("await WebAssembly.compileStreaming(new Response(bytes, { status: 404 }));")
                .startsWith("rejected: TypeError"));
        assertTrue(js.async("await WebAssembly.compileStreaming(bytes);").startsWith("rejected: TypeError"));
        assertTrue(js.async("await WebAssembly.instantiateStreaming({ ok: true, arrayBuffer() {} });").startsWith("rejected: TypeError"));
        assertTrue(js.async("await WebAssembly.compileStreaming(new Response(new Uint8Array([1, 2])));")
                .startsWith("rejected: CompileError"));
    }

    @Test
    void withoutAResponseClassNothingIsAResponse() {
        js.eval("delete globalThis.Response;");
        assertTrue(js.async("await WebAssembly.compileStreaming({});").startsWith("rejected: TypeError"));
    }
}
