import init, { say_hello } from "./pkg/my_wasm_app.js";

init().then(() => {
  say_hello("WebAssembly");
  say_hello("Grüße, 世界");
});
