package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmjs.engine.runtime.HostFunction;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Java functions as WebAssembly imports (the embedding API of WebAssemblyJs). */
class HostFunctionTest {
    private static final FuncType II_I = new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));

    @Test
    void javaFunctionIsAnExportedFunctionWasmCanImport() {
        try (JsContext js = new JsContext()) {
            AtomicInteger calls = new AtomicInteger();
            js.context.getBindings("js").putMember("add", js.api.function("add", II_I, args -> {
                calls.incrementAndGet();
                return (Integer) args[0] + (Integer) args[1];
            }));
            js.module("bytes", """
                    (module
                      (import "env" "add" (func $add (param i32 i32) (result i32)))
                      (func (export "twice") (param i32) (result i32) local.get 0 local.get 0 call $add))
                    """);
            assertEquals("42 5 function 2 true", js.str("""
                    const { twice } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { add } }).exports;
                    return [twice(21), add(2, 3), typeof add, add.length, new WebAssembly.Table({ element: 'anyfunc', initial: 1 }, add).get(0) === add].join(' ');
                    """));
            assertEquals(2, calls.get());
        }
    }

    @Test
    void engineFunctionObjectsAreAcceptedAsImports() {
        try (JsContext js = new JsContext()) {
            js.context.getBindings("js").putMember("mul", HostFunction.of(II_I, "mul", args -> (Integer) args[0] * (Integer) args[1]));
            js.module("bytes", """
                    (module
                      (import "env" "mul" (func $mul (param i32 i32) (result i32)))
                      (func (export "square") (param i32) (result i32) local.get 0 local.get 0 call $mul))
                    """);
            assertEquals("49", js.str("return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { mul } }).exports.square(7)"));
        }
    }

    @Test
    void javaExceptionsBecomeJsErrors() {
        try (JsContext js = new JsContext()) {
            js.context.getBindings("js").putMember("fail", js.api.function("fail", II_I, args -> {
                throw new IllegalStateException("broken host");
            }));
            assertEquals("Error", js.str("try { fail(1, 2); } catch (x) { return x.constructor.name; }"));
        }
    }
}
