function logit() {
  console.log('this was invoked by Rust, written in JS');
}

let imports = {logit};

fetch('add_one.wasm')
  .then(r => r.arrayBuffer() )
  .then(r => WebAssembly.instantiate(r, { env: imports }))
  .then(wasm_module => {
    alert(`2 + 1 = ${wasm_module.instance.exports.add_one(2)}`);
  });
