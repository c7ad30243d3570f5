package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * The code of a defined function: its declared locals (not the parameters) and the instruction bytes
 * {@code [codeStart, codeEnd)} of the module bytes, ending with the function's final {@code end} opcode.
 */
public record FunctionBody(List<ValType> locals, int codeStart, int codeEnd) {
    public FunctionBody {
        locals = List.copyOf(locals);
    }
}
