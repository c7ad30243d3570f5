package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.ValueStack;

/**
 * A generated class holding the compiled methods of a group of functions, seen from the runtime: runs one of
 * them with the stack calling convention of {@link dev.wasmjs.engine.runtime.WasmFunction#invoke}.
 */
public interface CompiledGroup {
    void invoke(int funcIndex, ValueStack stack, int base, Instance instance);
}
