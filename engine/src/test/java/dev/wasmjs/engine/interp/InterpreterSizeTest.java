package dev.wasmjs.engine.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile methods with more than 8000 bytes of bytecode ({@code -XX:-DontCompileHugeMethods}
 * is off by default): the interpreter's dispatch loop would then run interpreted forever, some 50x slower. New
 * instructions must go out of line ({@link Generic}, {@link Simd}) to keep it under the limit.
 */
class InterpreterSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void dispatchLoopStaysCompilable() throws IOException {
        ClassModel cls;
        try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
            cls = ClassFile.of().parse(in.readAllBytes());
        }
        for (MethodModel m : cls.methods()) {
            int size = m.findAttribute(Attributes.code()).map(c -> c.codeLength()).orElse(0);
            String name = m.methodName().stringValue();
            assertTrue(size < HUGE_METHOD_LIMIT, () -> "Interpreter." + name + " has " + size
                    + " bytes of bytecode; HotSpot will not compile it");
        }
    }
}
