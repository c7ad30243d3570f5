package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.runtime.ExecutionTier;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.engine.validate.FunctionValidator;
import dev.wasmjs.engine.validate.ModuleContext;
import java.util.List;

/**
 * The interpreter as an {@link ExecutionTier} for one module. Translated code depends only on the module, so
 * it is made once per function, on first call, and shared by all instances.
 */
public final class InterpreterTier implements ExecutionTier {
    private final ModuleContext context;
    private final Code[] codes;

    /** @param context the validation context of an already validated module */
    public InterpreterTier(ModuleContext context) {
        this.context = context;
        this.codes = new Code[context.module().functionTypes().size()];
    }

    @Override
    public WasmFunction function(Instance instance, int funcIndex) {
        return new InterpretedFunction(instance, funcIndex, this);
    }

    synchronized Code code(int funcIndex) {
        Code c = codes[funcIndex];
        if (c == null) {
            CodeBuilder builder = new CodeBuilder();
            FunctionValidator.validateFunction(context, funcIndex, builder);
            c = builder.result();
            codes[funcIndex] = c;
        }
        return c;
    }

    @Override
    public void evaluate(Instance instance, ConstExpr.Code expr, ValType type, ValueStack stack, int base) {
        CodeBuilder builder = new CodeBuilder();
        int allGlobals = context.module().globalTypes().size();
        FunctionValidator.validateConstExpr(context, expr.start(), expr.end(), type, allGlobals, builder);
        DefType shell = new DefType();
        shell.define(true, null, new FuncType(List.of(), List.of(type)));
        DefType t = TypeRegistry.canonicalize(List.of(shell)).get(0);
        Interpreter.execute(stack, new InterpretedFunction(instance, t, builder.result()), base);
    }
}
