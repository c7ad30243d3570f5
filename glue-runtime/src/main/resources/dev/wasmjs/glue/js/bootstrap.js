// Runs first: takes the GraalJS shell builtins we need away from the global object (node and browsers have
// none of them), and sets up the internal object shared by the other host scripts.
(function (host, $, nodeMode) {
  'use strict';
  const g = globalThis;
  $.nodeMode = nodeMode;
  $.inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  // quit() ends the guest with an exit status that no JS catch or finally can intercept: process.exit's semantics.
  const quit = g.quit;
  $.exit = (code) => { host.exitRequested(code); quit(code); };
  const graal = g.Graal;
  if (graal && typeof graal.setUnhandledPromiseRejectionHandler === 'function') {
    // Called after a microtask checkpoint for each rejection still unhandled, the moment node reports it.
    graal.setUnhandledPromiseRejectionHandler((reason) => {
      let description;
      if (reason instanceof Error) description = $.describeError(reason);
      else {
        description = `[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${$.inspect(reason)}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}`;
      }
      host.unhandledRejection(reason, description);
    });
  }
  for (const name of ['quit', 'readline', 'read', 'readbuffer', 'load', 'loadWithNewGlobal', 'printErr', 'Graal', 'print', 'console', 'performance']) {
    delete g[name];
  }
  // Hidden entry point for generated modules (wasm ESM integration, node: built-ins).
  Object.defineProperty(g, Symbol.for('wasmjs.internal'), { value: $, enumerable: false, configurable: false, writable: false });
})
