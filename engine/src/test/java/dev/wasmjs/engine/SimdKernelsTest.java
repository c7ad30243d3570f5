package dev.wasmjs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * SIMD code as a real toolchain emits it: {@code simd/kernels.wasm}, built by clang {@code -msimd128} from
 * {@code simd/kernels.c} (intrinsics and auto-vectorised loops, some 35 different SIMD instructions). The
 * expected checksums are what node prints for the same file ({@code simd/build-kernels.sh}).
 */
class SimdKernelsTest {
    @Test
    void checksumsMatchNode() throws IOException {
        byte[] wasm;
        try (InputStream in = SimdKernelsTest.class.getResourceAsStream("/simd/kernels.wasm")) {
            wasm = in.readAllBytes();
        }
        WasmInstance inst = WasmModule.compile(wasm).instantiate(new Imports());
        inst.call("init");
        assertEquals(0xC27951C2, Float.floatToRawIntBits((Float) inst.call("dot")[0]));
        assertEquals((int) 3393167464L, inst.call("loops")[0]);
        assertEquals((int) 3321898763L, inst.call("tour")[0]);
    }
}
