package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.DefType;

/** A wasm function of an instance, run by the interpreter; its code is translated on the first call. */
public final class InterpretedFunction extends WasmFunction {
    private final Instance instance;
    private final int index;
    private final InterpreterTier tier;
    private Code code;

    InterpretedFunction(Instance instance, int index, InterpreterTier tier) {
        super(instance.module().functionTypes().get(index));
        this.instance = instance;
        this.index = index;
        this.tier = tier;
    }

    /** A function around ready code (constant expressions). */
    InterpretedFunction(Instance instance, DefType type, Code code) {
        super(type);
        this.instance = instance;
        this.index = -1;
        this.tier = null;
        this.code = code;
    }

    Instance instance() {
        return instance;
    }

    Code code() {
        Code c = code;
        if (c == null) {
            c = tier.code(index);
            code = c;
        }
        return c;
    }

    /** The function's index in its module. */
    public int index() {
        return index;
    }

    @Override
    public void invoke(ValueStack stack, int base) {
        Interpreter.execute(stack, this, base);
    }

    @Override
    public String debugName() {
        String name = index >= 0 ? instance.module().functionNames().get(index) : null;
        return name != null ? name : index >= 0 ? String.valueOf(index) : "(constant expression)";
    }
}
