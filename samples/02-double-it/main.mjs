function add_integers(a, b) {
  return a + b;
}

const importObject = {
  env: { add_integers }
};

WebAssembly.instantiateStreaming(fetch("my_wasm_app.wasm"), importObject).then(
  (obj) => {
    console.log("The result of 12*2 is: " + obj.instance.exports.double_it(12));
  }
);
