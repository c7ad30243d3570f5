// The article's snippet, with its two variable-name typos fixed (arrBuff -> arrayBuff, wasmRust -> rustWasm)
// so that it runs, and the result printed.
fetch('vector.wasm')
  .then(r => r.arrayBuffer())
  .then(arrayBuff => WebAssembly.instantiate(arrayBuff, {}))
  .then(rustWasm => {
    const vecLocation = rustWasm.instance.exports.simple_arr();
    const vecTyped = new Uint32Array(rustWasm.instance.exports.memory.buffer, vecLocation, 4);
    const simpleVec = [...vecTyped]
    // [ 100, 200, 300, 400 ]
    console.log(simpleVec);
  });
