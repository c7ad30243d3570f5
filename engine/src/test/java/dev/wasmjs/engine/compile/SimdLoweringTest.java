package dev.wasmjs.engine.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.SimdOps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every halfwise SIMD instruction has a lane method for compiled code (found by name or listed). */
class SimdLoweringTest {
    @Test
    void everyHalfwiseInstructionHasAMethod() {
        List<Opcode> missing = new ArrayList<>();
        int checked = 0;
        for (Opcode op : Opcode.values()) {
            if (op.prefix != 0xFD) {
                continue;
            }
            int shape = SimdOps.shape(op);
            if (shape == SimdOps.OTHER || shape == SimdOps.IMMEDIATE || SimdLowering.inline(op)) {
                continue;
            }
            checked++;
            try {
                SimdLowering.of(op);
            } catch (IllegalArgumentException e) {
                missing.add(op);
            }
        }
        assertTrue(missing.isEmpty(), "no lane method for " + missing);
        assertTrue(checked > 150, checked + " instructions checked");
    }
}
