// Runs a sample's main.mjs under node with the two things node lacks and browsers have: alert() and fetch()
// of relative/file URLs (resolved against the sample directory, as a page would). Used to check that
// expected-output.txt is what a JS engine other than wasmjs prints:  node node-reference.mjs 01-add-one
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.resolve(process.argv[2]);
const base = pathToFileURL(dir + '/');
const nodeFetch = globalThis.fetch;
globalThis.alert = (message) => process.stdout.write(`${message}\n`);
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : `${input}`, base);
  if (url.protocol !== 'file:') return nodeFetch(input, init);
  const bytes = await readFile(url);
  const type = url.pathname.endsWith('.wasm') ? 'application/wasm' : 'text/plain';
  return new Response(bytes, { status: 200, headers: { 'Content-Type': type } });
};
await import(pathToFileURL(path.join(dir, 'main.mjs')).href);
