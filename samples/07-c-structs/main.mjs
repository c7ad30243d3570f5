const { instance } = await WebAssembly.instantiateStreaming(fetch('structs.wasm'), {});
const { memory, get_numbers, numbers_length, get_person, sizeof_person, allocate, total_age, tallest } = instance.exports;

// An integer C fixed array, read from JavaScript.
const numbers = new Int32Array(memory.buffer, get_numbers(), numbers_length());
console.log('numbers:', [...numbers]);

// A C struct { int id; int age; float height; }, read from JavaScript.
const personPtr = get_person();
const view = new DataView(memory.buffer);
console.log('person:', {
  id: view.getInt32(personPtr, true),
  age: view.getInt32(personPtr + 4, true),
  height: Math.round(view.getFloat32(personPtr + 8, true) * 100) / 100,
});

// Structs created from JavaScript in wasm memory, then read by C.
const people = [{ id: 2, age: 30, height: 1.75 }, { id: 3, age: 25, height: 1.82 }, { id: 4, age: 61, height: 1.6 }];
const size = sizeof_person();
const base = allocate(size * people.length);
const mem = new DataView(memory.buffer);
people.forEach((p, i) => {
  mem.setInt32(base + i * size, p.id, true);
  mem.setInt32(base + i * size + 4, p.age, true);
  mem.setFloat32(base + i * size + 8, p.height, true);
});
console.log('sizeof(Person) =', size);
console.log('total age:', total_age(base, people.length));
console.log('tallest:', tallest(base, people.length).toFixed(2));
