// Task, timer and microtask order (node's): sync, nextTick/microtasks, timers by due time then by creation,
// immediates after timers in a turn, microtasks between every callback.
console.log('sync 1');
setTimeout(() => console.log('timeout 0 a'), 0);
setTimeout(() => {
  console.log('timeout 5');
  Promise.resolve().then(() => console.log('micro in timeout 5'));
  setTimeout(() => console.log('timeout nested'), 0);
}, 5);
setTimeout(() => console.log('timeout 0 b'), 0);
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
(async () => { console.log('async start'); await null; console.log('async after await'); })();
const cancelled = setTimeout(() => console.log('never'), 1);
clearTimeout(cancelled);
await new Promise((r) => setTimeout(r, 30));
console.log('after TLA wait');
let count = 0;
const iv = setInterval(() => { console.log('interval', count); if (++count === 3) clearInterval(iv); }, 2);
setTimeout(() => console.log('last timeout'), 60);
console.log('sync 2');
