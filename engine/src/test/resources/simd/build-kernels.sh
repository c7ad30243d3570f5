#!/usr/bin/env bash
# Rebuilds kernels.wasm from kernels.c (clang with the wasm32 target, no libc) and prints the checksums node
# computes for it, which SimdKernelsTest expects from the engine. Needs clang >= 14 and node; the test itself
# only needs the committed .wasm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
clang --target=wasm32 -O3 -msimd128 -nostdlib -Wl,--no-entry -o kernels.wasm kernels.c
node -e '
const m = new WebAssembly.Instance(new WebAssembly.Module(require("fs").readFileSync("kernels.wasm")));
m.exports.init();
const dot = new Uint32Array(new Float32Array([m.exports.dot()]).buffer)[0];
console.log("dot bits 0x" + dot.toString(16), "loops", m.exports.loops() >>> 0, "tour", m.exports.tour() >>> 0);'
