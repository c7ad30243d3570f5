package dev.wasmjs.bench;

/**
 * A benchmark kernel: {@code bench/wasm/<name>.wasm} exporting {@code run(arg) -> checksum}. The argument sizes
 * one run to roughly 50-200 ms under node; the interpreter gets fewer iterations because it is slower.
 * {@code newNode}: node 20 cannot run it (final GC encoding, exnref), so the node column uses the newer node.
 */
record Kernel(String name, int arg, String what, boolean newNode) {
    Kernel(String name, int arg, String what) {
        this(name, arg, what, false);
    }

    /** The first kernels (scalar code only), whose geomean the table also gives on its own for comparison. */
    static final java.util.Set<String> SCALAR = java.util.Set.of("fib", "sieve", "nbody", "mandelbrot", "matmul",
            "sha256", "quicksort", "interp", "alloc");

    static final Kernel[] ALL = {
        new Kernel("fib", 35, "recursive calls"),
        new Kernel("sieve", 5, "byte loads/stores"),
        new Kernel("nbody", 1_000_000, "f64 arithmetic, sqrt"),
        new Kernel("mandelbrot", 1200, "f64 branchy loop"),
        new Kernel("matmul", 10, "f64 loads, nested loops"),
        new Kernel("sha256", 20, "i32 rotates and shifts"),
        new Kernel("quicksort", 1_000_000, "i32 compare/swap, recursion"),
        new Kernel("interp", 3_000_000, "switch dispatch (br_table)"),
        new Kernel("alloc", 16, "allocation, memory.grow"),
        new Kernel("simd", 2000, "SIMD: f32x4 dot product, u8 3x3 filter (clang -msimd128)"),
        new Kernel("gc_trees", 16, "GC structs: binary trees", true),
        new Kernel("gc_arrays", 80, "GC arrays: i8 sieve, f64 matrix as array of rows", true),
        new Kernel("exceptions", 1_000_000, "throw/catch 0-7 frames deep, legacy try/catch"),
        new Kernel("exceptions_ref", 1_000_000, "the same with try_table (exnref)", true),
    };
}
