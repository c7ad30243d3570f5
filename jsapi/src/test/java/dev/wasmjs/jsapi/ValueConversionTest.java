package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ToWebAssemblyValue and ToJSValue at the JS/wasm boundary, in both directions. */
class ValueConversionTest {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        js.module("bytes", """
                (module
                  (import "js" "echoI32" (func $echoI32 (param i32) (result i32)))
                  (import "js" "echoI64" (func $echoI64 (param i64) (result i64)))
                  (import "js" "echoF32" (func $echoF32 (param f32) (result f32)))
                  (import "js" "echoRef" (func $echoRef (param externref) (result externref)))
                  (import "js" "pair" (func $pair (result i32 f64)))
                  (func (export "i32") (param i32) (result i32) local.get 0)
                  (func (export "i64") (param i64) (result i64) local.get 0)
                  (func (export "f32") (param f32) (result f32) local.get 0)
                  (func (export "f64") (param f64) (result f64) local.get 0)
                  (func (export "ref") (param externref) (result externref) local.get 0)
                  (func (export "fn") (param funcref) (result funcref) local.get 0)
                  (func (export "swap") (param i32 f64) (result f64 i32) local.get 1 local.get 0)
                  (func (export "many") (param i32 i64 f32 f64 i32 externref) (result i32)
                    local.get 0 local.get 4 i32.add)
                  (func (export "viaI32") (param i32) (result i32) local.get 0 call $echoI32)
                  (func (export "viaI64") (param i64) (result i64) local.get 0 call $echoI64)
                  (func (export "viaF32") (param f32) (result f32) local.get 0 call $echoF32)
                  (func (export "viaRef") (param externref) (result externref) local.get 0 call $echoRef)
                  (func (export "pairSum") (result f64) (local f64) call $pair local.set 0 f64.convert_i32_s local.get 0 f64.add)
                  (func (export "v128") (param v128)))
                """);
        js.eval("""
                var seen = [];
                var pairResult = [1, 2.5];
                var e = new WebAssembly.Instance(new WebAssembly.Module(bytes), { js: {
                  echoI32: (x) => { seen.push(typeof x); return x; },
                  echoI64: (x) => { seen.push(typeof x); return x; },
                  echoF32: (x) => x,
                  echoRef: (x) => x,
                  pair: () => pairResult,
                } }).exports;
                """);
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void i32UsesToInt32() {
        assertEquals("5 -1 1 -2 7 0 0 1", js.str(
                "return [e.i32(2 ** 32 + 5), e.i32(2 ** 32 - 1), e.i32(1.9), e.i32(-2.5), e.i32({ valueOf() { return 7; } }),"
                        + " e.i32(NaN), e.i32(undefined), e.i32(true)].join(' ')"));
        assertEquals("TypeError", js.str("try { e.i32(1n); } catch (x) { return x.constructor.name; }"));
        assertEquals("-5 number", js.str("return [e.viaI32(-5), seen.join()].join(' ')"));
    }

    @Test
    void i64IsBigInt() {
        assertEquals("9223372036854775807 -9223372036854775808 -1 5 bigint", js.str(
                "return [e.i64(2n ** 63n - 1n), e.i64(2n ** 63n), e.i64(2n ** 64n - 1n), e.i64('5'), typeof e.i64(1n)].join(' ')"));
        assertEquals("TypeError", js.str("try { e.i64(5); } catch (x) { return x.constructor.name; }"));
        assertEquals("-9223372036854775808 bigint", js.str("return [e.viaI64(-(2n ** 63n)), seen.join()].join(' ')"));
    }

    @Test
    void floatsRoundAndKeepSpecialValues() {
        assertEquals("true NaN Infinity -Infinity true", js.str(
                "return [e.f32(1.1) === Math.fround(1.1), e.f32(NaN), e.f32(Infinity), e.f64(-Infinity), Object.is(e.f64(-0), -0)].join(' ')"));
        assertEquals("true", js.str("return e.viaF32(1e-50) === 0 && Object.is(e.viaF32(-0), -0)"));
    }

    @Test
    void externrefKeepsTheJsValueIncludingUndefined() {
        assertEquals("true true true true true true", js.str("""
                const o = {}, s = Symbol('s');
                return [e.ref(o) === o, e.ref(undefined) === undefined, e.ref(null) === null, e.ref(s) === s,
                        Object.is(e.ref(-0), -0), e.viaRef(o) === o].join(' ');
                """));
    }

    @Test
    void funcrefTakesOnlyExportedFunctionsOrNull() {
        assertEquals("true null TypeError TypeError", js.str("""
                const names = [];
                for (const bad of [() => 1, {}]) { try { e.fn(bad); } catch (x) { names.push(x.constructor.name); } }
                return [e.fn(e.i32) === e.i32, String(e.fn(null)), ...names].join(' ');
                """));
    }

    @Test
    void multipleValuesAreArraysBothWays() {
        assertEquals("true 1.5,7", js.str("const r = e.swap(7, 1.5); return Array.isArray(r) + ' ' + r"));
        assertEquals("3.5", js.str("return e.pairSum()"));
        assertEquals("TypeError", js.str("pairResult = [1]; try { e.pairSum(); } catch (x) { return x.constructor.name; }"));
        assertEquals("TypeError", js.str("pairResult = 5; try { e.pairSum(); } catch (x) { return x.constructor.name; }"));
    }

    @Test
    void generalPathConvertsEveryArgumentBeforeTheCall() {
        assertEquals("12 f,a,c,d,e", js.str("""
                const order = [];
                const tag = (name, v) => ({ valueOf() { order.push(name); return v; } });
                const r = e.many(tag('a', 5), 1n, tag('c', 1), tag('d', 2), tag('e', 7), (order.push('f'), 'x'));
                return r + ' ' + order.join();
                """));
    }

    @Test
    void everyCallShapeReachesWasmIntact() {
        js.module("shapes", """
                (module
                  (func (export "i6") (param i32 i32 i32 i32 i32 i32) (result i32)
                    local.get 0 local.get 1 i32.add local.get 2 i32.add local.get 3 i32.add
                    local.get 4 i32.add local.get 5 i32.sub)
                  (func (export "i7") (param i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 6)
                  (func (export "mixed") (param i32 f32 f64 i32) (result f64)
                    local.get 0 f64.convert_i32_s local.get 1 f64.promote_f32 f64.add local.get 2 f64.add
                    local.get 3 f64.convert_i32_s f64.add)
                  (func (export "d5") (param f64 f64 f64 f64 f64) (result f64) local.get 4)
                  (func (export "refPair") (param externref i64) (result i64 externref) local.get 1 local.get 0)
                  (func (export "f32") (param f32) (result f32) local.get 0))
                """);
        js.eval("var s = new WebAssembly.Instance(new WebAssembly.Module(shapes)).exports;");
        assertEquals("4 -7 13.5 9.25 true,5,-1", js.str("""
                const o = {};
                const pair = s.refPair(o, -1n);
                return [s.i6(1, 2, 3, 4, 5, 11), s.i7(1, 2, 3, 4, 5, 6, -7), s.mixed(1, 2.5, 4, 6), s.d5(1, 2, 3, 4, 9.25),
                        [pair[1] === o, s.i7.length - 2, String(pair[0])]].join(' ');
                """));
        assertEquals("true", js.str("return s.f32(0.1) === Math.fround(0.1)"));
    }

    @Test
    void v128IsATypeErrorAtCallTime() {
        assertEquals("function TypeError", js.str("try { e.v128(); } catch (x) { return typeof e.v128 + ' ' + x.constructor.name; }"));
    }
}
