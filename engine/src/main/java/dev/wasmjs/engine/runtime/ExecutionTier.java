package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.types.ValType;

/** What instantiation needs from an execution tier: function objects for wasm code, and constant evaluation. */
public interface ExecutionTier {
    /** The function object running defined function {@code funcIndex} of {@code instance}. */
    WasmFunction function(Instance instance, int funcIndex);

    /**
     * Evaluates a (validated) constant expression of type {@code type} in {@code instance}, leaving the value at
     * slot {@code base} of {@code stack}. Only called for expressions the instantiator cannot fold itself.
     */
    void evaluate(Instance instance, ConstExpr.Code expr, ValType type, ValueStack stack, int base);
}
