// hash-wasm (hand-written wasm behind a UMD bundle): several algorithms, a 1 MiB input and argon2id.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { md5, sha256, sha3, crc32, xxhash64, blake3, argon2id } = require('hash-wasm');
console.log('md5', await md5('hello wasmjs'));
console.log('sha256', await sha256('hello wasmjs'));
console.log('sha3-512', await sha3('hello wasmjs', 512));
console.log('crc32', await crc32(new Uint8Array([1, 2, 3, 4, 5])));
console.log('xxhash64', await xxhash64('The quick brown fox'));
console.log('blake3', await blake3('abc'));
const big = new Uint8Array(1 << 20).map((_, i) => (i * 7) & 255);
console.log('sha256 1MiB', await sha256(big));
console.log('argon2id', await argon2id({password: 'pw', salt: 'saltsaltsalt', parallelism: 1, iterations: 2, memorySize: 512, hashLength: 16, outputType: 'hex'}));
