// Runs one benchmark kernel under node (V8) the way the Java harness runs it under wasmjs:
//   node node-bench.mjs kernel <file.wasm> <arg> <warmup> <iterations>
//     prints "first_ms steady_ms checksum" (steady = median of the timed iterations after warm-up)
//   node node-bench.mjs large <file.wasm> <export>
//     prints "compile_ms instantiate_ms first_call_ms" for a large module with stub imports
import { readFileSync } from 'node:fs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function stubImports(module) {
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    const ns = (imports[imp.module] ??= {});
    switch (imp.kind) {
      case 'function': ns[imp.name] = () => { throw new Error(`stub import ${imp.module}.${imp.name} called`); }; break;
      case 'memory': ns[imp.name] = new WebAssembly.Memory({ initial: 256 }); break;
      case 'table': ns[imp.name] = new WebAssembly.Table({ initial: 4096, element: 'anyfunc' }); break;
      case 'global': ns[imp.name] = new WebAssembly.Global({ value: 'i32', mutable: false }, 0); break;
      default: throw new Error(`cannot stub import kind ${imp.kind}`);
    }
  }
  return imports;
}

const [mode, file, ...rest] = process.argv.slice(2);
const bytes = readFileSync(file);
if (mode === 'kernel') {
  const [arg, warmup, iterations] = rest.map(Number);
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const run = instance.exports.run;
  let t = now();
  const checksum = run(arg) >>> 0;
  const first = now() - t;
  for (let i = 0; i < warmup; i++) run(arg);
  const times = [];
  for (let i = 0; i < iterations; i++) {
    t = now();
    const c = run(arg) >>> 0;
    times.push(now() - t);
    if (c !== checksum) throw new Error(`checksum changed: ${c} vs ${checksum}`);
  }
  console.log(`${first.toFixed(3)} ${median(times).toFixed(3)} ${checksum}`);
} else if (mode === 'large') {
  const [exportName] = rest;
  let t = now();
  const module = await WebAssembly.compile(bytes);
  const compileMs = now() - t;
  t = now();
  const instance = await WebAssembly.instantiate(module, stubImports(module));
  const instantiateMs = now() - t;
  t = now();
  instance.exports[exportName]();
  const callMs = now() - t;
  console.log(`${compileMs.toFixed(3)} ${instantiateMs.toFixed(3)} ${callMs.toFixed(3)}`);
} else {
  console.error('usage: node node-bench.mjs kernel FILE ARG WARMUP ITERATIONS | large FILE EXPORT');
  process.exit(2);
}
