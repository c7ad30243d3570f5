package dev.wasmjs.engine;

import java.util.Locale;

/**
 * How a module's functions are executed.
 *
 * <ul>
 *   <li>{@link #INTERPRET}: the interpreter only.</li>
 *   <li>{@link #COMPILE}: every function that the compiler can take is compiled to JVM bytecode on its first
 *   call (functions it cannot take stay interpreted).</li>
 *   <li>{@link #AUTO}: functions start interpreted and are compiled once they have been called
 *   {@link #autoThreshold()} times.</li>
 * </ul>
 *
 * <p>The default comes from the system property {@code wasmjs.tier} ({@code interp}, {@code compile} or
 * {@code auto}) and is {@link #COMPILE}; the threshold of {@code auto} from {@code wasmjs.tier.threshold}.
 *
 * <p>Why {@code compile} by default (measured with bench/): the interpreter cannot hand a running function
 * over to compiled code, so under {@code auto} a function called once with a long loop (a typical
 * {@code main}) runs interpreted to the end, about 30x slower. {@code auto} pays off for very large modules
 * whose first calls touch many big functions once: for esbuild.wasm (14 MB) the first call took 7-9 ms under
 * {@code auto} and 140-330 ms under {@code compile} (the first class generated in a fresh JVM).
 */
public enum ExecutionMode {
    INTERPRET("interp"),
    COMPILE("compile"),
    AUTO("auto");

    /** Calls after which {@link #AUTO} compiles a function when no threshold is configured (see the benchmarks). */
    public static final int DEFAULT_AUTO_THRESHOLD = 2;

    private final String optionName;

    ExecutionMode(String optionName) {
        this.optionName = optionName;
    }

    /** The name used on command lines and in the {@code wasmjs.tier} property. */
    public String optionName() {
        return optionName;
    }

    /** The mode named {@code name} ({@code interp}, {@code compile}, {@code auto}). */
    public static ExecutionMode parse(String name) {
        for (ExecutionMode m : values()) {
            if (m.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown execution tier \"" + name + "\" (expected interp, compile or auto)");
    }

    /** The mode configured by {@code -Dwasmjs.tier}, {@link #COMPILE} when unset. */
    public static ExecutionMode configured() {
        String p = System.getProperty("wasmjs.tier");
        return p == null || p.isEmpty() ? COMPILE : parse(p);
    }

    /** Calls before {@link #AUTO} compiles a function ({@code -Dwasmjs.tier.threshold}). */
    public static int autoThreshold() {
        String p = System.getProperty("wasmjs.tier.threshold");
        if (p == null || p.isEmpty()) {
            return DEFAULT_AUTO_THRESHOLD;
        }
        try {
            return Math.max(0, Integer.parseInt(p.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wasmjs.tier.threshold must be a number, got \"" + p + "\"");
        }
    }
}
