// Runs wasm-pack output (bundler target) for hello-wasm-pack: greet() calls the page's alert.
globalThis.alert = (msg) => console.log(`alert: ${msg}`);
const { greet } = await import('hello-wasm-pack');
greet();
