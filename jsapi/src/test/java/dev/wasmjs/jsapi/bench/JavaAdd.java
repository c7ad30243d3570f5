package dev.wasmjs.jsapi.bench;

import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * {@code (i32, i32) -> i32} addition as a plain Java {@link WasmFunction}: exported to JS, calling it measures the
 * JS API's call path alone, without any interpreter work (what a compiled tier would cost on top is one add).
 */
final class JavaAdd extends WasmFunction {
    JavaAdd() {
        super(signature());
    }

    private static DefType signature() {
        DefType shell = new DefType();
        shell.define(true, null, new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        return TypeRegistry.canonicalize(List.of(shell)).get(0);
    }

    @Override
    public void invoke(ValueStack stack, int base) {
        long[] s = stack.slots;
        s[base] = (int) s[base] + (int) s[base + 1];
    }

    @Override
    public String debugName() {
        return "JavaAdd";
    }
}
