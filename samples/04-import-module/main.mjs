const importObject = {
  mod: { foo: () => console.log('foo: imported from module "mod", called by bar') },
  env: { baz: () => console.log('baz: imported from the default module "env", called by bar') },
};

WebAssembly.instantiateStreaming(fetch("interop.wasm"), importObject).then(({ module, instance }) => {
  console.log(WebAssembly.Module.imports(module));
  console.log(WebAssembly.Module.exports(module));
  console.log(instance.exports.memory instanceof WebAssembly.Memory);
  instance.exports.bar();
});
