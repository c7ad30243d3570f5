package dev.wasmjs.engine.compile;

import java.lang.management.ManagementFactory;

/**
 * Whether a compiled wasm function whose JVM method is over HotSpot's huge-method size
 * ({@link GroupCompiler#HUGE_METHOD_LIMIT} bytes) is kept, or the function stays on the wasm interpreter.
 *
 * <p>HotSpot does not JIT-compile huge methods unless the JVM runs with {@code -XX:-DontCompileHugeMethods}, and
 * its bytecode interpreter is no faster than the wasm interpreter. Measured with bench/huge-method.sh (a hot loop
 * whose body is 1500 i32 statements): wasm interpreter 175-187 ms, the compiled method left to HotSpot's bytecode
 * interpreter 188-212 ms (472 ms against 168 ms for a variant mixing more operations), the same method JIT-compiled
 * under the flag 17 ms. So huge methods are kept exactly when the JVM will compile them: under that flag (bin/wasmjs
 * sets it), or when {@code -Dwasmjs.compile.hugeMethods=compile} says so ({@code =interp} keeps them interpreted).
 */
final class HugeMethodPolicy {
    private HugeMethodPolicy() {
    }

    static boolean keepHugeMethods() {
        String property = System.getProperty("wasmjs.compile.hugeMethods");
        if (property != null) {
            return property.equals("compile");
        }
        return JvmFlag.COMPILES_HUGE_METHODS;
    }

    /** Read once, on the first huge method (the management classes are not loaded before one is met). */
    private static final class JvmFlag {
        static final boolean COMPILES_HUGE_METHODS = readFlag();

        private static boolean readFlag() {
            try {
                return "false".equals(ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption("DontCompileHugeMethods").getValue());
            } catch (RuntimeException | LinkageError e) {
                // Not HotSpot, or jdk.management is not in the image: assume the default (huge methods not compiled).
                return false;
            }
        }
    }
}
