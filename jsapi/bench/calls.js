// Call-overhead benchmark, the same script under node, GraalJS + wasmjs and GraalJS + GraalWasm (bench/run.sh).
// Under node it reads the module from argv[2]; under GraalJS the runner defines WASM_BYTES and BENCH_CLOCK.
'use strict';
const onNode = typeof process === 'object' && process.versions && process.versions.node;
const bytes = onNode ? require('fs').readFileSync(process.argv[2]) : WASM_BYTES;
const now = onNode ? () => performance.now() : () => BENCH_CLOCK.nanos() / 1e6;
const ROUNDS = 12;         // the first half warms up; the best of the second half is reported
const CALLS = 5_000_000;

const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: { inc: (x) => x + 1, nop: () => {} },
});

function jsToWasmAdd(n) {
  const add = e.add;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc = add(acc, i) | 0;
  }
  return acc;
}

function jsToWasmNop(n) {
  const nop = e.nop;
  for (let i = 0; i < n; i++) {
    nop();
  }
  return n;
}

function jsToJavaAdd(n) {
  const add = globalThis.BOUNDARY_ADD;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc = add(acc, i) | 0;
  }
  return acc;
}

const workloads = {
  'js->wasm add(i32,i32)': (n) => jsToWasmAdd(n),
  'js->wasm nop()': (n) => jsToWasmNop(n),
  'wasm->js inc(i32)': (n) => e.callInc(n),
  'wasm->js nop()': (n) => { e.callNop(n); return n; },
  'wasm loop only': (n) => e.loopOnly(n),
};
if (globalThis.BOUNDARY_ADD) {
  // wasmjs only: the export is a Java function, so this is the JS API's share of a JS -> wasm call.
  workloads['js->java-as-wasm add'] = (n) => jsToJavaAdd(n);
}

let sink = 0;
for (const [name, run] of Object.entries(workloads)) {
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = now();
    sink += run(CALLS);
    const ms = now() - t0;
    if (r >= ROUNDS / 2) {
      best = Math.max(best, CALLS / (ms / 1000));
    }
  }
  console.log(`RESULT\t${name}\t${(best / 1e6).toFixed(2)}`);
}
if (sink === 42) console.log('');
