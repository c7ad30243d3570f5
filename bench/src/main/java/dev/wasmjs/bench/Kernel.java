package dev.wasmjs.bench;

/**
 * A benchmark kernel: {@code bench/wasm/<name>.wasm} exporting {@code run(arg) -> checksum}. The argument sizes
 * one run to roughly 50-200 ms under node; the interpreter gets fewer iterations because it is slower.
 */
record Kernel(String name, int arg, String what) {
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
    };
}
