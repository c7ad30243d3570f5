package dev.wasmjs.engine.validate;

import dev.wasmjs.engine.binary.ByteReader;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.InstructionReader;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.binary.TypeDecoder;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.Module;
import java.util.function.IntConsumer;

/** Finds the {@code ref.func} instructions of a constant expression (they declare function references). */
final class ConstExprScanner {
    private ConstExprScanner() {
    }

    static void forEachRefFunc(Module module, ConstExpr.Code code, IntConsumer action) {
        ByteReader in = new ByteReader(module.bytes(), code.start(), code.end());
        TypeDecoder types = new TypeDecoder(module.types()::get);
        types.setTypeCount(module.types().size());
        InstructionReader reader = new InstructionReader(in, types);
        while (!reader.atEnd()) {
            Instruction i = reader.next();
            if (i.opcode == Opcode.REF_FUNC) {
                action.accept(i.index);
            }
        }
    }
}
